import { isSmallCount } from '../export/suppress';
import { formatNumber, t } from '../i18n';
import { partnerTypeLabel } from '../i18n/vocabulary';
import { type Quarter } from '../metrics/period';
import { type Flow, type QuarterCount } from '../queries/flows';
import { type FlowHidden } from './flow-shield';
import { secondary, shownCell, type ShownCell } from './shown';

/** A sender type's referrals: its total and each receiver type; the hidden receivers merged into one "overige (<k)". */
export interface ReportSender {
	type: string;
	label: string;
	total: ShownCell;
	receivers: { type: string; label: string; domain: string; count: ShownCell }[];
	/** How many receivers were merged because their counts are hidden. */
	merged: number;
}

/** The key of the merged receivers, and of the senders whose totals are hidden in the sankey. */
export const OTHERS = 'overige';

const count = (value: number, k: number | null) => shownCell(value, 'count', null, k);

/**
 * The referrals of the period from type to type, each sender's line adding up to its total and the
 * totals to the scope's: with `k`, what `hidden` (the batch's suppression, `shieldFlowCube`) hides
 * shown as `<k`, and a sender's hidden receivers merged into one "overige (<k)".
 */
export function reportFlows(flows: Flow[], k: number | null, hidden: FlowHidden | null) {
	const senders = [...new Set(flows.map((f) => f.from_key))];
	const cell = (value: number, isHidden: boolean) => (k !== null && isHidden && !isSmallCount(value, k) ? secondary(k) : count(value, k));
	const sendersOut: ReportSender[] = senders.map((from) => {
		const mine = flows.filter((f) => f.from_key === from);
		const receivers = mine.map((f) => ({ type: f.to_key, label: partnerTypeLabel(f.to_key), domain: f.to_domain, count: cell(f.count, !!hidden?.cell(from, f.to_key)) }));
		const shown = receivers.filter((r) => !r.count.hidden);
		const merged = receivers.length - shown.length;
		return { type: from, label: partnerTypeLabel(from), total: cell(mine.reduce((sum, f) => sum + f.count, 0), !!hidden?.sender(from)), merged,
			receivers: merged && k !== null ? [...shown, { type: OTHERS, label: t('report.flowsOthers', { k }), domain: 'overig', count: { shown: '', hidden: 'primary' as const } }] : shown };
	});
	// In the order of what is printed, never of the counts: the order of hidden ones would rank them.
	const rank = (c: ShownCell) => (c.hidden ? -1 : (c.value ?? 0));
	for (const s of sendersOut) s.receivers.sort((a, b) => rank(b.count) - rank(a.count) || Number(a.type === OTHERS) - Number(b.type === OTHERS) || a.type.localeCompare(b.type));
	sendersOut.sort((a, b) => rank(b.total) - rank(a.total) || a.type.localeCompare(b.type));
	return { senders: sendersOut, total: cell(flows.reduce((sum, f) => sum + f.count, 0), !!hidden?.total) };
}

/**
 * Feedback per quarter of the last ones up to the period: a quarter with fewer than k referrals
 * shows `n<k`; the period's referrals are hidden also when `totalHidden` (hidden elsewhere in the report).
 * In the external report only the period's referrals are given (see below).
 */
export function reportFeedback(quarters: QuarterCount[], span: Quarter[], k: number | null, totalHidden = false) {
	return span.map((period, i): { period: Quarter; share: ShownCell; referrals?: ShownCell } => {
		const mine = quarters.filter((q) => q.period === period);
		const referrals = mine.reduce((sum, q) => sum + q.count, 0);
		const feedback = mine.reduce((sum, q) => sum + q.feedback, 0);
		const share = shownCell(referrals ? feedback / referrals : null, 'share', { numerator: feedback, denominator: referrals }, k);
		const elsewhere = k !== null && totalHidden && i === span.length - 1;
		// Earlier quarters' referrals only in the internal report: their wijken tables are not in this report, so
		// across a batch the region's minus the wijken's would give back the small count of referrals without a wijk.
		if (k !== null && i < span.length - 1) return { period, share };
		// With its referrals hidden, the share goes too, as in the KPI table: 61% of 11 to 19 is 11 of 18.
		if (elsewhere) return { period, share: share.hidden ? share : secondary(k), referrals: secondary(k) };
		return { period, share, referrals: share.hidden ? count(referrals, k) : { shown: formatNumber(referrals), value: referrals } };
	});
}
