import { isFraction, type FractionId, type MetricId } from '../contract';
import { sqlString } from '../db/connector';
import { type Reader } from '../db/reader';
import { metricDefinitions } from './definitions';
import { type Quarter } from './period';
import { share, type Scope } from './scope';
import { periodsCte, tiesCte } from './sql/periods';

/** Every metric's value per quarter, in the order of `quarters` (null: no denominator). */
export type MetricSeries = Record<MetricId, (number | null)[]>;

/** What a share is made of (METRICS.md, "Fractions"); the share is numerator / denominator, null for 0. */
export interface Fraction {
	numerator: number;
	denominator: number;
}

/** Every fraction's numerator and denominator per quarter, in the order of `quarters`. */
export type MetricFractions = Record<FractionId, Fraction[]>;

/** Each metric's value and, for the fractions, what the value is made of: from the same query. */
export interface MetricResults {
	series: MetricSeries;
	fractions: MetricFractions;
}

type ResultRow = { period: string; value: number | null; numerator?: number; denominator?: number };

/** One metric for one scope, `(period, value)`, plus `numerator, denominator` for a fraction; a fraction's value is computed from them. */
function metricSelect(id: MetricId, scope: Scope): string {
	const definition = metricDefinitions.find((d) => d.id === id)!;
	const body = definition.sql(scope);
	if (!definition.fraction) return body;
	return `SELECT period, numerator::BIGINT AS numerator, denominator::BIGINT AS denominator, ${share('numerator', 'denominator')} AS value
	FROM (${body})`;
}

// Every metric may read `ties`; a CTE no query uses costs nothing, and guessing from the body did.
const withCtes = (quarters: Quarter[], body: string) => `WITH ${periodsCte(quarters)},\n${tiesCte}\n${body}`;

/** The whole query of one metric for `quarters`: one row per quarter. */
export function metricSql(id: MetricId, scope: Scope, quarters: Quarter[]): string {
	return withCtes(quarters, metricSelect(id, scope));
}

/** One metric for several wijken in one query: the rows of each, tagged with its `wijk_id`. */
export function wijkenMetricSql(id: MetricId, wijkIds: string[], quarters: Quarter[]): string {
	return withCtes(quarters, wijkIds.map((w) => `SELECT ${sqlString(w)} AS wijk_id, * FROM (${metricSelect(id, { wijk: w })})`).join('\nUNION ALL '));
}

function emptyResults(): MetricResults {
	return { series: {} as MetricSeries, fractions: {} as MetricFractions };
}

function addRows(results: MetricResults, id: MetricId, rows: ResultRow[], quarters: Quarter[]): void {
	const byPeriod = new Map(rows.map((r) => [r.period, r]));
	results.series[id] = quarters.map((q) => byPeriod.get(q)?.value ?? null);
	if (isFraction(id)) {
		results.fractions[id] = quarters.map((q) => ({ numerator: byPeriod.get(q)?.numerator ?? 0, denominator: byPeriod.get(q)?.denominator ?? 0 }));
	}
}

/** All metrics, with the fractions, for all `quarters` of one scope: one query per metric. */
export async function metricResults(db: Reader, scope: Scope, quarters: Quarter[]): Promise<MetricResults> {
	const results = emptyResults();
	for (const { id } of metricDefinitions) addRows(results, id, await db.query<ResultRow>(metricSql(id, scope, quarters)), quarters);
	return results;
}

/** All metrics for all `quarters` of one scope. */
export async function metricSeries(db: Reader, scope: Scope, quarters: Quarter[]): Promise<MetricSeries> {
	return (await metricResults(db, scope, quarters)).series;
}

/**
 * Wijken per query: each is one branch of a UNION ALL, which DuckDB's parser nests one level deeper per
 * branch, and it refuses more than 1,000 levels (a national comparison has 1,000 wijken).
 */
export const WIJKEN_PER_QUERY = 200;

/** `metricResults` for every wijk of `wijkIds` at once: one query per metric (per 200 wijken), not one per metric and wijk. */
export async function wijkenResults(db: Reader, wijkIds: string[], quarters: Quarter[], perQuery = WIJKEN_PER_QUERY): Promise<Map<string, MetricResults>> {
	const out = new Map(wijkIds.map((w) => [w, emptyResults()]));
	for (const { id } of metricDefinitions) {
		const rows = new Map(wijkIds.map((w) => [w, [] as ResultRow[]]));
		for (let i = 0; i < wijkIds.length; i += perQuery) {
			const batch = await db.query<ResultRow & { wijk_id: string }>(wijkenMetricSql(id, wijkIds.slice(i, i + perQuery), quarters));
			for (const row of batch) rows.get(row.wijk_id)?.push(row);
		}
		for (const [w, results] of out) addRows(results, id, rows.get(w)!, quarters);
	}
	return out;
}
