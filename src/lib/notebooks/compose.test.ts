import { describe, expect, it } from 'vitest';
import { CellTextError, composeCell } from './compose';

const params = { period: '2024-Q4', wijk: 'W07' };

describe('a cell as it runs', () => {
	it('binds ${period} and ${wijk} as values, in the order of their placeholders, earlier cells first', () => {
		const query = composeCell([{ name: 'a', sql: 'SELECT * FROM wijken WHERE wijk_id = ${wijk};' }], 'SELECT * FROM a WHERE ${period} > \'2024\' AND x = ${ wijk }', params);
		expect(query.values).toEqual(['W07', '2024-Q4', 'W07']);
		expect(query.sql).toBe('WITH "a" AS (\nSELECT * FROM wijken WHERE wijk_id = ?\n)\nSELECT * FROM a WHERE ? > \'2024\' AND x = ?');
		expect(query.prefixLines).toBe(3);
	});

	it('leaves ${…} in a comment alone, and binds a wijk of null for the region', () => {
		const query = composeCell([], '-- per ${wijk}\nSELECT ${wijk} IS NULL AS regio', { period: null, wijk: null });
		expect([query.sql, query.values]).toEqual(['-- per ${wijk}\nSELECT ? IS NULL AS regio', [null]]);
	});

	it('puts the earlier cells in front of a cell\'s own WITH, keeping its lines where they were', () => {
		const query = composeCell([{ name: 'a', sql: 'SELECT 1 AS x' }], '-- eigen\nWITH b AS (SELECT 2 AS y)\nSELECT * FROM a, b', params);
		expect(query.sql).toBe('WITH "a" AS (\nSELECT 1 AS x\n),\n-- eigen\n     b AS (SELECT 2 AS y)\nSELECT * FROM a, b');
		expect(query.sql.split('\n').slice(query.prefixLines)).toHaveLength(3);
	});

	it.each([
		["SELECT '${period}'", 'aanhalingstekens'],
		['SELECT 1\nWHERE ${year} = 1', 'onbekende parameter']
	])('refuses %s, with the line in the cell', (sql, words) => {
		const compose = () => composeCell([], sql, params);
		expect(compose).toThrow(CellTextError);
		expect(compose).toThrow(words);
		try { compose(); } catch (error) { expect((error as CellTextError).cellLine).toBe(sql.split('\n').length); }
	});
});
