import readXlsxFile from 'read-excel-file/node';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { xlsxBlob } from './xlsx';

describe('the XLSX export', () => {
	it('writes text as text: a formula payload is a plain cell, numbers stay numbers, a sheet name Excel refuses is cleaned', async () => {
		const blob = await xlsxBlob([{ name: 'Wijken: 2024/Q4 [test]', header: ['wijk', 'waarde'], rows: [['=HYPERLINK("http://x.invalid")', 12.5], ['@SUM(A1)', null]] }]);
		const bytes = new Uint8Array(await blob.arrayBuffer());
		const files = unzipSync(bytes);
		const sheets = Object.keys(files).filter((f) => /^xl\/worksheets\/[^/]+\.xml$/.test(f));
		expect(sheets.length).toBe(1);
		// No formula element anywhere: the payloads are strings.
		for (const name of sheets) expect(strFromU8(files[name])).not.toMatch(/<f[ >]/);
		expect(strFromU8(files['xl/workbook.xml'])).toContain('name="Wijken  2024 Q4  test "');
		const [{ data: rows }] = await readXlsxFile(Buffer.from(bytes));
		expect(rows).toEqual([['wijk', 'waarde'], ['=HYPERLINK("http://x.invalid")', 12.5], ['@SUM(A1)', null]]);
	});
});
