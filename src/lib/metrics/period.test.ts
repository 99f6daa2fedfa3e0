import { describe, expect, it } from 'vitest';
import { isQuarter, quarterEnd, quarterOf, quarterStart, quartersBetween, shiftQuarter, window4 } from './period';

describe('quarters', () => {
	it('knows their first and last day, leap years included', () => {
		expect(quarterStart('2024-Q3')).toBe('2024-07-01');
		expect(quarterEnd('2024-Q1')).toBe('2024-03-31');
		expect(quarterEnd('2024-Q4')).toBe('2024-12-31');
		expect(quarterEnd('2023-Q2')).toBe('2023-06-30');
	});

	it('shift across year boundaries', () => {
		expect(shiftQuarter('2024-Q1', -1)).toBe('2023-Q4');
		expect(shiftQuarter('2023-Q4', 1)).toBe('2024-Q1');
		expect(shiftQuarter('2024-Q2', -8)).toBe('2022-Q2');
	});

	it('give the four-quarter window W4(Q)', () => {
		expect(window4('2024-Q4')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
		expect(window4('2024-Q2')).toEqual({ start: '2023-07-01', end: '2024-06-30' });
	});

	it('list and recognise quarters', () => {
		expect(quartersBetween('2023-Q3', '2024-Q2')).toEqual(['2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2']);
		expect(quarterOf('2024-11-05')).toBe('2024-Q4');
		expect(isQuarter('2024-Q4')).toBe(true);
		expect(isQuarter('2024-Q5')).toBe(false);
		expect(isQuarter(null)).toBe(false);
	});
});
