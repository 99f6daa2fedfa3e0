import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tooLargeWorkbook, whitespaceWorkbook } from '../../../../tests/fixtures/hostile/workbook-bombs';
import { num, rawXlsx } from '../../../../tests/fixtures/workbooks/raw-xlsx';
import { readWorkbook, WorkbookError, type WorkbookErrorCode } from '.';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../../tests/fixtures/workbooks/${name}`, import.meta.url)));

async function refusal(bytes: Uint8Array): Promise<WorkbookError> {
	const error = await readWorkbook(bytes).then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(WorkbookError);
	return error as WorkbookError;
}

describe('readWorkbook refuses what it cannot read, in Dutch', () => {
	it.each<[string, WorkbookErrorCode, RegExp]>([
		['beschadigd.xlsx', 'corrupt', /^Het Excel-bestand is beschadigd of onvolledig/],
		['geen-werkmap.zip', 'zip-not-xlsx', /^Dit zip-bestand is geen Excel-werkmap \(\.xlsx\)/],
		['wachtwoord.xlsx', 'legacy-or-protected', /met een wachtwoord beveiligd of in het oude \.xls-formaat/],
		['rekenblad.ods', 'opendocument', /^Dit is een OpenDocument-rekenblad \(\.ods\)/],
		['liegt-over-grootte.xlsx', 'corrupt', /beschadigd/],
		['rijenbom.xlsx', 'too-many-rows', /voorbij rij 1\.100\.000 \(Excel zelf stopt bij rij 1\.048\.576\)/],
		['kolommenbom.xlsx', 'too-many-cells', /meer dan 30\.000\.000 cellen/]
	])('%s: %s', async (name, code, message) => {
		const error = await refusal(fixture(name));
		expect(error.code).toBe(code);
		expect(error.message).toMatch(message);
	});

	it('refuses an empty file and a file that is no zip at all', async () => {
		expect((await refusal(new Uint8Array())).message).toBe('Het bestand is leeg.');
		const text = new TextEncoder().encode('wijk_id;naam\nW01;Centrum\n');
		expect((await refusal(text)).message).toBe('Dit bestand is geen Excel-werkmap (.xlsx).');
	});

	it('refuses a zip whose directory points outside the file', async () => {
		const damaged = fixture('regio.xlsx');
		const end = damaged.byteLength - 22;
		new DataView(damaged.buffer, damaged.byteOffset).setUint32(end + 16, 0x7fffffff, true);
		expect((await refusal(damaged)).code).toBe('corrupt');
	});

	it('refuses a workbook whose sheet XML is broken', async () => {
		// Flip bytes in the middle of the first sheet's compressed data.
		const damaged = fixture('regio.xlsx');
		const sheetName = new TextEncoder().encode('xl/worksheets/sheet1.xml');
		const at = indexOf(damaged, sheetName) + sheetName.length;
		damaged.fill(0x41, at + 20, at + 60);
		expect((await refusal(damaged)).code).toBe('corrupt');
	});

	it('refuses a sheet that read-excel-file itself rejects (rows out of order)', async () => {
		const outOfOrder = rawXlsx([{ name: 'Wijken', sheetData: `<row r="2">${num('A2', 1)}</row><row r="1">${num('A1', 1)}</row>` }]);
		const error = await refusal(new Uint8Array(outOfOrder));
		expect(error.code).toBe('corrupt');
		expect(error.cause).toBeInstanceOf(Error);
	});

	it('refuses a 256 KB workbook whose sheet unpacks to 256 MB of whitespace at once, for that reason', async () => {
		const bomb = whitespaceWorkbook(256);
		expect(bomb.byteLength).toBeLessThan(300_000);
		const started = performance.now();
		const error = await refusal(bomb);
		expect(performance.now() - started).toBeLessThan(1000);
		expect(error.code).toBe('part-too-large');
		expect(error.message).toMatch(/^Een werkblad in dit Excel-bestand is uitgepakt groter dan 200 MB/);
	});

	it('refuses sheets that together unpack to more than 500 MB, each under the sheet limit, before inflating', async () => {
		const workbook = tooLargeWorkbook();
		const started = performance.now();
		const error = await refusal(workbook);
		expect(performance.now() - started).toBeLessThan(1000);
		expect(error.code).toBe('too-large');
		expect(error.message).toMatch(/uitgepakt groter dan 500 MB/);
	});

	it('refuses a sheet whose declared size its compressed bytes cannot hold as damaged, not as too large', async () => {
		const lying = new Uint8Array(rawXlsx([{ name: 'Wijken', sheetData: `<row r="1">${num('A1', 1)}</row>`, declaredSize: 180_000_000 }]));
		expect((await refusal(lying)).code).toBe('corrupt');
	});

	it('refuses a sheet that declares 1 KB and unpacks to 256 MB, having inflated no more than it declared', async () => {
		const lying = whitespaceWorkbook(256, 1000);
		const started = performance.now();
		expect((await refusal(lying)).code).toBe('corrupt');
		expect(performance.now() - started).toBeLessThan(1000);
	});

	it('refuses 100 MB of whitespace (under the sheet limit) in seconds, not after minutes in read-excel-file', async () => {
		const bomb = whitespaceWorkbook(100);
		const started = performance.now();
		const error = await refusal(bomb);
		expect(performance.now() - started).toBeLessThan(5000);
		expect(error.code).toBe('text-run-too-long');
		expect(error.message).toMatch(/meer dan 1 MB tekst of witruimte/);
	});

	it('reads a sheet with long but Excel-sized texts and whitespace between its elements', async () => {
		const cell = `<c r="B2" t="inlineStr"><is><t>${'x'.repeat(32_767)}</t></is></c>`;
		const sheet = rawXlsx([{ name: 'Wijken', sheetData: `<row r="1">${num('A1', 1)}</row>${' '.repeat(500_000)}<row r="2">${num('A2', 2)}${cell}</row>` }]);
		const [read] = await readWorkbook(new Uint8Array(sheet));
		expect(read.rows[1][1]).toHaveLength(32_767);
	});

	it('refuses within a second, before read-excel-file would spend minutes and gigabytes', async () => {
		const started = performance.now();
		await refusal(fixture('rijenbom.xlsx'));
		await refusal(fixture('kolommenbom.xlsx'));
		expect(performance.now() - started).toBeLessThan(1000);
	});
});

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
	outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
		for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
		return i;
	}
	return -1;
}
