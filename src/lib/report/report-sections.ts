import { gapText, type GapNames } from '../i18n/gap-text';
import { gapKinds, type Gap, type GapKind } from '../metrics/gaps';
import { quarterEnd, type Quarter } from '../metrics/period';
import { type ActionRow } from '../queries/report-actions';

/** The gaps of one kind: now, in the quarter before (null when it is not loaded), and which are new and which closed. */
export interface ReportGapKind {
	kind: GapKind;
	count: number;
	previous: number | null;
	new: string[];
	closed: string[];
	/** Every gap of the kind now, as the gap list says it. */
	items: string[];
}

const keyOf = (gap: Gap) => JSON.stringify([gap.kind, gap.wijk_id, gap.partner_id ?? null, gap.type ?? null, gap.to_partner_id ?? null]);

export function reportGaps(now: Gap[], previous: Gap[] | null, names: GapNames): ReportGapKind[] {
	const before = new Set((previous ?? []).map(keyOf));
	const after = new Set(now.map(keyOf));
	return gapKinds.map((kind) => {
		const mine = now.filter((g) => g.kind === kind);
		const theirs = (previous ?? []).filter((g) => g.kind === kind);
		return {
			kind, count: mine.length, previous: previous === null ? null : theirs.length,
			new: previous === null ? [] : mine.filter((g) => !before.has(keyOf(g))).map((g) => gapText(g, names)),
			closed: theirs.filter((g) => !after.has(keyOf(g))).map((g) => gapText(g, names)),
			items: mine.map((g) => gapText(g, names))
		};
	});
}

export const actionStatuses = ['gepland', 'lopend', 'afgerond', 'vervallen'] as const;

/** The wijkplan's actions per status at the end of the period, and those overdue then: due by then, neither done by then nor dropped. */
export function reportActions(actions: ActionRow[], period: Quarter, wijkNames: Map<string, string>) {
	const end = quarterEnd(period);
	const overdue = actions.filter((a) => a.status !== 'vervallen' && a.due_date !== null && a.due_date <= end && (a.done_date === null || a.done_date > end));
	// The export holds today's status: at the end of an earlier quarter an action done later was still under way.
	const statusAt = (a: ActionRow): ActionRow['status'] => (a.status === 'vervallen' ? 'vervallen'
		: a.done_date !== null && a.done_date <= end ? 'afgerond' : a.status === 'afgerond' ? 'lopend' : a.status);
	return {
		as_of: end,
		by_status: actionStatuses.map((status) => ({ status, count: actions.filter((a) => statusAt(a) === status).length })),
		overdue: overdue.map((a) => ({ action_id: a.action_id, title: a.title, wijk: wijkNames.get(a.wijk_id) ?? a.wijk_id, due_date: a.due_date!, status: a.status }))
	};
}
