import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
	it('writes ;-separated UTF-8 with BOM and quotes where needed', () => {
		const csv = toCsv(['bestand', 'waarde'], [['a;b.csv', 'zeg "ja"'], ['Coördinator', null]]);
		expect(csv).toBe('\uFEFFbestand;waarde\r\n"a;b.csv";"zeg ""ja"""\r\nCoördinator;\r\n');
	});

	it('neutralises every formula start Excel knows, \\0 included, but not numbers', () => {
		const starts = ['=1+1', '+31', '-2', '@SUM(A1)', '\tx', '\rx', '\0=1'];
		const csv = toCsv(['v'], [...starts.map((s) => [s]), [-5]]);
		const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data.slice(1, -1).map((r) => r[0]);
		expect(parsed).toEqual([...starts.map((s) => `'${s}`), '-5']);
	});
});
