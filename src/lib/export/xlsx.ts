import writeXlsxFile, { type SheetData } from 'write-excel-file/universal';
import { type Cell } from './csv';

/** One sheet of a workbook: a header row, then the rows. */
export interface XlsxSheet {
	/** At most 31 characters, no `[]:*?/\`: Excel's rule for a sheet's name. */
	name: string;
	header: string[];
	/** A number with `format` shows as Excel formats it (`0.0%`), and stays a number. */
	rows: (Cell | { value: number; format: string })[][];
}

const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Blad';

/**
 * A workbook of `sheets`. Text is always written as a text cell, never as a formula, so a name that
 * starts with `=` shows as it is and nothing in it runs (the CSV export prefixes such text instead).
 */
export function xlsxBlob(sheets: XlsxSheet[]): Promise<Blob> {
	const data = (sheet: XlsxSheet): SheetData => [
		sheet.header.map((value) => ({ value, type: String, fontWeight: 'bold' as const })),
		...sheet.rows.map((row) => row.map((value) =>
			typeof value === 'number' ? { value, type: Number }
				: typeof value === 'object' && value !== null ? { value: value.value, type: Number, format: value.format }
					: value === null || value === undefined ? null : { value: String(value), type: String }))
	];
	const output = writeXlsxFile(sheets.map((s) => ({ data: data(s), sheet: sheetName(s.name) })));
	return (output as unknown as { toBlob: () => Promise<Blob> }).toBlob();
}
