import { describe, expect, it } from 'vitest';
import { binomialCdf, binomialQuantile, binomialUpperTail, logGamma } from './binomial';
import { pmfBySum } from './binomial.test-ref';

const cumulative = (xs: number[]) => xs.map(((sum) => (x: number) => (sum += x))(0));

describe('the binomial tails', () => {
	it('give known exact values', () => {
		expect(binomialCdf(5, 10, 0.5)).toBeCloseTo(638 / 1024, 14);
		expect(binomialCdf(2, 10, 0.5)).toBeCloseTo(56 / 1024, 14);
		expect(binomialCdf(0, 3, 0.2)).toBeCloseTo(0.512, 14);
		expect(binomialUpperTail(3, 3, 0.2)).toBeCloseTo(0.008, 14);
		expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
		expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
	});

	it('equal the pmf summed term by term, also in the far tails', () => {
		for (const [n, p] of [[1, 0.5], [7, 0.03], [40, 0.5], [150, 0.9], [400, 0.37]] as const) {
			const pmf = pmfBySum(n, p);
			const cdf = cumulative(pmf);
			const upper = cumulative([...pmf].reverse()).reverse();
			for (let k = 0; k <= n; k++) {
				expect(binomialCdf(k, n, p), `P(X ≤ ${k}), n ${n}, p ${p}`).toBeCloseTo(cdf[k], 11);
				expect(binomialUpperTail(k, n, p), `P(X ≥ ${k})`).toBeCloseTo(upper[k], 11);
				// Small tails keep their relative precision (the positions compare them with 0.001).
				if (cdf[k] > 1e-300 && cdf[k] < 1e-3) expect(Math.abs(binomialCdf(k, n, p) / cdf[k] - 1)).toBeLessThan(1e-8);
				if (upper[k] > 1e-300 && upper[k] < 1e-3) expect(Math.abs(binomialUpperTail(k, n, p) / upper[k] - 1)).toBeLessThan(1e-8);
			}
		}
	});

	it('handle the edges: k outside 0…n, p = 0 and p = 1', () => {
		expect([binomialCdf(-1, 5, 0.3), binomialCdf(5, 5, 0.3), binomialCdf(0, 5, 0), binomialCdf(4, 5, 1)]).toEqual([0, 1, 1, 0]);
		expect([binomialUpperTail(0, 5, 0.3), binomialUpperTail(6, 5, 0.3), binomialUpperTail(1, 5, 0), binomialUpperTail(5, 5, 1)]).toEqual([1, 0, 0, 1]);
	});

	it('find the smallest r with P(X ≤ r) ≥ q', () => {
		expect(binomialQuantile(0.025, 10, 0.5)).toBe(2);
		expect(binomialQuantile(0.975, 10, 0.5)).toBe(8);
		expect([binomialQuantile(0.49, 1, 0.5), binomialQuantile(0.51, 1, 0.5)]).toEqual([0, 1]);
		const big = binomialQuantile(0.999, 1_000_000, 0.25);
		expect(binomialCdf(big, 1_000_000, 0.25)).toBeGreaterThanOrEqual(0.999);
		expect(binomialCdf(big - 1, 1_000_000, 0.25)).toBeLessThan(0.999);
	});
});
