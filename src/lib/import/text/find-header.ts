import { UnreadableFileError } from './errors';
import { LF, QUOTE, parseFields } from './fields';
import { RecordScanner } from './scan';
import type { Delimiter } from './types';

export interface Header {
	headers: string[];
	delimiter: Delimiter;
	headerLine: number;
	/** Index and editor line of the first data line. */
	bodyStart: number;
	bodyLine: number;
}

/** A row with nothing but spaces and delimiters: what Excel writes for an empty row above the table. */
const EMPTY_ROW = /^[\s,;]*$/;
/** Excel's delimiter hint on the first line, `sep=;`: not a header. */
const SEPARATOR_HINT = /^sep=([,;\t])\s*$/i;

/** The header row (first non-empty row) of LF-only text, and the delimiter it uses. */
export function readHeader(text: string): Header {
	let start = 0;
	let line = 1;
	let hinted: Delimiter | undefined;
	for (;;) {
		if (start >= text.length) throw new UnreadableFileError('Het bestand heeft geen kopregel: het bevat alleen lege regels en scheidingstekens.');
		let end = text.indexOf('\n', start);
		if (end < 0) end = text.length;
		const row = text.slice(start, end);
		const hint = hinted ? null : SEPARATOR_HINT.exec(row);
		if (hint) hinted = hint[1] as Delimiter;
		else if (!EMPTY_ROW.test(row)) break;
		start = end + 1;
		line++;
	}
	const delimiter = hinted ?? detectDelimiter(text, start);
	const scanner = new RecordScanner(text, delimiter, line);
	scanner.scan(start);
	const headers = parseFields(text, start, scanner.end, delimiter).map((h) => h.trim());
	if (headers.every((h) => h === '')) {
		throw new UnreadableFileError(`Het bestand heeft geen kopregel: regel ${line}, de eerste regel met inhoud, bevat geen kolomnamen.`, line);
	}
	return { headers, delimiter, headerLine: line, bodyStart: scanner.end + 1, bodyLine: scanner.line + 1 };
}

const CANDIDATES: Delimiter[] = [',', ';', '\t'];

/** The candidate occurring most often outside quotes in the record at `start`; a tie or none gives `,`. */
function detectDelimiter(text: string, start: number): Delimiter {
	const counts = [0, 0, 0];
	let fieldStart = true;
	for (let i = start; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === LF) break;
		const candidate = c === 44 ? 0 : c === 59 ? 1 : c === 9 ? 2 : -1;
		if (candidate >= 0) {
			counts[candidate]++;
			fieldStart = true;
			continue;
		}
		if (c === QUOTE && fieldStart) {
			i = closingQuote(text, i);
			if (i < 0) break;
		}
		fieldStart = false;
	}
	const most = Math.max(...counts);
	const winners = counts.filter((count) => count === most).length;
	return most > 0 && winners === 1 ? CANDIDATES[counts.indexOf(most)] : ',';
}

function closingQuote(text: string, open: number): number {
	for (let q = text.indexOf('"', open + 1); q >= 0; q = text.indexOf('"', q + 2)) {
		if (text.charCodeAt(q + 1) !== QUOTE) return q;
	}
	return -1;
}
