import { type MetricId } from '../contract';
import { type Reader } from '../db/reader';
import { metricDefinitions } from './definitions';
import { type Quarter } from './period';
import { type Scope } from './scope';
import { periodsCte, tiesCte } from './sql/periods';

/** Every metric's value per quarter, in the order of `quarters` (null: no denominator). */
export type MetricSeries = Record<MetricId, (number | null)[]>;

/** The whole query of one metric for `quarters`: one row (period, value) per quarter. */
export function metricSql(id: MetricId, scope: Scope, quarters: Quarter[]): string {
	const definition = metricDefinitions.find((d) => d.id === id)!;
	const body = definition.sql(scope);
	// Every metric may read `ties`; a CTE no query uses costs nothing, and guessing from the body did.
	return `WITH ${periodsCte(quarters)},\n${tiesCte}\n${body}`;
}

/** All metrics for all `quarters` of one scope: one query per metric. */
export async function metricSeries(db: Reader, scope: Scope, quarters: Quarter[]): Promise<MetricSeries> {
	const series = {} as MetricSeries;
	for (const { id } of metricDefinitions) {
		const rows = await db.query<{ period: string; value: number | null }>(metricSql(id, scope, quarters));
		const byPeriod = new Map(rows.map((r) => [r.period, r.value]));
		series[id] = quarters.map((q) => byPeriod.get(q) ?? null);
	}
	return series;
}
