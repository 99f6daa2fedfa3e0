import { describe, expect, it } from 'vitest';
import { decodeText, encodeUtf8, prepareText } from './index';
import { WINDOWS_1252_C1, utf16, utf8, utf8Bom, windows1252 } from './test-helpers';

const DUTCH = 'partner_id;name;type\nP1;Coördinator € 5’s “wijk”;ggz\n';

describe('decodeText', () => {
	it('reads UTF-8 with and without BOM, dropping the BOM', () => {
		expect(decodeText(utf8('Coördinator'))).toEqual({ text: 'Coördinator', encoding: 'utf-8' });
		expect(decodeText(utf8Bom('Coördinator'))).toEqual({ text: 'Coördinator', encoding: 'utf-8' });
	});

	it('reads bytes that are not UTF-8 as Windows-1252, with the browser table for 0x80–0x9F', () => {
		expect(decodeText(Uint8Array.of(0x43, 0x6f, 0xf6, 0x80, 0x92, 0x93, 0x94, 0x85))).toEqual({ text: 'Coö€’“”…', encoding: 'windows-1252' });
		// Every byte as WHATWG (and so every browser) decodes it, independently of Node's own decoder.
		const all = Uint8Array.from({ length: 256 }, (_, b) => b);
		const expected = [...all].map((b) => (b >= 0x80 && b < 0xa0 ? WINDOWS_1252_C1[b - 0x80] : String.fromCharCode(b))).join('');
		expect(decodeText(all).text).toBe(expected);
	});

	it('decodes UTF-16 LE and BE when the file starts with their BOM', () => {
		expect(decodeText(utf16('Coördinator €', 'le'))).toEqual({ text: 'Coördinator €', encoding: 'utf-16le' });
		expect(decodeText(utf16('Coördinator €', 'be'))).toEqual({ text: 'Coördinator €', encoding: 'utf-16be' });
	});

	it('reads a Windows-1252 file as Windows-1252 throughout, also where its bytes look like UTF-8', () => {
		// é € ’ are E9 80 92 in Windows-1252: by chance a well-formed UTF-8 sequence (递).
		const bytes = new Uint8Array([...utf8('Caf'), 0xe9, 0x80, 0x92, 0x3b, 0xc9, 0x92, 0x3b, 0xf6]);
		expect(decodeText(bytes)).toEqual({ text: 'Café€’;É’;ö', encoding: 'windows-1252' });
	});

	it('round-trips with encodeUtf8', () => {
		expect(decodeText(encodeUtf8('Coördinator € 😀')).text).toBe('Coördinator € 😀');
	});
});

describe('prepareText output does not depend on the encoding', () => {
	it('gives identical bytes for Windows-1252, UTF-8, UTF-8 with BOM and UTF-16', () => {
		const outputs = [windows1252(DUTCH)!, utf8(DUTCH), utf8Bom(DUTCH), utf16(DUTCH, 'le'), utf16(DUTCH, 'be')].map((input) => prepareText(input));
		expect(outputs.map((p) => p.encoding)).toEqual(['windows-1252', 'utf-8', 'utf-8', 'utf-16le', 'utf-16be']);
		for (const p of outputs) expect(p.bytes).toEqual(utf8(DUTCH));
	});
});
