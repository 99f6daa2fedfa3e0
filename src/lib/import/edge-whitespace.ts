import { isTrimmed } from './whitespace';

const SPACE = 0x20;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/** The code point starting at byte i and its length in bytes, for the lead bytes a trimmed character can have. */
function codePointAt(bytes: Uint8Array, i: number): [number, number] {
	const b = bytes[i];
	if (b < 0x80) return [b, 1];
	if (b >= 0xc2 && b < 0xe0) return [((b & 0x1f) << 6) | (bytes[i + 1] & 0x3f), 2];
	if (b >= 0xe0 && b < 0xf0) return [((b & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f), 3];
	return [-1, 1];
}

/**
 * Whether any value may start or end with whitespace (whitespace.ts), judged from the bytes around
 * delimiters, quotes and line ends. It may say yes for a file that needs no trimming (`"a" b`), never
 * no for one that does. Trimming every value in SQL costs as much as reading the file, so files from
 * systems that write clean values skip it.
 */
export function mayHaveEdgeWhitespace(bytes: Uint8Array, delimiter: string): boolean {
	const delim = delimiter.charCodeAt(0);
	const isBoundary = (b: number | undefined) => b === undefined || b === delim || b === LF || b === CR || b === QUOTE;
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i];
		// Letters and digits first: most bytes are neither whitespace nor a lead byte of it.
		if (b > SPACE && b < 0xc2) continue;
		const [codePoint, length] = codePointAt(bytes, i);
		if (isTrimmed(codePoint) && (isBoundary(bytes[i - 1]) || isBoundary(bytes[i + length]))) return true;
	}
	return false;
}
