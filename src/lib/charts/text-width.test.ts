import { describe, expect, it } from 'vitest';
import { fitText, wrapText, type Measure } from './text-width';

/** Every character 1 px per px of font size wide: easy to count. */
const mono: Measure = (text, size) => text.length * size;

describe('text that has to fit', () => {
	it('is kept whole when it fits, else cut with an ellipsis to the width', () => {
		expect(fitText('Welzijn', 70, 10, mono)).toBe('Welzijn');
		expect(fitText('Huisartsenpraktijk De Boomgaard', 100, 10, mono)).toBe('Huisartse…');
		expect(fitText('Sociaal wijkteam', 90, 10, mono)).toBe('Sociaal…');
	});

	it('wraps between words into lines no wider than the width, losing no word', () => {
		const text = 'Bron: demoregio met eigen exportbestanden, verwerkt met Wijkradar op 2024-12-01.';
		const lines = wrapText(text, 200, 10, mono);
		expect(lines).toEqual(['Bron: demoregio met', 'eigen', 'exportbestanden,', 'verwerkt met', 'Wijkradar op', '2024-12-01.']);
		for (const line of lines) expect(mono(line, 10)).toBeLessThanOrEqual(200);
		expect(lines.join(' ')).toBe(text);
		expect(wrapText('kort', 200, 10, mono)).toEqual(['kort']);
	});

	it('cuts a single word longer than a line', () => {
		expect(wrapText('a wijkverpleegkundigenorganisatie b', 100, 10, mono)).toEqual(['a', 'wijkverpl…', 'b']);
	});
});
