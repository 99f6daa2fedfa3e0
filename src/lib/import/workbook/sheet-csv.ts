import type { Sheet } from './sheet-rows';

const NEEDS_QUOTES = /[",\r\n]/;

function field(value: string | null): string {
	if (value === null) return '';
	return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The sheet as RFC 4180 CSV: comma-delimited, LF after every record, a field quoted only when it
 * holds `,` `"` CR or LF, null as an empty field. `recordLines[i]` is the Excel row number of data
 * record i (the header is not a record), so a rejected row can be pointed at as Excel shows it.
 */
export function sheetToCsv(sheet: Sheet): { text: string; recordLines: number[] } {
	const lines = sheet.rows.map((row) => row.map(field).join(',') + '\n');
	return { text: lines.join(''), recordLines: sheet.rowNumbers.slice(1) };
}
