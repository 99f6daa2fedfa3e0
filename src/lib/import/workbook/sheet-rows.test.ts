import { describe, expect, it } from 'vitest';
import { toSheet } from './sheet-rows';
import { sheetToCsv } from './sheet-csv';

describe('toSheet', () => {
	it('starts at the first non-empty row, drops empty rows and keeps Excel row numbers', () => {
		const sheet = toSheet('Wijken', [
			[null, null],
			['  ', null],
			['wijk_id', 'naam'],
			['W01', 'Centrum'],
			[],
			[null, null],
			['W02', 'Noord']
		]);
		expect(sheet).toEqual({
			name: 'Wijken',
			rows: [
				['wijk_id', 'naam'],
				['W01', 'Centrum'],
				['W02', 'Noord']
			],
			rowNumbers: [3, 4, 7]
		});
	});

	it('pads short rows with null and drops columns that are empty everywhere', () => {
		const sheet = toSheet('Acties', [
			['action_id', 'wijk', 'titel', null, ' '],
			['A1', 'W01', null, null, null],
			['A2', null, null, null]
		]);
		expect(sheet?.rows).toEqual([
			['action_id', 'wijk', 'titel'],
			['A1', 'W01', null],
			['A2', null, null]
		]);
	});

	it('gives null for a sheet without a filled cell', () => {
		expect(toSheet('Leeg', [])).toBeNull();
		expect(toSheet('Leeg', [[null], [' ']])).toBeNull();
		expect(toSheet('Grafiek', undefined)).toBeNull();
	});
});

describe('sheetToCsv', () => {
	it('quotes only fields with a comma, quote, CR or LF, and writes null as an empty field', () => {
		const { text, recordLines } = sheetToCsv({
			name: 'Partners',
			rows: [
				['partner_id', 'naam', 'telefoon'],
				['P1', 'Welzijn, Noord', null],
				['P2', 'Buurtteam "De Brug"', ' 036 123 '],
				['P3', 'regel 1\r\nregel 2', '; tab\t']
			],
			rowNumbers: [2, 3, 5, 9]
		});
		expect(text).toBe(
			'partner_id,naam,telefoon\n' +
				'P1,"Welzijn, Noord",\n' +
				'P2,"Buurtteam ""De Brug""", 036 123 \n' +
				'P3,"regel 1\r\nregel 2",; tab\t\n'
		);
		expect(recordLines).toEqual([3, 5, 9]);
	});
});
