import { type QuarterCount } from '../../queries/flows';

/** The rows of `quarters` only: the keys are ranked by these quarters, whatever else was loaded. */
const within = (rows: QuarterCount[], quarters: string[]) => rows.filter((r) => quarters.includes(r.period));

/**
 * Counts per quarter and key (of `quarters` only), the largest `keep` keys by their total and the rest as one `rest` key,
 * so a stacked bar never needs more colours than the palette has.
 */
export function stackedSeries(all: QuarterCount[], quarters: string[], keep: number, rest: string) {
	const rows = within(all, quarters);
	const totals = new Map<string, number>();
	for (const r of rows) totals.set(r.key, (totals.get(r.key) ?? 0) + r.count);
	const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key]) => key);
	const keys = ranked.length > keep + 1 ? [...ranked.slice(0, keep), rest] : ranked;
	const keyOf = (key: string) => (keys.includes(key) ? key : rest);
	const counts = quarters.map((period) => {
		const row: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
		for (const r of rows) if (r.period === period) row[keyOf(r.key)] += r.count;
		return { period, counts: row, total: keys.reduce((sum, k) => sum + row[k], 0) };
	});
	return { keys, counts };
}

/** Feedback rate per quarter of `quarters` for the `keep` receivers (types) with most referrals in them; null without referrals. */
export function feedbackSeries(all: QuarterCount[], quarters: string[], keep: number) {
	const rows = within(all, quarters);
	const totals = new Map<string, number>();
	for (const r of rows) totals.set(r.key, (totals.get(r.key) ?? 0) + r.count);
	const keys = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, keep).map(([key]) => key);
	const rate = (inQ: QuarterCount[]) => {
		const count = inQ.reduce((s, r) => s + r.count, 0);
		return count ? inQ.reduce((s, r) => s + r.feedback, 0) / count : null;
	};
	return {
		keys,
		lines: keys.map((key) => ({ key, rates: quarters.map((q) => rate(rows.filter((r) => r.period === q && r.key === key))) })),
		overall: quarters.map((q) => rate(rows.filter((r) => r.period === q)))
	};
}
