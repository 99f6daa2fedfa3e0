import { longestRun } from '../longest-run';
import { inflateEntry } from './inflate-entry';
import { MAX_CELLS_PER_SHEET, MAX_COLUMNS_PER_SHEET, MAX_PART_BYTES, MAX_ROWS_PER_SHEET, MAX_TEXT_RUN_BYTES, MAX_UNPACKED_BYTES } from './limits';
import { sheetExtent } from './sheet-extent';
import { WorkbookError } from './workbook-error';
import { readZipDirectory, type ZipEntry } from './zip-directory';

/** Deflate's largest possible expansion (258-byte matches coded in 2 bits): a size beyond this many times the compressed bytes is a lie. */
const MAX_DEFLATE_RATIO = 1032;

/** Whether the size an entry declares cannot come of its compressed bytes: damage, not a large sheet. */
const impossibleSize = (entry: ZipEntry) =>
	entry.method === 0 ? entry.size !== entry.compressedSize : entry.size > entry.compressedSize * MAX_DEFLATE_RATIO + 1024;

/** The parts whose text becomes cells: read-excel-file reads no CDATA section in them, so they are refused rather than read short. */
const CELL_TEXT_PART = /^xl\/(worksheets\/[^/]+|sharedStrings)\.xml$/;

/** read-excel-file looks for the workbook part at this fixed path only. */
const WORKBOOK_PART = 'xl/workbook.xml';

/**
 * Refuses, before read-excel-file sees them, the archives it would choke on: not an xlsx,
 * encrypted, damaged, or unpacking into more memory than a browser tab can spare.
 */
export async function checkArchive(bytes: Uint8Array): Promise<void> {
	const entries = readZipDirectory(bytes);
	assertSpreadsheetML(entries);

	// The parts read-excel-file inflates (it skips images and other binaries).
	const parts = entries.filter((entry) => /\.xml(\.rels)?$/.test(entry.name));
	if (parts.some((part) => part.encrypted)) throw new WorkbookError('encrypted');
	if (parts.some(impossibleSize)) throw new WorkbookError('corrupt');
	// Refused on what the central directory declares, before a byte is inflated: inflateEntry never unpacks more than that.
	if (parts.some((part) => part.size > MAX_PART_BYTES)) throw new WorkbookError('part-too-large');
	const declared = parts.reduce((sum, part) => sum + part.size, 0);
	if (declared > MAX_UNPACKED_BYTES) throw new WorkbookError('too-large');

	const decoder = new TextDecoder();
	for (const part of parts) {
		const unpacked = await inflateEntry(bytes, part);
		// Between two `<`: one text and the tag before it.
		if (longestRun(unpacked, 0x3c) > MAX_TEXT_RUN_BYTES) throw new WorkbookError('text-run-too-long');
		const xml = decoder.decode(unpacked);
		if (CELL_TEXT_PART.test(part.name) && xml.includes('<![CDATA[')) throw new WorkbookError('cdata');
		const sheetData = xml.indexOf('sheetData');
		if (sheetData >= 0) assertSheetFits(xml.slice(sheetData));
	}
}

function assertSpreadsheetML(entries: ZipEntry[]): void {
	const names = new Set(entries.map((entry) => entry.name));
	if (names.has(WORKBOOK_PART)) return;
	if (names.has('xl/workbook.bin')) throw new WorkbookError('binary-xlsx');
	if (names.has('mimetype') && names.has('content.xml')) throw new WorkbookError('opendocument');
	throw new WorkbookError('zip-not-xlsx');
}

function assertSheetFits(sheetXml: string): void {
	const { rows, columns } = sheetExtent(sheetXml);
	if (rows > MAX_ROWS_PER_SHEET) throw new WorkbookError('too-many-rows');
	if (columns > MAX_COLUMNS_PER_SHEET) throw new WorkbookError('corrupt');
	if (rows * columns > MAX_CELLS_PER_SHEET) throw new WorkbookError('too-many-cells');
}

/** Whether the bytes look like an xlsx package, even a damaged one: zip magic plus OOXML part names. */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
	if (bytes.byteLength < 30 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return false;
	try {
		return readZipDirectory(bytes).some((entry) => entry.name.startsWith('xl/'));
	} catch {
		// A truncated file has no directory left; its first local header still names a part.
		const nameLength = bytes[26] | (bytes[27] << 8);
		const first = new TextDecoder().decode(bytes.subarray(30, 30 + nameLength));
		return first === '[Content_Types].xml' || /^(xl|_rels|docProps)\//.test(first);
	}
}
