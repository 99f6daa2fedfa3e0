import readXlsxFile from 'read-excel-file/universal';
import { checkArchive, looksLikeXlsx } from './check-archive';
import { toSheet, type Sheet } from './sheet-rows';
import { WorkbookError } from './workbook-error';

export type { Sheet } from './sheet-rows';
export { sheetToCsv } from './sheet-csv';
export { WorkbookError, type WorkbookErrorCode } from './workbook-error';

/** The OLE2 container of legacy `.xls` files, and of every password-protected `.xlsx` file. */
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);

/** Whether the bytes are a zip archive that is plausibly an xlsx workbook (possibly a damaged one). */
export function isWorkbook(bytes: Uint8Array): boolean {
	return looksLikeXlsx(bytes);
}

/**
 * Reads every worksheet that has at least one filled cell, in workbook order, each cell as text
 * (see `cellText`). Throws a WorkbookError with a Dutch message when the file cannot be read at all.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<Sheet[]> {
	if (bytes.byteLength === 0) throw new WorkbookError('empty');
	if (startsWith(bytes, OLE2_MAGIC)) throw new WorkbookError('legacy-or-protected');
	if (!startsWith(bytes, ZIP_MAGIC)) throw new WorkbookError('not-xlsx');
	await checkArchive(bytes);

	let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
	try {
		sheets = await readXlsxFile(ownArrayBuffer(bytes), { trim: false });
	} catch (error) {
		throw new WorkbookError('corrupt', { cause: error });
	}
	return sheets.flatMap(({ sheet, data }) => toSheet(sheet, data) ?? []);
}

/** read-excel-file wants an ArrayBuffer holding exactly the file. */
function ownArrayBuffer(bytes: Uint8Array): ArrayBuffer {
	const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
	return whole && bytes.buffer instanceof ArrayBuffer ? bytes.buffer : bytes.slice().buffer;
}
