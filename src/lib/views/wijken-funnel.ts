import { type FractionId } from '../contract';
import { type Comparison } from '../metrics/compare';
import { funnelLimits, type FunnelPosition } from '../stats/funnel';

export interface FunnelDot {
	id: string;
	label: string;
	n: number;
	numerator: number;
	share: number;
	position: FunnelPosition;
}

/** Denominators along which the limits are drawn: dense where the funnel bends (small n), every wijk's own n included. */
function curveNs(maxN: number, dots: FunnelDot[]): number[] {
	const steps = 80;
	const grid = Array.from({ length: steps + 1 }, (_, i) => Math.max(1, Math.round(maxN ** (i / steps))));
	return [...new Set([...grid, ...dots.map((d) => d.n)])].sort((a, b) => a - b);
}

/** The funnel of one share at the comparison's period: its wijken with a denominator, the pooled p0 and the limits as curves. */
export function funnelOf(comparison: Comparison, share: FractionId) {
	const p0 = comparison.pooled[share];
	const dots: FunnelDot[] = comparison.wijken.flatMap((w) => {
		const { numerator, denominator } = w.fractions[share];
		const position = w.funnel[share].position;
		return denominator > 0 && position ? [{ id: w.wijk_id, label: w.name, n: denominator, numerator, share: numerator / denominator, position }] : [];
	});
	const maxN = Math.max(1, ...dots.map((d) => d.n));
	const curve = p0 === null ? [] : curveNs(maxN, dots).map((n) => ({ n, ...funnelLimits(n, p0) }));
	return { p0, dots, curve, outside: dots.filter((d) => d.position !== 'binnen') };
}
