import { parseFields, serialiseFields } from './fields';
import type { Header } from './find-header';
import { RecordScanner } from './scan';
import type { RaggedRow } from './types';

export interface Body {
	recordLines: Int32Array;
	ragged: RaggedRow[];
	/** Every record was kept as it is: `out` got the body in one piece, byte for byte. */
	verbatim: boolean;
}

/**
 * Appends the data records of LF-only text to `out`, one line each. Runs of records that need no
 * change are copied as one slice, so a clean file costs little more than finding its line ends.
 */
export function readBody(text: string, header: Header, out: string[]): Body {
	const { delimiter, bodyStart } = header;
	const expected = header.headers.length;
	const scanner = new RecordScanner(text, delimiter, header.bodyLine);
	const ragged: RaggedRow[] = [];
	let lines: Int32Array = new Int32Array(1024);
	let count = 0;
	let runStart = -1;
	let runEnd = -1;
	let verbatim = true;
	for (let i = bodyStart; i < text.length; i = scanner.end + 1, scanner.line++) {
		scanner.scan(i);
		const { end, fields } = scanner;
		const blank = fields === 1 && isBlank(text, i, end);
		const keep = !blank && fields === expected;
		if (keep && !scanner.dirty) {
			if (runStart < 0) runStart = i;
			runEnd = end;
		} else {
			verbatim = false;
			if (runStart >= 0) out.push(text.slice(runStart, runEnd), '\n');
			runStart = -1;
		}
		if (keep) {
			if (count === lines.length) lines = grow(lines);
			lines[count++] = scanner.startLine;
			if (scanner.dirty) out.push(serialiseFields(parseFields(text, i, end, delimiter), delimiter), '\n');
		} else if (!blank) {
			ragged.push({ line: scanner.startLine, fields, expected });
		}
	}
	if (runStart >= 0) out.push(text.slice(runStart, runEnd), '\n');
	return { recordLines: lines.slice(0, count), ragged, verbatim };
}

function grow(lines: Int32Array): Int32Array {
	const bigger = new Int32Array(lines.length * 2);
	bigger.set(lines);
	return bigger;
}

/** Empty, or only whitespace and control characters; a blank line is skipped, not reported. */
function isBlank(text: string, start: number, end: number): boolean {
	for (let k = start; k < end; k++) {
		const c = text.charCodeAt(k);
		if (c > 32) return c < 127 ? false : text.slice(k, end).trim() === '';
	}
	return true;
}
