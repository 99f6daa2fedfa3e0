/**
 * The metrics and gaps of shared/METRICS.md, computed straight over the demo CSV rows (all dates are
 * ISO there), independent of the app's own code, so that the demo's story can be checked.
 */
export type Row = Record<string, string>;
export type Tables = Record<
	'wijken' | 'coordinators' | 'partners' | 'meetings' | 'attendance' | 'referrals' | 'contacts' | 'actions' | 'goals',
	Row[]
>;
export interface Window {
	start: string;
	end: string;
}

const CORE_TYPES = ['wijkteam', 'gemeente', 'welzijn', 'cjg', 'ggz', 'thuiszorg', 'apotheek', 'schuldhulp'];
const PRACTICE = ['huisartsenpraktijk', 'gezondheidscentrum'];

const iso = (d: Date): string => d.toISOString().slice(0, 10);

export function quarter(period: string): Window {
	const year = Number(period.slice(0, 4));
	const n = Number(period.slice(6));
	return { start: iso(new Date(Date.UTC(year, (n - 1) * 3, 1))), end: iso(new Date(Date.UTC(year, n * 3, 0))) };
}

/** W4(Q): the four quarters ending with Q. */
export function window4(period: string): Window {
	const { start, end } = quarter(period);
	const d = new Date(`${start}T00:00:00Z`);
	return { start: iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 9, 1))), end };
}

export const inWin = (date: string, w: Window) => date >= w.start && date <= w.end;
export const activeOn = (p: Row, day: string) => (!p.active_from || p.active_from <= day) && (!p.active_until || p.active_until >= day);
const share = (num: number, den: number): number | null => (den === 0 ? null : num / den);
const num = (v: string | undefined, fallback: number) => (v ? Number(v) : fallback);

/** Undirected ties between partners in a window (referrals either way, or a meeting both attended). */
export function ties(t: Tables, w: Window): Map<string, Set<string>> {
	const adj = new Map<string, Set<string>>();
	const link = (a: string, b: string) => {
		if (a === b) return;
		for (const [x, y] of [[a, b], [b, a]]) adj.set(x, (adj.get(x) ?? new Set()).add(y));
	};
	for (const r of t.referrals) if (inWin(r.date, w)) link(r.from_partner_id, r.to_partner_id);
	const meetingIds = new Set(t.meetings.filter((m) => inWin(m.date, w)).map((m) => m.meeting_id));
	const byMeeting = new Map<string, string[]>();
	for (const a of t.attendance)
		if (meetingIds.has(a.meeting_id)) byMeeting.set(a.meeting_id, [...(byMeeting.get(a.meeting_id) ?? []), a.partner_id]);
	for (const list of byMeeting.values()) for (const a of list) for (const b of list) link(a, b);
	return adj;
}

const partnerMap = (t: Tables) => new Map(t.partners.map((p) => [p.partner_id, p]));

export function gemeenteContactShare(t: Tables, period: string): number | null {
	const { end } = quarter(period);
	const gemeente = new Set(t.partners.filter((p) => p.type === 'gemeente').map((p) => p.partner_id));
	const started = new Set(t.coordinators.filter((c) => !c.started_on || c.started_on <= end).map((c) => c.coordinator_id));
	const withContact = new Set(
		t.contacts.filter((c) => c.date <= end && gemeente.has(c.partner_id)).map((c) => c.coordinator_id)
	);
	return share([...started].filter((c) => withContact.has(c)).length, started.size);
}

export function feedbackRate(t: Tables, period: string): number | null {
	const rows = t.referrals.filter((r) => inWin(r.date, quarter(period)));
	return share(rows.reduce((s, r) => s + num(r.feedback, 0), 0), rows.reduce((s, r) => s + num(r.count, 1), 0));
}

export function socialShare(t: Tables, period: string): number | null {
	const partners = partnerMap(t);
	const rows = t.referrals.filter((r) => inWin(r.date, quarter(period)) && partners.get(r.from_partner_id)?.domain === 'zorg');
	const social = rows.filter((r) => ['sociaal', 'gemeente'].includes(partners.get(r.to_partner_id)?.domain ?? ''));
	return share(social.reduce((s, r) => s + num(r.count, 1), 0), rows.reduce((s, r) => s + num(r.count, 1), 0));
}

export function meetingsTotal(t: Tables, period: string): number {
	return t.meetings.filter((m) => inWin(m.date, quarter(period))).length;
}

export function partnersReached(t: Tables, period: string): number {
	const ids = new Set(t.meetings.filter((m) => inWin(m.date, quarter(period))).map((m) => m.meeting_id));
	return new Set(t.attendance.filter((a) => ids.has(a.meeting_id)).map((a) => a.partner_id)).size;
}

/** practices_wijkteam_linked_share and its practice_without_wijkteam gaps. */
export function practicesLinked(t: Tables, period: string): { share: number | null; unlinked: string[] } {
	const { end } = quarter(period);
	const adj = ties(t, window4(period));
	const wijkteams = new Set(t.partners.filter((p) => p.type === 'wijkteam').map((p) => p.partner_id));
	const practices = t.partners.filter((p) => PRACTICE.includes(p.type) && activeOn(p, end));
	const unlinked = practices
		.filter((p) => ![...(adj.get(p.partner_id) ?? [])].some((x) => wijkteams.has(x)))
		.map((p) => p.partner_id);
	return { share: share(practices.length - unlinked.length, practices.length), unlinked: unlinked.sort() };
}

export function coreCoverage(t: Tables, wijk: string, period: string): { share: number; missing: string[] } {
	const { end } = quarter(period);
	const adj = ties(t, window4(period));
	const partners = partnerMap(t);
	const covered = (type: string) =>
		t.partners.some(
			(p) =>
				p.type === type &&
				activeOn(p, end) &&
				(p.wijk_id === wijk || (!p.wijk_id && [...(adj.get(p.partner_id) ?? [])].some((x) => partners.get(x)?.wijk_id === wijk)))
		);
	const missing = CORE_TYPES.filter((type) => !covered(type));
	return { share: (CORE_TYPES.length - missing.length) / CORE_TYPES.length, missing };
}
