import { describe, expect, it } from 'vitest';
import { fitScales, turnsBetter } from './quarter-turn';

const wide = { width: 800, height: 500 };

describe('turning the map a quarter', () => {
	it('turns a tall network on a wide map, and leaves a square one upright', () => {
		expect(fitScales(100, 200, wide)).toEqual([2.5, 4]);
		expect(turnsBetter(fitScales(100, 200, wide))).toBe(true);
		expect(turnsBetter(fitScales(100, 100, wide))).toBe(false);
		expect(turnsBetter(fitScales(150, 100, { width: 300, height: 420 }))).toBe(true);
	});

	it('keeps the way it is shown unless the other way is clearly larger', () => {
		const slightly = fitScales(100, 110, wide);
		expect(turnsBetter(slightly, false)).toBe(false);
		expect(turnsBetter(slightly, true)).toBe(true);
		expect(turnsBetter(fitScales(200, 100, wide), true)).toBe(false);
	});
});
