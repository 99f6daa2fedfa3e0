import { type MetricId } from '../contract';
import { metricKind } from './definitions';
import { type Quarter } from './period';
import { type Scope } from './scope';

export type GoalRow = {
	metric: string;
	target: number;
	wijk_id: string | null;
	/** `YYYY-Qn`, `YYYY`, or null for a standing goal. */
	period: string | null;
};

/**
 * The target of `metric` for `scope` in `quarter`, or null. A goal without wijk is the region's; for
 * a share it is also every wijk's that has no goal of its own, for a count never (a wijk is not
 * judged against the region's total). A wijk's own goal wins; then the most specific period: the
 * quarter, then its year, then a standing goal. Two goals of the same rank: the last row loaded.
 */
export function resolveTarget(goals: GoalRow[], metric: MetricId, scope: Scope, quarter: Quarter): number | null {
	const regionGoalApplies = scope.wijk === null || metricKind(metric) === 'share';
	const rank = (g: GoalRow): number | null => {
		if (g.metric !== metric) return null;
		if (g.wijk_id === null ? !regionGoalApplies : g.wijk_id !== scope.wijk) return null;
		const periodRank = g.period === null ? 0 : g.period === quarter.slice(0, 4) ? 1 : g.period === quarter ? 2 : null;
		if (periodRank === null) return null;
		return (g.wijk_id === null ? 0 : 3) + periodRank;
	};
	let best: { rank: number; target: number } | null = null;
	for (const goal of goals) {
		const r = rank(goal);
		if (r !== null && (best === null || r >= best.rank)) best = { rank: r, target: goal.target };
	}
	return best?.target ?? null;
}
