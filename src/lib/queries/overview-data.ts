import { type Reader } from '../db/reader';
import { type GoalRow } from '../metrics/goals';
import { type Quarter } from '../metrics/period';
import { type Scope } from '../metrics/scope';
import { metricResults, type MetricFractions, type MetricSeries } from '../metrics/series';

export interface OverviewData {
	series: MetricSeries;
	fractions: MetricFractions;
	goals: GoalRow[];
}

/** Every target of the wijkplan, the region's and the wijken's. */
export const goalRows = (db: Reader) => db.query<GoalRow>('SELECT metric, target, wijk_id, period FROM goals');

/**
 * Every metric (with the fractions) for every loaded quarter of one scope, and the goals: computed once per scope and
 * data version, so that changing the period only reads from it.
 */
export async function loadOverviewData(db: Reader, scope: Scope, quarters: Quarter[]): Promise<OverviewData> {
	const { series, fractions } = await metricResults(db, scope, quarters);
	const goals = await goalRows(db);
	return { series, fractions, goals };
}
