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
 * Well-formed UTF-8 multi-byte sequences are still read as UTF-8: a file that is UTF-8 except for a
 * stray 1252 byte (two exports pasted together) then shows no mojibake in either part. Text that is
 * really Windows-1252 practically never contains such a sequence (it would read like `Ã©`).
 */
export function decodeWindows1252(bytes: Uint8Array): string {
	const parts: string[] = [];
	const out = new Uint16Array(CHUNK + 2);
	const n = bytes.length;
	let i = 0;
	while (i < n) {
		let k = 0;
		while (i < n && k < CHUNK) {
			const b = bytes[i];
			const length = b < 0xc2 ? 0 : utf8SequenceLength(bytes, i, n);
			if (length === 0) {
				out[k++] = WINDOWS_1252[b];
				i++;
				continue;
			}
			let cp = b & (0xff >> (length + 1));
			for (let j = 1; j < length; j++) cp = (cp << 6) | (bytes[i + j] & 0x3f);
			if (cp > 0xffff) {
				cp -= 0x10000;
				out[k++] = 0xd800 | (cp >> 10);
				out[k++] = 0xdc00 | (cp & 0x3ff);
			} else out[k++] = cp;
			i += length;
		}
		parts.push(utf16.decode(out.subarray(0, k)));
	}
	return parts.join('');
}

const isContinuation = (b: number) => (b & 0xc0) === 0x80;

/** Length of the well-formed UTF-8 sequence at `i` (a lead byte ≥ 0xC2), or 0. */
function utf8SequenceLength(bytes: Uint8Array, i: number, n: number): number {
	const b = bytes[i];
	const b1 = i + 1 < n ? bytes[i + 1] : 0;
	if (b <= 0xdf) return isContinuation(b1) ? 2 : 0;
	const b2 = i + 2 < n ? bytes[i + 2] : 0;
	if (b >= 0xe0 && b <= 0xef) {
		const low = b === 0xe0 ? 0xa0 : 0x80;
		const high = b === 0xed ? 0x9f : 0xbf;
		return b1 >= low && b1 <= high && isContinuation(b2) ? 3 : 0;
	}
	if (b >= 0xf0 && b <= 0xf4) {
		const low = b === 0xf0 ? 0x90 : 0x80;
		const high = b === 0xf4 ? 0x8f : 0xbf;
		return b1 >= low && b1 <= high && isContinuation(b2) && i + 3 < n && isContinuation(bytes[i + 3]) ? 4 : 0;
	}
	return 0;
}
