const CR = 13;
const LF = 10;
const HEAD = 65_536;

/**
 * Whether the bytes (UTF-8 or Windows-1252, where byte 13 is always CR) should go through
 * `toLineFeeds`: only the head is searched, so an LF-only file pays nothing; a file whose first CR
 * comes later is normalised after decoding (slower, but rare).
 */
export const hasCarriageReturnNearStart = (bytes: Uint8Array) => bytes.subarray(0, HEAD).indexOf(CR) >= 0;

/**
 * A copy with CRLF and lone CR turned into LF. Each still ends one editor line, so line numbers
 * stay the same. Done on bytes because that is several times faster than any string replace.
 */
export function toLineFeeds(bytes: Uint8Array): Uint8Array {
	const out = new Uint8Array(bytes); // a copy: Buffer.slice would be a view of the caller's bytes
	let written = 0;
	let read = 0;
	for (;;) {
		const cr = out.indexOf(CR, read);
		if (cr < 0) break;
		out.copyWithin(written, read, cr);
		written += cr - read;
		if (out[cr + 1] !== LF) out[written++] = LF;
		read = cr + 1;
	}
	out.copyWithin(written, read);
	return out.subarray(0, written + out.length - read);
}

export const textToLineFeeds = (text: string) => (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);
