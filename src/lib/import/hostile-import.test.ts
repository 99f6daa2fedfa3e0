import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport, type ImportReport } from './index';
import { useSchemaDb } from './test-db';

const dir = join(import.meta.dirname, '../../../tests/fixtures/hostile');
const database = useSchemaDb();

async function load(file: string): Promise<ImportReport> {
	// Named as a partner list, as a user would: the text layer decides whether it can be read at all.
	return runImport(database(), [{ name: `partners_${file}`, bytes: new Uint8Array(await readFile(join(dir, file))) }]);
}

/** The whole import over every hostile file: a correct load, or a clear refusal; never a crash or a hang. */
const expected: Record<string, { loaded?: number; refused?: RegExp; rejectedLines?: number[] }> = {
	'empty.csv': { refused: /leeg/ },
	'bom-only.csv': { refused: /leeg/ },
	'header-only.csv': { loaded: 0 },
	'ragged-rows.csv': { loaded: 3, rejectedLines: [3, 5] },
	'unclosed-quote.csv': { refused: /Regel 3/ },
	'escaped-quotes.csv': { loaded: 3 },
	'newlines-in-quotes.csv': { loaded: 3 },
	'mixed-line-endings.csv': { loaded: 6 },
	'5000-columns.csv': { loaded: 3 },
	'one-mb-field.csv': { loaded: 2 },
	'nul-bytes.csv': { refused: /NUL/ },
	'binary.csv': { refused: /geen tekstbestand/ },
	'workbook-renamed.csv': { refused: /werkmap|Excel/i },
	'control-characters.csv': { refused: /geen tekstbestand/ },
	'utf-16.csv': { loaded: 5 },
	'duplicate-headers.csv': { refused: /al eerder in de kopregel/ },
	'windows-1252.csv': { loaded: 3 },
	'sep-hint.csv': { loaded: 4 },
	'cr-only.csv': { loaded: 4 },
	'blank-lines.csv': { loaded: 4 },
	'excel-empty-rows.csv': { loaded: 2 }
};

describe('hostile files through the whole import', () => {
	for (const [file, outcome] of Object.entries(expected)) {
		it(`${file}: ${outcome.refused ? 'refused with its reason' : `loads ${outcome.loaded} rows`}`, async () => {
			const report = await load(file);
			if (outcome.refused) {
				expect(report.files[0].refused).toMatch(outcome.refused);
				expect(await database().query('SELECT count(*) AS n FROM partners')).toEqual([{ n: 0 }]);
			} else {
				expect(report.files[0].refused, JSON.stringify(report.files[0])).toBeUndefined();
				expect(report.loaded.partners ?? 0, JSON.stringify(report.rejected.slice(0, 3))).toBe(outcome.loaded);
				expect(report.rejected.map((r) => r.line)).toEqual(outcome.rejectedLines ?? []);
			}
		}, 10_000);
	}

	it('reads Windows-1252 and UTF-16 without mojibake', async () => {
		await load('windows-1252.csv');
		await load('utf-16.csv');
		const names = (await database().query<{ name: string }>('SELECT name FROM partners')).map((r) => r.name).join(' ');
		expect(names).toContain('Coördinator’s');
		expect(names).toContain('€ 1.000 – Zuid');
		expect(names).toContain('Coördinatiepunt Zuid – “wijk”');
		expect(names).not.toMatch(/Ã|â€/);
	});
});

describe('a value longer than DuckDB’s default record limit (2 MB)', () => {
	it('loads', async () => {
		const name = 'x'.repeat(3_000_000);
		const bytes = new TextEncoder().encode(`partner_id,name,type\nP1,"${name}",ggd\nP2,Kort,ggd\n`);
		const report = await runImport(database(), [{ name: 'partners.csv', bytes }]);
		expect(report.loaded.partners).toBe(2);
		expect(await database().query('SELECT length(name) AS n FROM partners ORDER BY partner_id')).toEqual([{ n: 3_000_000 }, { n: 4 }]);
	});
});
