import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { networkFigures } from '../graph';
import { findGaps } from '../metrics/gaps';
import { networkGraph } from '../metrics/network';
import { metricSeries } from '../metrics/series';
import { whitespaceWorkbook } from '../../../tests/fixtures/hostile/workbook-bombs';
import { runImport, type ImportReport } from './index';
import { read, useSchemaDb } from './test-db';

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

describe('a region whose ids are `__proto__`, `constructor`, `toString`, … (tests/fixtures/hostile/prototype-ids)', () => {
	const folder = join(dir, 'prototype-ids');
	const loadFolder = async () =>
		runImport(database(), await Promise.all((await readdir(folder)).map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(folder, name))) }))));

	it('loads every row, and its network, figures and gaps are computed as for any other ids', async () => {
		const report = await loadFolder();
		expect(report.rejected).toEqual([]);
		expect(report.loaded).toEqual({ wijken: 2, coordinators: 2, partners: 5, meetings: 1, attendance: 3, referrals: 3, contacts: 1 });
		const region = networkFigures(await networkGraph(read(database()), { wijk: null }, '2024-Q4'));
		// Two triangles sharing toString: __proto__–constructor–toString (referrals) and toString–hasOwnProperty–valueOf (a meeting).
		expect(region).toMatchObject({ nodes: 5, edges: 6, components: 1, isolates: [], articulation_points: ['toString'] });
		expect(region.top_brokers[0]).toEqual({ partner_id: 'toString', betweenness: expect.closeTo(4 / 6, 12) });
		const wijk = networkFigures(await networkGraph(read(database()), { wijk: 'constructor' }, '2024-Q4'));
		expect(wijk).toMatchObject({ nodes: 3, edges: 3, isolates: [], articulation_points: [] });
		const gaps = await findGaps(read(database()), { wijk: null }, '2024-Q4');
		expect(gaps).toContainEqual({ kind: 'one_way_referrals', wijk_id: 'W01', partner_id: '__proto__', to_partner_id: 'constructor' });
		expect(await findGaps(read(database()), { wijk: 'constructor' }, '2024-Q4')).toContainEqual({ kind: 'missing_core_type', wijk_id: 'constructor', type: 'wijkteam' });
		const series = await metricSeries(read(database()), { wijk: 'W01' }, ['2024-Q4']);
		expect(series.referrals_total).toEqual([6 + 2]);
		expect(series.coordinators_gemeente_contact_share).toEqual([0]);
	});
});

describe('a 256 KB workbook whose sheet unpacks to 256 MB of whitespace (tests/fixtures/hostile/workbook-bombs.ts)', () => {
	it('is refused whole within seconds, saying the sheet unpacks to more than 200 MB', async () => {
		const bytes = whitespaceWorkbook(256);
		const started = performance.now();
		const report = await runImport(database(), [{ name: 'Wijken.xlsx', bytes }]);
		expect(performance.now() - started).toBeLessThan(5000);
		expect(report.files[0].refused).toMatch(/^Een werkblad in dit Excel-bestand is uitgepakt groter dan 200 MB/);
		expect(report.loaded).toEqual({});
	});
});
