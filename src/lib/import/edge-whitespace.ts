const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const NBSP_LEAD = 0xc2;
const NBSP = 0xa0;

/**
 * Whether any value may start or end with whitespace (space, tab, no-break space), judged from the
 * bytes around delimiters, quotes and line ends. It may say yes for a file that needs no trimming
 * (`"a" b`), never no for one that does. Trimming every value in SQL costs as much as reading the
 * file, so files from systems that write clean values skip it.
 */
export function mayHaveEdgeWhitespace(bytes: Uint8Array, delimiter: string): boolean {
	const delim = delimiter.charCodeAt(0);
	const isBoundary = (b: number | undefined) => b === undefined || b === delim || b === LF || b === CR || b === QUOTE;
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i];
		if (b === SPACE || b === TAB) {
			if (isBoundary(bytes[i - 1]) || isBoundary(bytes[i + 1])) return true;
		} else if (b === NBSP_LEAD && bytes[i + 1] === NBSP) {
			if (isBoundary(bytes[i - 1]) || isBoundary(bytes[i + 2])) return true;
		}
	}
	return false;
}
