import { binomialCdf, binomialQuantile, binomialUpperTail } from './binomial';

/** Where a unit lies against the funnel (METRICS.md, "Comparing wijken"). */
export type FunnelPosition = 'boven' | 'onder' | 'binnen';

export interface FunnelLimits {
	lower95: number;
	upper95: number;
	lower998: number;
	upper998: number;
}

/** Below this one-sided exact p-value a unit lies outside the 99.8% funnel. */
const OUTSIDE = 0.001;
// A tail equal to 0.001 is not below it, also when the tail's last digits round below (1 of 1 at p0 = 0.001).
const below = (tail: number) => tail < OUTSIDE * (1 - 1e-9);

/**
 * Spiegelhalter's exact binomial control limit for probability `alpha` at denominator n > 0
 * (Statistics in Medicine 2005, 24:1185, appendix A.1.1): the step CDF interpolated, clipped to [0, 1].
 */
export function funnelLimit(n: number, p0: number, alpha: number): number {
	// The formula would put the limits just below 1 at p0 = 1; METRICS.md: every limit then equals p0.
	if (p0 <= 0 || p0 >= 1) return p0;
	const r = binomialQuantile(alpha, n, p0);
	const at = binomialCdf(r, n, p0);
	const below = binomialCdf(r - 1, n, p0);
	const a = at > below ? (at - alpha) / (at - below) : 0;
	return Math.min(1, Math.max(0, (r - a) / n));
}

/** The 95% and 99.8% limits at denominator n > 0: the curves of the funnel plot. */
export function funnelLimits(n: number, p0: number): FunnelLimits {
	return {
		lower95: funnelLimit(n, p0, 0.025),
		upper95: funnelLimit(n, p0, 0.975),
		lower998: funnelLimit(n, p0, 0.001),
		upper998: funnelLimit(n, p0, 0.999)
	};
}

/**
 * A unit with x of n against p0, by the exact test behind the limits, so that a small unit is never
 * flagged by the limits' interpolation (1 of 1 is no evidence); null without denominator or p0.
 */
export function funnelPosition(x: number, n: number, p0: number | null): FunnelPosition | null {
	if (n === 0 || p0 === null) return null;
	if (below(binomialUpperTail(x, n, p0))) return 'boven';
	if (below(binomialCdf(x, n, p0))) return 'onder';
	return 'binnen';
}
