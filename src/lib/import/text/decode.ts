import { damagedUtf8, type ReplacedBytes } from './damaged-utf8';
import { decodeWindows1252 } from './windows-1252';

export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: true });

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * The file's text, without BOM: UTF-16 when it starts with a UTF-16 BOM, UTF-8 when the bytes are
 * valid UTF-8 (with or without BOM) or UTF-8 with a few damaged bytes (`replaced`, see damaged-utf8.ts),
 * Windows-1252 otherwise. Never throws.
 */
export function decodeText(input: Uint8Array): { text: string; encoding: Encoding; replaced?: ReplacedBytes } {
	if (startsWith(input, 0xff, 0xfe)) return { text: utf16le.decode(input.subarray(2)), encoding: 'utf-16le' };
	if (startsWith(input, 0xfe, 0xff)) return { text: utf16le.decode(swapBytePairs(input.subarray(2))), encoding: 'utf-16be' };
	const body = startsWith(input, 0xef, 0xbb, 0xbf) ? input.subarray(3) : input;
	try {
		return { text: strictUtf8.decode(body), encoding: 'utf-8' };
	} catch {
		const text = lenientUtf8.decode(body);
		const replaced = damagedUtf8(text);
		if (replaced) return { text, encoding: 'utf-8', replaced };
		return { text: decodeWindows1252(body), encoding: 'windows-1252' };
	}
}

/** UTF-16BE as LE, so that only the decoder every runtime has (utf-16le) is needed. */
function swapBytePairs(bytes: Uint8Array): Uint8Array {
	const out = new Uint8Array(bytes.length);
	for (let i = 0; i + 1 < bytes.length; i += 2) {
		out[i] = bytes[i + 1];
		out[i + 1] = bytes[i];
	}
	if (bytes.length % 2) out[bytes.length - 1] = bytes[bytes.length - 1];
	return out;
}

const encoder = new TextEncoder();

export function encodeUtf8(text: string): Uint8Array {
	return encoder.encode(text);
}
