import type { Delimiter } from './types';

export const QUOTE = 34;
export const LF = 10;

/**
 * The values of the record in [start, end) of LF-only text whose quoted fields are known to close.
 * A quote opens a quoted field only as a field's first character; elsewhere it is kept literally,
 * and text after a closing quote is appended to the value (as Excel reads `"a"b` as `ab`).
 */
export function parseFields(text: string, start: number, end: number, delimiter: Delimiter): string[] {
	const d = delimiter.charCodeAt(0);
	const values: string[] = [];
	let i = start;
	for (;;) {
		let value = '';
		if (i < end && text.charCodeAt(i) === QUOTE) {
			for (i++; ; ) {
				const q = text.indexOf('"', i);
				value += text.slice(i, q);
				if (text.charCodeAt(q + 1) !== QUOTE) {
					i = q + 1;
					break;
				}
				value += '"';
				i = q + 2;
			}
		}
		let k = i;
		while (k < end && text.charCodeAt(k) !== d) k++;
		values.push(value + text.slice(i, k));
		if (k >= end) return values;
		i = k + 1;
	}
}

/** One CSV record; a value is quoted (RFC 4180) only when it holds the delimiter, a quote, CR or LF. */
export function serialiseFields(values: string[], delimiter: Delimiter): string {
	// A lone whitespace value is quoted too, or its record would read as a blank line.
	if (values.length === 1 && values[0].trim() === '') return `"${values[0]}"`;
	return values.map((v) => (needsQuotes(v, delimiter) ? `"${v.replaceAll('"', '""')}"` : v)).join(delimiter);
}

function needsQuotes(value: string, delimiter: Delimiter): boolean {
	return value.includes(delimiter) || value.includes('"') || value.includes('\n') || value.includes('\r');
}
