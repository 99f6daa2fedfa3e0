import { cellText } from './cell-text';

/** One worksheet as text, ready to be read like a delimited file. */
export interface Sheet {
	/** The sheet's name as Excel shows it on its tab, e.g. "Verwijzingen 2024". */
	name: string;
	/** Row 0 is the header (the first non-empty row); every row is as wide as the widest. */
	rows: (string | null)[][];
	/** The Excel row number (1-based, as Excel shows it) of each of `rows`. */
	rowNumbers: number[];
}

/**
 * Turns read-excel-file's rows (index i = Excel row i + 1, gaps filled with empty rows) into a
 * Sheet: empty rows dropped, trailing empty columns dropped, short rows padded with null.
 * Returns null for a sheet without a single filled cell.
 */
export function toSheet(name: string, data: readonly (readonly unknown[])[] | undefined): Sheet | null {
	const rows: (string | null)[][] = [];
	const rowNumbers: number[] = [];
	let width = 0;
	(data ?? []).forEach((cells, index) => {
		const texts = cells.map(cellText);
		const filled = lastFilled(texts) + 1;
		if (filled === 0) return;
		rows.push(texts);
		rowNumbers.push(index + 1);
		width = Math.max(width, filled);
	});
	if (rows.length === 0) return null;
	for (const row of rows) {
		row.length = Math.min(row.length, width);
		while (row.length < width) row.push(null);
	}
	return { name, rows, rowNumbers };
}

/** A cell of only spaces counts as empty here, as it will once values are trimmed. */
function lastFilled(texts: (string | null)[]): number {
	for (let i = texts.length - 1; i >= 0; i--) if (texts[i]?.trim()) return i;
	return -1;
}
