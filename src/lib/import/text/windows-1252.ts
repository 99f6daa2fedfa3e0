/** WHATWG windows-1252 for 0x80–0x9F (the five undefined bytes map to U+0081 etc.); latin-1 elsewhere. */
const C1 = [
	0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
	0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178
];

export const WINDOWS_1252 = new Uint16Array(256).map((_, byte) => (byte >= 0x80 && byte < 0xa0 ? C1[byte - 0x80] : byte));

const CHUNK = 1 << 16;
const utf16 = new TextDecoder('utf-16le');

/**
 * Decodes Windows-1252 with our own table, because Node's TextDecoder maps 0x80–0x9F unlike browsers.
 * The whole file is one encoding: reading well-formed UTF-8 runs inside it as UTF-8 would turn real
 * 1252 text such as `é€’` (E9 80 92) into `递`, the mojibake the contract forbids.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
	const parts: string[] = [];
	const out = new Uint16Array(CHUNK);
	for (let start = 0; start < bytes.length; start += CHUNK) {
		const chunk = bytes.subarray(start, start + CHUNK);
		for (let k = 0; k < chunk.length; k++) out[k] = WINDOWS_1252[chunk[k]];
		parts.push(utf16.decode(out.subarray(0, chunk.length)));
	}
	return parts.join('');
}
