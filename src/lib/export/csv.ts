import Papa from 'papaparse';

export type Cell = string | number | boolean | null | undefined;

// Papaparse's own list (= + - @ \t \r) misses \0, which Excel also skips before a formula.
const formulaStart = /^[=+\-@\t\r\0]/;

/**
 * CSV that opens safely in Dutch Excel: `;`-delimited, UTF-8 with BOM, CRLF, and text that Excel
 * would run as a formula prefixed with `'` (numbers are left as they are).
 */
export function toCsv(header: string[], rows: Cell[][]): string {
	const body = Papa.unparse(
		{ fields: header, data: rows.map((r) => r.map((c) => (c === undefined ? null : c))) },
		{ delimiter: ';', newline: '\r\n', escapeFormulae: formulaStart, quotes: false }
	);
	return `\uFEFF${body}\r\n`;
}

/** Offers text as a file download in the browser. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
	downloadBlob(fileName, new Blob([text], { type }));
}

/** Offers any bytes as a file download in the browser. */
export function downloadBlob(fileName: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
