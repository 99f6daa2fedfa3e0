import { metricIds, type MetricId } from '../contract';
import { metricCards, type MetricCard } from '../metrics/cards';
import { metricKind } from '../metrics/definitions';
import { per1000, per1000Ids, type Comparison } from '../metrics/compare';
import { type Quarter } from '../metrics/period';
import { type MetricResults } from '../metrics/series';
import { median } from '../stats/median';
import { type WijkenData } from './wijken';
import { type WijkenSettings } from './wijken-settings';

/** One cell of the wijken table: the value shown (per 1,000 patients when switched, for the counts) and its card's context. */
export interface WijkenCell {
	value: number | null;
	/** Per 1,000 patients. */
	per1000: boolean;
	kind: 'share' | 'count';
	/** The target in the same unit as `value`; null without one. */
	target: number | null;
	met: boolean | null;
	change: number | null;
	series: { period: Quarter; value: number | null }[];
	fraction: { numerator: number; denominator: number } | null;
}

export interface WijkenLine {
	/** A wijk's id, `median` or `region`. */
	id: string;
	name: string;
	cells: Record<MetricId, WijkenCell>;
}

const isPer1000 = (id: MetricId) => (per1000Ids as readonly string[]).includes(id);

function cellsOf(cards: MetricCard[], patients: number | null, perThousand: boolean): Record<MetricId, WijkenCell> {
	return Object.fromEntries(cards.map((card) => {
		const perPatients = perThousand && isPer1000(card.id);
		const shown = (v: number | null) => (perPatients ? per1000(v, patients) : v);
		return [card.id, {
			value: shown(card.value), per1000: perPatients, kind: card.kind, target: shown(card.target), met: card.met, change: shown(card.change),
			series: card.series.map((s) => ({ period: s.period, value: shown(s.value) })), fraction: card.fraction
		} satisfies WijkenCell];
	})) as Record<MetricId, WijkenCell>;
}

/** The wijk lines in the settings' order (nulls last, either way), then the median and the region. */
export function wijkenTable(data: WijkenData, region: MetricResults, settings: WijkenSettings, period: Quarter, regionName: string, medianName: string) {
	const { history, goals } = data;
	const comparison = data.byPeriod.get(period) as Comparison;
	const lines: WijkenLine[] = history.wijken.map((w) => {
		const results = history.results.get(w.wijk_id)!;
		const cards = metricCards(results.series, history.quarters, period, goals, { wijk: w.wijk_id }, results.fractions);
		return { id: w.wijk_id, name: w.name, cells: cellsOf(cards, w.patients, settings.per1000) };
	});
	const sort = settings.sort;
	const sign = settings.descending ? -1 : 1;
	lines.sort((a, b) => {
		if (sort === 'wijk') return sign * (a.name.localeCompare(b.name, 'nl') || (a.id < b.id ? -1 : 1));
		const [x, y] = [a.cells[sort].value, b.cells[sort].value];
		if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
		return sign * (x - y) || (a.id < b.id ? -1 : 1);
	});
	const medianLine: WijkenLine = {
		id: 'median', name: medianName,
		cells: Object.fromEntries(metricIds.map((id) => {
			const value = settings.per1000 && isPer1000(id) ? median(lines.map((l) => l.cells[id].value)) : comparison.median[id];
			const cell: WijkenCell = { value, kind: metricKind(id), target: null, met: null, change: null, series: [], fraction: null, per1000: settings.per1000 && isPer1000(id) };
			return [id, cell];
		})) as Record<MetricId, WijkenCell>
	};
	// The region's patients: all wijken's, when every wijk says how many it has.
	const patients = history.wijken.every((w) => w.patients !== null) ? history.wijken.reduce((sum, w) => sum + (w.patients ?? 0), 0) : null;
	const regionCards = metricCards(region.series, history.quarters, period, goals, { wijk: null }, region.fractions);
	return { lines, median: medianLine, region: { id: 'region', name: regionName, cells: cellsOf(regionCards, patients, settings.per1000) } };
}

/** The small multiples of `metric`: each wijk's shown series, the median of the wijken per quarter, one y-scale for all. */
export function multiplesOf(lines: WijkenLine[], metric: MetricId) {
	const first = lines[0]?.cells[metric];
	const quarters = first?.series.map((s) => s.period) ?? [];
	const panels = lines.map((l) => ({ id: l.id, label: l.name, values: l.cells[metric].series.map((s) => s.value) }));
	const known = panels.flatMap((p) => p.values).filter((v): v is number => v !== null);
	const kind = first?.kind ?? 'count';
	return {
		quarters, panels, kind, perPatients: first?.per1000 ?? false,
		median: quarters.map((_, i) => median(panels.map((p) => p.values[i] ?? null))),
		yDomain: (kind === 'share' ? [0, 1] : [Math.min(0, ...known), Math.max(1, ...known)]) as [number, number]
	};
}
