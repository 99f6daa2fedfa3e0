import { fractionIds, metricIds, type FractionId, type MetricId } from '../contract';
import { type Reader } from '../db/reader';
import { funnelLimits, funnelPosition, type FunnelPosition } from '../stats/funnel';
import { median } from '../stats/median';
import { type Quarter } from './period';
import { wijkenResults, type Fraction, type MetricResults } from './series';

/** The counts that are also given per 1,000 patients. */
export const per1000Ids = ['referrals_total', 'meetings_total', 'partners_reached'] as const satisfies readonly MetricId[];
export type Per1000Id = (typeof per1000Ids)[number];

/** A wijk's place in the funnel of one share; all null when its denominator is 0. */
export interface FunnelEntry {
	lower95: number | null;
	upper95: number | null;
	lower998: number | null;
	upper998: number | null;
	position: FunnelPosition | null;
}

export interface WijkRow {
	wijk_id: string;
	name: string;
	patients: number | null;
}

export interface WijkComparison extends WijkRow {
	metrics: Record<MetricId, number | null>;
	fractions: Record<FractionId, Fraction>;
	per_1000: Record<Per1000Id, number | null>;
	funnel: Record<FractionId, FunnelEntry>;
}

/** The wijken compared for one period: the JSON of `npm run metrics -- --compare` (METRICS.md, "Comparing wijken"). */
export interface Comparison {
	period: Quarter;
	wijken: WijkComparison[];
	median: Record<MetricId, number | null>;
	pooled: Record<FractionId, number | null>;
}

/** A count per 1,000 patients; null without patients (none or unknown) or without a value. */
export const per1000 = (value: number | null, patients: number | null) => (patients && patients > 0 && value !== null ? (value / patients) * 1000 : null);

const byId = <K extends string, T>(ids: readonly K[], value: (id: K) => T) => Object.fromEntries(ids.map((id) => [id, value(id)])) as Record<K, T>;

function funnelEntry({ numerator, denominator }: Fraction, p0: number | null): FunnelEntry {
	const limits = denominator > 0 && p0 !== null ? funnelLimits(denominator, p0) : null;
	return {
		lower95: limits?.lower95 ?? null,
		upper95: limits?.upper95 ?? null,
		lower998: limits?.lower998 ?? null,
		upper998: limits?.upper998 ?? null,
		position: funnelPosition(numerator, denominator, p0)
	};
}

/** Every wijk (sorted by wijk_id) with its metrics and fractions over `quarters`, in their order. */
export interface WijkenHistory {
	wijken: WijkRow[];
	quarters: Quarter[];
	results: Map<string, MetricResults>;
}

/** The comparison at `period`, one of the history's quarters. */
export function compareWijken({ wijken, quarters, results }: WijkenHistory, period: Quarter): Comparison {
	const at = quarters.indexOf(period);
	if (at < 0) throw new Error(`compareWijken: ${period} is not among the quarters`);
	const of = (w: WijkRow) => results.get(w.wijk_id)!;
	const pooled = byId(fractionIds, (id) => {
		const sum = (key: keyof Fraction) => wijken.reduce((total, w) => total + of(w).fractions[id][at][key], 0);
		const denominator = sum('denominator');
		return denominator === 0 ? null : sum('numerator') / denominator;
	});
	const rows = wijken.map((w): WijkComparison => {
		const metrics = byId(metricIds, (id) => of(w).series[id][at]);
		const fractions = byId(fractionIds, (id) => of(w).fractions[id][at]);
		return {
			wijk_id: w.wijk_id,
			name: w.name,
			patients: w.patients,
			metrics,
			fractions,
			per_1000: byId(per1000Ids, (id) => per1000(metrics[id], w.patients)),
			funnel: byId(fractionIds, (id) => funnelEntry(fractions[id], pooled[id]))
		};
	});
	return { period, wijken: rows, median: byId(metricIds, (id) => median(rows.map((r) => r.metrics[id]))), pooled };
}

/** Every wijk's metrics and fractions for `quarters`: one query per metric for all wijken and quarters. */
export async function loadWijkenHistory(db: Reader, quarters: Quarter[]): Promise<WijkenHistory> {
	const wijken = await db.query<WijkRow & Record<string, string | number | null>>('SELECT wijk_id, name, patients FROM wijken ORDER BY wijk_id');
	return { wijken, quarters, results: await wijkenResults(db, wijken.map((w) => w.wijk_id), quarters) };
}

/** The comparison of every wijk at `period`, as the command line gives it. */
export async function loadComparison(db: Reader, period: Quarter): Promise<Comparison> {
	return compareWijken(await loadWijkenHistory(db, [period]), period);
}
