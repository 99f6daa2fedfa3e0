import { describe, expect, it } from 'vitest';
import { mayHaveEdgeWhitespace } from './edge-whitespace';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('mayHaveEdgeWhitespace', () => {
	it('says no for clean values, spaces inside values included', () => {
		expect(mayHaveEdgeWhitespace(bytes('a,b c\nd,e\n'), ',')).toBe(false);
	});
	it('finds a space, tab or no-break space at either edge of a value, quoted or not', () => {
		for (const text of ['a, b\n', 'a ,b\n', 'a,b \n', ' a,b\n', 'a;" b"\n', 'a,b\t\n', 'a,\u00a0b\n', 'a,b\u00a0', 'a,b\r\n c,d'])
			expect(mayHaveEdgeWhitespace(bytes(text), text.includes(';') ? ';' : ','), JSON.stringify(text)).toBe(true);
	});
	it('finds every other whitespace a value is trimmed of, in UTF-8 of two and three bytes', () => {
		for (const space of ['\v', '\f', '\u1680', '\u2003', '\u200a', '\u202f', '\u205f', '\u3000', '\ufeff'])
			for (const text of [`a,${space}b\n`, `a,b${space}\n`, `a,"b${space}"\n`])
				expect(mayHaveEdgeWhitespace(bytes(text), ','), JSON.stringify(text)).toBe(true);
	});
	it('says no for such characters inside a value, and for other characters that share their lead byte', () => {
		expect(mayHaveEdgeWhitespace(bytes('a,b\u3000c\nd,e\u2003f\n'), ',')).toBe(false);
		expect(mayHaveEdgeWhitespace(bytes('a,\u2014b\u2014,\u3001,\u00e9\n'), ',')).toBe(false);
	});
});
