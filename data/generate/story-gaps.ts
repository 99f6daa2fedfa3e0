import { activeOn, coreCoverage, inWin, practicesLinked, quarter, window4, type Tables } from './story-check';
import { articulationPoints, isolates, wijkGraph } from './story-graph';

export interface Gap {
	kind: string;
	wijk_id: string | null;
	partner_id?: string;
	type?: string;
	to_partner_id?: string;
}

export function oneWayPairs(t: Tables, period: string): [string, string][] {
	const w = window4(period);
	const sums = new Map<string, [number, number]>();
	for (const r of t.referrals.filter((x) => inWin(x.date, w))) {
		const key = `${r.from_partner_id}|${r.to_partner_id}`;
		const [count, feedback] = sums.get(key) ?? [0, 0];
		sums.set(key, [count + Number(r.count || 1), feedback + Number(r.feedback || 0)]);
	}
	return [...sums]
		.filter(([, [count, feedback]]) => count >= 5 && feedback === 0)
		.map(([key]) => key.split('|') as [string, string])
		.sort();
}

export function staleEntries(t: Tables, period: string): string[] {
	const { end } = quarter(period);
	const d = new Date(`${end}T00:00:00Z`);
	const limit = new Date(d.getTime() - 365 * 86_400_000).toISOString().slice(0, 10);
	return t.partners
		.filter((p) => activeOn(p, end) && !(p.verified_on > limit && p.verified_on <= end))
		.map((p) => p.partner_id)
		.sort();
}

export function unknownFaces(t: Tables, period: string): string[] {
	const w = window4(period);
	const received = new Set(t.referrals.filter((r) => inWin(r.date, w)).map((r) => r.to_partner_id));
	const meetings = new Set(t.meetings.filter((m) => inWin(m.date, w)).map((m) => m.meeting_id));
	const attended = new Set(t.attendance.filter((a) => meetings.has(a.meeting_id)).map((a) => a.partner_id));
	return [...received].filter((p) => !attended.has(p)).sort();
}

/** Every gap of METRICS.md for the region scope. */
export function regionGaps(t: Tables, period: string): Gap[] {
	const wijkOf = new Map(t.partners.map((p) => [p.partner_id, p.wijk_id || null]));
	const gaps: Gap[] = [];
	for (const { wijk_id } of t.wijken) {
		for (const type of coreCoverage(t, wijk_id, period).missing) gaps.push({ kind: 'missing_core_type', wijk_id, type });
		const graph = wijkGraph(t, wijk_id, period);
		for (const partner_id of isolates(graph)) gaps.push({ kind: 'isolated_partner', wijk_id, partner_id });
		for (const partner_id of articulationPoints(graph)) gaps.push({ kind: 'single_point_of_failure', wijk_id, partner_id });
	}
	const own = (partner_id: string) => ({ wijk_id: wijkOf.get(partner_id) ?? null, partner_id });
	for (const id of practicesLinked(t, period).unlinked) gaps.push({ kind: 'practice_without_wijkteam', ...own(id) });
	for (const [from, to] of oneWayPairs(t, period)) gaps.push({ kind: 'one_way_referrals', ...own(from), to_partner_id: to });
	for (const id of staleEntries(t, period)) gaps.push({ kind: 'stale_kaart_entry', ...own(id) });
	for (const id of unknownFaces(t, period)) gaps.push({ kind: 'unknown_face', ...own(id) });
	return gaps;
}
