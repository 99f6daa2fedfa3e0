import { describe, expect, it } from 'vitest';
import { limitBySum } from './binomial.test-ref';
import { funnelLimit, funnelLimits, funnelPosition } from './funnel';

describe('the funnel limits (Spiegelhalter 2005, A.1.1)', () => {
	it('are those worked out by hand for n = 10, p0 = 0.5 (CDF in 1024ths)', () => {
		// Lower 95%: P(X ≤ 1) = 11/1024 < 0.025 ≤ P(X ≤ 2) = 56/1024, so r = 2 and a = (56 − 25.6) / 45.
		expect(funnelLimit(10, 0.5, 0.025)).toBeCloseTo((2 - 30.4 / 45) / 10, 12);
		// Upper 95%: P(X ≤ 7) = 968/1024 < 0.975 ≤ P(X ≤ 8) = 1013/1024, so r = 8 and a = (1013 − 998.4) / 45.
		expect(funnelLimit(10, 0.5, 0.975)).toBeCloseTo((8 - 14.6 / 45) / 10, 12);
		// Upper 99.8%: P(X ≤ 9) = 1023/1024 ≥ 0.999 > P(X ≤ 8), a = (1023 − 1022.976) / 10.
		expect(funnelLimit(10, 0.5, 0.999)).toBeCloseTo((9 - 0.024 / 10) / 10, 12);
	});

	it('equal the limits computed from the pmf summed directly, for several n and p0', () => {
		for (const [n, p0] of [[1, 0.5], [3, 0.02], [12, 0.25], [45, 0.8], [200, 0.6], [480, 0.05]] as const) {
			for (const alpha of [0.001, 0.025, 0.975, 0.999]) {
				expect(funnelLimit(n, p0, alpha), `n ${n}, p0 ${p0}, α ${alpha}`).toBeCloseTo(limitBySum(n, p0, alpha), 10);
			}
		}
	});

	it('approach the normal limits p0 ± z·√(p0(1 − p0)/n) for large n', () => {
		const n = 100_000;
		const p0 = 0.3;
		const se = Math.sqrt((p0 * (1 - p0)) / n);
		const limits = funnelLimits(n, p0);
		expect(limits.lower95).toBeCloseTo(p0 - 1.959964 * se, 4);
		expect(limits.upper95).toBeCloseTo(p0 + 1.959964 * se, 4);
		expect(limits.lower998).toBeCloseTo(p0 - 3.090232 * se, 4);
		expect(limits.upper998).toBeCloseTo(p0 + 3.090232 * se, 4);
	});

	it('equal p0 everywhere when p0 is 0 or 1, and stay within [0, 1]', () => {
		expect(funnelLimits(7, 0)).toEqual({ lower95: 0, upper95: 0, lower998: 0, upper998: 0 });
		expect(funnelLimits(7, 1)).toEqual({ lower95: 1, upper95: 1, lower998: 1, upper998: 1 });
		const small = funnelLimits(2, 0.01);
		expect(small.lower998).toBe(0);
		expect(Object.values(funnelLimits(2, 0.99)).every((v) => v >= 0 && v <= 1)).toBe(true);
	});
});

describe('a wijk\'s position, by the exact test', () => {
	it('does not flag 1 of 1, however far from p0 its share looks', () => {
		expect(funnelPosition(1, 1, 0.2)).toBe('binnen');
		expect(funnelPosition(0, 1, 0.9)).toBe('binnen');
		// P(X ≥ 1) = 0.001 exactly is not below 0.001; just under it is.
		expect([funnelPosition(1, 1, 0.001), funnelPosition(1, 1, 0.000999)]).toEqual(['binnen', 'boven']);
	});

	it('is boven or onder when the one-sided tail is below 0.001', () => {
		// P(X ≥ 9 | 10, 0.3) = 10·0.3⁹·0.7 + 0.3¹⁰ ≈ 0.000144; P(X ≥ 8) ≈ 0.00159.
		expect(funnelPosition(9, 10, 0.3)).toBe('boven');
		expect(funnelPosition(8, 10, 0.3)).toBe('binnen');
		// P(X ≤ 1 | 20, 0.6) ≈ 3.3e-7.
		expect(funnelPosition(1, 20, 0.6)).toBe('onder');
	});

	it('is null without denominator or pooled share; at p0 = 0 or 1 any difference is outside', () => {
		expect(funnelPosition(0, 0, 0.5)).toBeNull();
		expect(funnelPosition(1, 4, null)).toBeNull();
		expect([funnelPosition(0, 4, 0), funnelPosition(1, 4, 0)]).toEqual(['binnen', 'boven']);
		expect([funnelPosition(4, 4, 1), funnelPosition(3, 4, 1)]).toEqual(['binnen', 'onder']);
	});
});
