import { isFraction, metricIds, type MetricId } from '../contract';
import { completeLines, isSmallCount } from '../export/suppress';
import { type Comparison } from '../metrics/compare';
import { metricKind } from '../metrics/definitions';
import { REGION_SCOPE } from './flow-shield';
import { REFERRAL_SHARES } from './report-kpis';
import { secondary, shownCell, type ShownCell } from './shown';

/** The columns whose wijk rows and "zonder wijk" add up to the region (METRICS.md, "Small-cell suppression"). */
export const ADDING_UP = ['referrals_total', 'meetings_total'] as const satisfies readonly MetricId[];

export interface ReportWijk {
	/** Null for "zonder wijk": what no wijk counts (referrals from partners without a wijk, meetings without one). */
	wijk_id: string | null;
	name: string;
	cells: Partial<Record<MetricId, ShownCell>>;
}

/**
 * The report's wijken table at the comparison's period: for the region every wijk and "zonder wijk",
 * whose counts with the wijken's add up to the region's `total`; for a wijk's report that wijk
 * alone. With `k`, the primary rule in every cell and the secondary rule down each adding-up column
 * of the region's table, its total included, also in a wijk's report: the batch of a zorggroep holds
 * both, and a wijk's report showing a count that the region's hides would let a reader subtract it
 * back. `hiddenReferrals`: the flows' suppression across the batch (`shieldFlowCube`), whose totals
 * per wijk are this table's referrals. `hiddenTotals` are the columns the KPI table must hide as well: the region's total, or the wijk's cell.
 */
export function reportWijken(comparison: Comparison, wijk: string | null, total: Record<MetricId, number | null>, k: number | null, noWijkName: string,
	hiddenReferrals: (scope: string | null) => boolean = () => false) {
	const rows = comparison.wijken;
	const lines: ReportWijk[] = rows.map((w) => ({
		wijk_id: w.wijk_id, name: w.name,
		cells: Object.fromEntries(metricIds.map((id) => [id, shownCell(w.metrics[id], metricKind(id), isFraction(id) ? w.fractions[id] : null, k)]))
	}));
	const withoutWijk = (id: MetricId) => (total[id] === null ? null : total[id]! - rows.reduce((sum, w) => sum + (w.metrics[id] ?? 0), 0));
	const noWijk: ReportWijk = { wijk_id: null, name: noWijkName, cells: Object.fromEntries(ADDING_UP.map((id) => [id, shownCell(withoutWijk(id), 'count', null, k)])) };
	const hiddenTotals = new Set<MetricId>();
	if (k !== null) {
		for (const id of ADDING_UP) {
			// One line per column: the wijken, then "zonder wijk", adding up to the region's total (last).
			const cells = [...rows.map((w) => w.metrics[id]), withoutWijk(id), total[id]];
			const scopes = [...rows.map((w) => w.wijk_id), null, REGION_SCOPE];
			const primary = cells.map((c) => isSmallCount(c, k));
			// The referrals start from what the flows' suppression hides (its totals are these cells), so that both say the same.
			const seed = primary.map((p, i) => p || (id === 'referrals_total' && hiddenReferrals(scopes[i])));
			completeLines(cells, [{ members: cells.slice(0, -1).map((_, i) => i), total: cells.length - 1 }], seed).forEach((hidden, i) => {
				if (!hidden || primary[i]) return;
				if (i === cells.length - 1) hiddenTotals.add(id);
				else (i < rows.length ? lines[i] : noWijk).cells[id] = secondary(k);
			});
		}
	}
	// A referral share of a line whose referrals are hidden would pin them down (61% of 11 to 19 is 11 of 18).
	if (k !== null) for (const line of lines) if (line.cells.referrals_total?.hidden === 'secondary') for (const id of REFERRAL_SHARES) if (!line.cells[id]?.hidden) line.cells[id] = secondary(k);
	if (wijk === null) return { lines: [...lines, noWijk], hiddenTotals };
	const mine = lines.filter((l) => l.wijk_id === wijk);
	return { lines: mine, hiddenTotals: new Set(ADDING_UP.filter((id) => mine[0]?.cells[id]?.hidden === 'secondary')) };
}
