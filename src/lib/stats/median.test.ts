import { describe, expect, it } from 'vitest';
import { median } from './median';

describe('the median', () => {
	it('takes the middle value, or the mean of the two middle ones, leaving nulls out', () => {
		expect(median([3, null, 1, 2])).toBe(2);
		expect(median([10, 1, null, 4, 2])).toBe(3);
		expect(median([0.25])).toBe(0.25);
		expect(median([null, null])).toBeNull();
		expect(median([])).toBeNull();
	});
});
