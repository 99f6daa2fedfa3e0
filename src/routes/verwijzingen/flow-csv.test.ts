import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { flowCsv } from './flow-csv';

const flow = (to_key: string, count: number, feedback: number) =>
	({ from_key: 'huisartsenpraktijk', from_label: 'huisartsenpraktijk', to_key, to_label: to_key, to_domain: 'sociaal', count, feedback, rate: feedback / count });

describe('the flows CSV', () => {
	it('writes feedback as the percentage the screen shows, one decimal more, as Dutch Excel reads a percentage', () => {
		const csv = flowCsv(['Verwijzer', 'Ontvanger', 'Domein', 'Verwijzingen', 'Teruggekoppeld', 'Terugkoppeling'],
			[flow('welzijn', 1000, 753), flow('cjg', 3, 1), flow('sport', 4, 0), flow('ggz', 2, 2)]);
		const [header, ...rows] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;
		expect(header.at(-1)).toBe('Terugkoppeling');
		expect(rows.map((r) => r.at(-1))).toEqual(['75,3%', '33,3%', '0%', '100%']);
		// A plain '%' after the number: a space or no-break space before it keeps Excel from reading a number.
		for (const row of rows) expect(row.at(-1)).toMatch(/^\d{1,3}(,\d)?%$/);
		expect(rows[0].slice(2, 5)).toEqual(['sociaal domein', '1000', '753']);
	});
});
