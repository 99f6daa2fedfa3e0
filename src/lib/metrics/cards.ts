import { isFraction, metricIds, type MetricId } from '../contract';
import { metricKind } from './definitions';
import { resolveTarget, type GoalRow } from './goals';
import { shiftQuarter, type Quarter } from './period';
import { type Scope } from './scope';
import { type Fraction, type MetricFractions, type MetricSeries } from './series';

/** What the overview shows of one metric for one period and scope. */
export interface MetricCard {
	id: MetricId;
	kind: 'share' | 'count';
	period: Quarter;
	value: number | null;
	/** What a share (of METRICS.md, "Fractions") is made of: "12 van 15"; null for the others. */
	fraction: Fraction | null;
	previous: number | null;
	/** value − previous (for shares in fractions: 0.05 = 5 procentpunt); null when either is missing. */
	change: number | null;
	target: number | null;
	/** value ≥ target; null without target or value. */
	met: boolean | null;
	/** The last eight quarters up to `period` that are loaded, oldest first. */
	series: { period: Quarter; value: number | null }[];
}

export const SERIES_LENGTH = 8;

/** The cards for `period` from a series over `quarters` (ascending) of one scope. */
export function metricCards(series: MetricSeries, quarters: Quarter[], period: Quarter, goals: GoalRow[], scope: Scope,
	fractions: Partial<MetricFractions> = {}): MetricCard[] {
	const at = quarters.indexOf(period);
	if (at < 0) return [];
	const previousQuarter = shiftQuarter(period, -1);
	const previousAt = quarters.indexOf(previousQuarter);
	return metricIds.map((id) => {
		const values = series[id];
		const value = values[at];
		const previous = previousAt < 0 ? null : values[previousAt];
		const target = resolveTarget(goals, id, scope, period);
		return {
			id,
			kind: metricKind(id),
			period,
			value,
			fraction: isFraction(id) ? (fractions[id]?.[at] ?? null) : null,
			previous,
			change: value === null || previous === null ? null : value - previous,
			target,
			met: value === null || target === null ? null : value >= target,
			series: quarters.slice(Math.max(0, at - SERIES_LENGTH + 1), at + 1).map((q) => ({ period: q, value: values[quarters.indexOf(q)] }))
		};
	});
}
