import { describe, expect, it } from 'vitest';
import { tables, type ColumnSpec } from '../contract';
import { openNodeConnector } from '../db/node';
import { sqlString } from '../db/connector';
import { convert, convertFast } from './sql-convert';

const values = [
	'2024-03-31', '2024-02-30', '2024-13-01', '0000-01-01', '2024-3-5', '31-03-2024', '31/3/2024', '2024-03-31 12:00', '2024-03-31T08',
	'2024-Q3', '2024-07', '12', '0', '007', '123456789', '1234567890', '99999999999', '-5', '1.234', '1,5', '1.234,5', '12%', '+3',
	'zorg', 'Zorg', 'ZORG', 'overig', 'wonen', 'schulden', 'geld_en_schulden', 'Geld en schulden', 'ja', 'Nee', 'x', 'j', 'abc', ''
];
const kinds = new Map<string, ColumnSpec>();
for (const column of tables.flatMap((t) => t.columns)) if (!kinds.has(column.kind)) kinds.set(column.kind, column);
for (const column of tables.flatMap((t) => t.columns).filter((c) => c.vocabulary)) kinds.set(`vocabulary ${column.name}`, column);

describe('convertFast', () => {
	it('types every value exactly as the full conversion does, in both number dialects', async () => {
		const db = await openNodeConnector();
		const rows = `(VALUES ${values.map((v) => `(${sqlString(v)})`).join(', ')}) t(v)`;
		for (const decimalComma of [false, true]) {
			for (const [kind, column] of kinds) {
				const dialect = { decimalComma };
				const sql = `SELECT v, CAST(${convert(column, 'v', dialect, '7').typed} AS VARCHAR) AS full,
					CAST(${convertFast(column, 'v', dialect, '7')} AS VARCHAR) AS fast FROM ${rows}`;
				const result = await db.query<{ v: string; full: string | null; fast: string | null }>(sql);
				const differ = result.filter((r) => r.full !== r.fast).map((r) => `${kind} ${decimalComma ? ';' : ','} ${r.v}: ${r.full} ≠ ${r.fast}`);
				expect(differ).toEqual([]);
			}
		}
		// The cheap branches are taken: dates and counts come out typed.
		const [typed] = await db.query(`SELECT CAST(${convertFast(kinds.get('date')!, "'2024-03-31'", { decimalComma: false })} AS VARCHAR) AS d`);
		expect(typed.d).toBe('2024-03-31');
		await db.close();
	});
});
