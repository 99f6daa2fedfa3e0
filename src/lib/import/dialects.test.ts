import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tableSpec, type TableName } from '../contract';
import { runImport } from './index';
import { useSchemaDb } from './test-db';
import { isAmbiguousEncoding, renderTable, type Dialect } from './dialects.fixture';

const database = useSchemaDb('file');

const nameChars = fc.constantFrom(...'abcdeéëöüABCZ ,;"\'-&€’()'.split(''), '\n');
const name = fc.string({ unit: nameChars, minLength: 1, maxLength: 14 })
	.map((s) => s.trim()).filter((s) => s.length > 0);
const isoDate = fc.date({ min: new Date('2022-01-01'), max: new Date('2025-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const region = fc.record({
	wijken: fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 4 }).chain((ids) =>
		fc.tuple(...ids.map((i) => fc.record({ wijk_id: fc.constant(`W${i}`), name, patients: fc.option(fc.integer({ min: 0, max: 99_999 })) })))),
	partners: fc.array(fc.record({ name, type: fc.constantFrom('huisartsenpraktijk', 'wijkteam', 'gemeente', 'welzijn'), verified_on: fc.option(isoDate) }), { minLength: 1, maxLength: 6 }),
	referrals: fc.array(fc.record({ date: isoDate, count: fc.integer({ min: 1, max: 9 }), feedbackShare: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 8 })
});
const dialect: fc.Arbitrary<Dialect> = fc.record({
	encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'windows-1252'),
	delimiter: fc.constantFrom(',', ';', '\t'),
	lineEnding: fc.constantFrom('\n', '\r\n'),
	dateStyle: fc.constantFrom('iso', 'dd-mm-yyyy', 'd-m-yyyy', 'dd/mm/yyyy', 'dd.mm.yyyy'),
	aliases: fc.boolean(),
	quoteAll: fc.boolean()
});

describe('the import in every allowed dialect', () => {
	it('gives back exactly the rows that were written', async () => {
		await fc.assert(
			fc.asyncProperty(region, dialect, async (r, d) => {
				const wijken = r.wijken.map((w) => ({ ...w }));
				const partners = r.partners.map((p, i) => ({ partner_id: `P${i}`, ...p, wijk_id: wijken[i % wijken.length].wijk_id }));
				const referrals = r.referrals.map((x, i) => ({
					date: x.date, from_partner_id: partners[i % partners.length].partner_id,
					to_partner_id: partners[(i + 1) % partners.length].partner_id, count: x.count,
					feedback: Math.floor(x.feedbackShare * x.count)
				}));
				const file = (table: TableName, rows: Record<string, unknown>[]) => ({
					name: `${table}.csv`, bytes: renderTable(tableSpec(table), rows, d)
				});
				const files = [file('wijken', wijken), file('partners', partners), file('referrals', referrals)];
				fc.pre(!files.some((f) => isAmbiguousEncoding(f.bytes, d)));
				const report = await runImport(database(), files, { replace: true });
				expect(report.rejected).toEqual([]);
				expect(await database().query('SELECT wijk_id, name, patients FROM wijken ORDER BY wijk_id')).toEqual(
					[...wijken].sort((a, b) => a.wijk_id.localeCompare(b.wijk_id)));
				expect(await database().query('SELECT partner_id, name, type, verified_on, wijk_id FROM partners ORDER BY partner_id')).toEqual(
					[...partners].sort((a, b) => a.partner_id.localeCompare(b.partner_id)));
				const sorted = (rows: object[]) => rows.map((x) => JSON.stringify(x)).sort();
				expect(sorted(await database().query('SELECT date, from_partner_id, to_partner_id, count, feedback FROM referrals'))).toEqual(sorted(referrals));
			}),
			{ numRuns: 60 }
		);
	});
});
