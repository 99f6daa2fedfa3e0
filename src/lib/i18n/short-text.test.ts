import { describe, expect, it } from 'vitest';
import { shortText } from './short-text';

describe('shortText', () => {
	it('keeps text that fits, and cuts longer text to the maximum, ellipsis included', () => {
		expect(shortText('Oude Haven', 10)).toBe('Oude Haven');
		expect(shortText('Oude Haven Noord', 10)).toBe('Oude Have…');
		expect(Array.from(shortText('x'.repeat(10_000))).length).toBe(80);
	});

	it('never cuts a character in two', () => {
		expect(shortText('😀'.repeat(20), 5)).toBe('😀😀😀😀…');
	});
});
