import { prepareText, type PreparedText } from './index';

export const utf8 = (text: string) => new TextEncoder().encode(text);
export const utf8Bom = (text: string) => utf8(`\uFEFF${text}`);

/** Windows-1252 for 0x80–0x9F, written out independently of the module's table. */
export const WINDOWS_1252_C1 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

/** Windows-1252 bytes of `text`, or null when a character has no Windows-1252 byte. */
export function windows1252(text: string): Uint8Array | null {
	const bytes = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const c1 = WINDOWS_1252_C1.indexOf(text[i]);
		if (c1 >= 0) bytes[i] = 0x80 + c1;
		else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[i] = code;
		else return null;
	}
	return bytes;
}

export function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
	const bytes = new Uint8Array(2 + text.length * 2);
	const view = new DataView(bytes.buffer);
	view.setUint16(0, 0xfeff, endian === 'le');
	for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), endian === 'le');
	return bytes;
}

/** The prepared CSV as text. */
export const csvOf = (prepared: PreparedText) => new TextDecoder().decode(prepared.bytes);

export const prepare = (text: string) => prepareText(utf8(text));

/** The error prepareText throws, for asserting on its message and line. */
export function refusal(input: Uint8Array): { message: string; line?: number; name: string } {
	try {
		prepareText(input);
	} catch (error) {
		const e = error as Error & { line?: number };
		return { message: e.message, line: e.line, name: e.name };
	}
	throw new Error('prepareText accepted the file');
}
