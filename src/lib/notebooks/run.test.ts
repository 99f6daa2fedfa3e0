import { beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '$lib/import';
import { read, useSchemaDb } from '$lib/import/test-db';
import { parseNotebook } from './parse';
import { MAX_ROWS, runNotebook } from './run';

const csv = (lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);
const db = useSchemaDb('file');

beforeAll(async () => {
	const report = await runImport(db(), [
		{ name: 'wijken.csv', bytes: csv(['wijk_id,name,patients', 'W1,Noord,900', 'W2,Zuid,1800']) },
		{ name: 'partners.csv', bytes: csv(['partner_id,name,type,wijk_id', 'P1,Praktijk Een,huisartsenpraktijk,W1', 'C1,CJG Noord,cjg,W1', 'Z1,Welzijn Zuid,welzijn,W2']) },
		{ name: 'referrals.csv', bytes: csv(['date,from_partner_id,to_partner_id,count,feedback', '2024-10-01,P1,C1,5,1', '2024-07-02,P1,Z1,3,0', '2024-11-03,P1,Z1,2,2']) }
	]);
	expect(report.rejectedTotal).toBe(0);
});

const cells = (...sql: string[]) => sql.map((s, i) => `\`\`\`sql name=c${i}\n${s}\n\`\`\``).join('\n\nTekst.\n\n');
const run = (source: string, wijk: string | null = null) => runNotebook(read(db()), parseNotebook(source), { period: '2024-Q4', wijk });
const counts = async () => (await read(db()).query<{ n: number }>('SELECT (SELECT count(*) FROM partners) + (SELECT count(*) FROM referrals) AS n'))[0].n;

describe('running a notebook', () => {
	it('runs its cells in order; a later cell selects from an earlier one; ${period} and ${wijk} are values', async () => {
		const [partners, sums] = await run(cells(
			"SELECT partner_id, name FROM partners WHERE wijk_id = ${wijk} OR ${wijk} IS NULL ORDER BY partner_id",
			"SELECT count(*)::INT AS n, sum(r.count)::INT AS referrals FROM c0 JOIN referrals r ON r.from_partner_id = c0.partner_id\nWHERE quarter(r.date) = 4 AND ${period} = '2024-Q4'"), 'W1');
		expect(partners).toMatchObject({ ok: true, columns: ['partner_id', 'name'], rows: [{ partner_id: 'C1' }, { partner_id: 'P1' }] });
		expect(sums).toMatchObject({ ok: true, rows: [{ n: 2, referrals: 7 }] });
	});

	it('never splices a parameter into the SQL: a quote in the wijk stays a value', async () => {
		const [out] = await run(cells('SELECT count(*)::INT AS n FROM partners WHERE wijk_id = ${wijk}'), "W1' OR '1'='1");
		expect(out).toMatchObject({ ok: true, rows: [{ n: 0 }] });
	});

	it.each([
		['DELETE FROM referrals', 'DELETE'],
		['DROP TABLE partners', 'DROP'],
		["SELECT 1; DELETE FROM partners", 'één leesopdracht'],
		["UPDATE partners SET name = 'x'", 'UPDATE'],
		['CREATE TABLE x AS SELECT 1', 'CREATE'],
		// A second statement where the read-only check sees a string (a reviewer's): the engine itself refuses the script.
		["SELECT $$'$$ AS a); DELETE FROM referrals; SELECT * FROM (SELECT 1 AS b -- '", 'één leesopdracht'],
		["SELECT E'\\'' AS a); DELETE FROM referrals; SELECT * FROM (SELECT 1 AS b -- '", 'één leesopdracht'],
		["SELECT ${period} AS p, $x$'$x$ AS a); DROP TABLE partners; SELECT * FROM (SELECT 1 AS b -- '", 'één leesopdracht']
	])('refuses a cell that would change the data (%s): every table stays as it was, and the cell says why', async (sql, why) => {
		const before = await counts();
		const [first, after] = await run(cells(sql, 'SELECT count(*)::INT AS n FROM partners'));
		expect(first).toMatchObject({ ok: false, name: 'c0', line: 2 });
		expect(first.ok === false && first.error).toContain(why);
		expect(first.ok === false && first.error).toContain('de tabellen blijven zoals ze waren');
		expect(after).toMatchObject({ ok: true, rows: [{ n: 3 }] });
		expect(await counts()).toBe(before);
	});

	it('names the cell and the line of the file where the engine fails, and runs the cells after it', async () => {
		const source = `---\ntitle: t\n---\n${cells('SELECT 1 AS a', 'SELECT a,\n  nope\nFROM c0', 'SELECT 2 AS b')}`;
		const [, bad, after] = await run(source);
		const line = source.split('\n').findIndex((l) => l.includes('nope')) + 1;
		expect(bad).toMatchObject({ ok: false, name: 'c1', line });
		expect(bad.ok === false && bad.error).toMatch(new RegExp(`^Cel "c1" \\(regel ${line}\\): .*nope`));
		expect(after).toMatchObject({ ok: true, rows: [{ b: 2 }] });
	});

	it('refuses a quoted or unknown parameter before it reaches the engine', async () => {
		const [quoted, unknown] = await run(cells("SELECT 1 WHERE '${period}' = 'x'", 'SELECT 1\nWHERE ${jaar} = 1'));
		expect(quoted).toMatchObject({ ok: false, line: 2 });
		expect(quoted.ok === false && quoted.error).toContain('aanhalingstekens');
		expect(unknown).toMatchObject({ ok: false, line: 9 });
	});

	it('keeps the columns of an empty result, and at most MAX_ROWS rows, saying so', async () => {
		const [empty, many] = await run(cells('SELECT partner_id, name FROM partners WHERE false', `SELECT range AS i FROM range(${MAX_ROWS + 5}) ORDER BY i DESC`));
		expect(empty).toMatchObject({ ok: true, columns: ['partner_id', 'name'], rows: [] });
		expect(many.ok && [many.rows.length, many.truncated, many.rows[0].i]).toEqual([MAX_ROWS, true, MAX_ROWS + 4]);
	});
});
