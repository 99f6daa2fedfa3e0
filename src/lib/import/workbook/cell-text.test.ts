import { describe, expect, it } from 'vitest';
import { cellText, dateText, numberText } from './cell-text';

describe('numberText', () => {
	it.each([
		[1234.5, '1234.5'],
		[16, '16'],
		[0.35, '0.35'],
		[-16.25, '-16.25'],
		[0, '0'],
		[-0, '0'],
		[0.1 + 0.2, '0.3'],
		[1.1 * 3, '3.3'],
		[45382.99999999999, '45383'],
		[1e21, '1000000000000000000000'],
		[-1.5e-7, '-0.00000015'],
		[2 ** 60, '1152921504606850000']
	])('%s → %s', (value, text) => {
		expect(numberText(value)).toBe(text);
	});
});

describe('dateText', () => {
	const utc = (...parts: [number, number, number, number?, number?, number?, number?]) =>
		new Date(Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3] ?? 0, parts[4] ?? 0, parts[5] ?? 0, parts[6] ?? 0));

	it('gives the UTC day and drops the time of day', () => {
		expect(dateText(utc(2024, 3, 31))).toBe('2024-03-31');
		expect(dateText(utc(2024, 3, 31, 23, 59, 59))).toBe('2024-03-31');
		expect(dateText(utc(1999, 12, 31, 0, 0, 0, 1))).toBe('1999-12-31');
	});

	it('rounds a serial that floating point left a millisecond short of midnight up to the next day', () => {
		expect(dateText(utc(2024, 3, 31, 23, 59, 59, 999))).toBe('2024-04-01');
	});

	it('leaves an impossible date recognisably wrong rather than empty', () => {
		expect(dateText(new Date(Number.NaN))).toBe('ongeldige datum');
	});
});

describe('cellText', () => {
	it('keeps strings exactly, spaces and line breaks included', () => {
		expect(cellText('  Welzijn, Noord\nen Oost ')).toBe('  Welzijn, Noord\nen Oost ');
		expect(cellText('007')).toBe('007');
	});

	it('writes booleans, numbers and dates the way the text import reads them', () => {
		expect(cellText(true)).toBe('true');
		expect(cellText(false)).toBe('false');
		expect(cellText(0.35)).toBe('0.35');
		expect(cellText(new Date('2024-02-29T00:00:00Z'))).toBe('2024-02-29');
	});

	it('turns an empty cell into null', () => {
		expect(cellText(null)).toBeNull();
		expect(cellText(undefined)).toBeNull();
	});
});
