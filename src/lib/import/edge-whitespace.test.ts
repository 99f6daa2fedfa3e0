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
});
