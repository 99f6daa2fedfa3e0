import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { isWorkbook, readWorkbook, sheetToCsv, type Sheet } from '.';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../../tests/fixtures/workbooks/${name}`, import.meta.url)));

describe('readWorkbook on regio.xlsx (written by write-excel-file)', () => {
	let sheets: Sheet[] = [];
	beforeAll(async () => {
		sheets = await readWorkbook(fixture('regio.xlsx'));
	});
	const sheet = (name: string) => sheets.find((s) => s.name === name) as Sheet;

	it('returns every filled sheet by its tab name, in workbook order, and leaves out the empty one', () => {
		expect(sheets.map((s) => s.name)).toEqual(['Wijken', 'Sociale kaart', 'Verwijzingen 2024', 'Blad2', 'Doelen']);
	});

	it('reads Excel dates as ISO days (a time of day dropped) and keeps commas, quotes and line breaks', () => {
		expect(sheet('Sociale kaart').rows).toEqual([
			['partner_id', 'naam', 'type', 'wijk', 'gecontroleerd_op'],
			['P01', 'Huisartsenpraktijk De Linde', 'huisarts', 'W01', '2024-03-31'],
			['P02', 'Welzijn Almere, locatie Noord\nen Oost', 'welzijn', null, '2024-12-01'],
			['P03', 'Buurtteam "De Brug"', 'buurtteam', 'W02', null]
		]);
	});

	it('skips the empty leading row and the empty middle row, and numbers rows as Excel does', () => {
		const verwijzingen = sheet('Verwijzingen 2024');
		expect(verwijzingen.rows).toEqual([
			['datum', 'van', 'naar', 'reden', 'aantal', 'terugkoppeling'],
			['2024-01-15', 'P01', 'P02', 'eenzaamheid', '3', '2'],
			['2024-02-29', 'P01', 'P03', 'schulden', '1', '0'],
			['2024-07-01', 'P03', 'P02', 'wonen', '16', '16'],
			['2024-09-30', 'P02', 'P01', 'psychisch', null, null]
		]);
		expect(verwijzingen.rowNumbers).toEqual([2, 3, 4, 6, 7]);
	});

	it('writes numbers as plain decimals without floating-point noise', () => {
		expect(sheet('Doelen').rows).toEqual([
			['indicator', 'streefwaarde', 'periode'],
			['feedback_rate', '0.35', '2024-Q3'],
			['referrals', '1234.5', null],
			['partners_per_wijk', '0.3', null]
		]);
	});

	it('reads a sheet with an unrelated name like any other (matching it by header is up to the import)', () => {
		expect(sheet('Blad2')).toEqual({
			name: 'Blad2',
			rows: [
				['partner_id', 'naam', 'type'],
				['P04', 'Apotheek Centrum', 'apotheek']
			],
			rowNumbers: [1, 2]
		});
	});

	it('renders a sheet as RFC 4180 CSV with the Excel row of each record', () => {
		expect(sheetToCsv(sheet('Verwijzingen 2024'))).toEqual({
			text:
				'datum,van,naar,reden,aantal,terugkoppeling\n' +
				'2024-01-15,P01,P02,eenzaamheid,3,2\n' +
				'2024-02-29,P01,P03,schulden,1,0\n' +
				'2024-07-01,P03,P02,wonen,16,16\n' +
				'2024-09-30,P02,P01,psychisch,,\n',
			recordLines: [3, 4, 6, 7]
		});
		expect(sheetToCsv(sheet('Sociale kaart')).text).toBe(
			'partner_id,naam,type,wijk,gecontroleerd_op\n' +
				'P01,Huisartsenpraktijk De Linde,huisarts,W01,2024-03-31\n' +
				'P02,"Welzijn Almere, locatie Noord\nen Oost",welzijn,,2024-12-01\n' +
				'P03,"Buurtteam ""De Brug""",buurtteam,W02,\n'
		);
	});
});

describe('readWorkbook on a sheet as Excel writes it (excel-stijl.xlsx, hand-made)', () => {
	const expected: Sheet[] = [
		{
			name: 'Contacten',
			rows: [
				['datum', 'coordinator', 'partner', 'kanaal', null],
				['2024-03-31', ' C01 ', 'P01', 'true', null],
				['2024-04-01', null, '7', null, '0.5']
			],
			rowNumbers: [3, 4, 7]
		}
	];

	it('numbers rows by their place in Excel when empty rows are absent from the file', async () => {
		// Also: a custom (d-m-yyyy) and a built-in (id 14) date format both make dates, a boolean
		// reads `true`, an error cell (#N/A) is empty, strings keep their spaces, and a row wider
		// than the header widens the sheet.
		expect(await readWorkbook(fixture('excel-stijl.xlsx'))).toEqual(expected);
	});

	it('reads an archive whose sizes and offsets sit in zip64 extra fields', async () => {
		expect(await readWorkbook(fixture('zip64.xlsx'))).toEqual(expected);
	});
});

describe('isWorkbook', () => {
	it('recognises an xlsx, also a truncated one (so that reading it can say it is damaged)', () => {
		expect(isWorkbook(fixture('regio.xlsx'))).toBe(true);
		expect(isWorkbook(fixture('zip64.xlsx'))).toBe(true);
		expect(isWorkbook(fixture('beschadigd.xlsx'))).toBe(true);
	});

	it('does not take text, other zips or an OLE2 file for an xlsx', () => {
		expect(isWorkbook(new TextEncoder().encode('wijk_id,naam\nW01,Centrum\n'))).toBe(false);
		expect(isWorkbook(fixture('geen-werkmap.zip'))).toBe(false);
		expect(isWorkbook(fixture('rekenblad.ods'))).toBe(false);
		expect(isWorkbook(fixture('wachtwoord.xlsx'))).toBe(false);
		expect(isWorkbook(new Uint8Array())).toBe(false);
	});
});
