import { completeLines, isSmallCount, type Line } from '../export/suppress';
import { formatNumber, t } from '../i18n';
import { partnerTypeLabel } from '../i18n/vocabulary';
import { type Quarter } from '../metrics/period';
import { type Flow, type QuarterCount } from '../queries/flows';
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
 * totals to the region's: with `k` the primary rule in every cell and the secondary rule along both
 * kinds of line, so that no hidden count can be had back by subtraction; hidden receivers merged.
 * `totalHidden`: the scope's referrals are hidden elsewhere in the report (the wijken table), so their total here too.
 */
export function reportFlows(flows: Flow[], k: number | null, totalHidden = false) {
	const senders = [...new Set(flows.map((f) => f.from_key))];
	const bySender = senders.map((s) => flows.filter((f) => f.from_key === s));
	// Cells: every flow grouped by sender (the query orders by count, senders interleaved), then each sender's total, then the grand total (last).
	const cells = [...bySender.flat().map((f) => f.count), ...bySender.map((fs) => fs.reduce((sum, f) => sum + f.count, 0))];
	cells.push(cells.slice(flows.length).reduce((sum, c) => sum + c, 0));
	let at = 0;
	const lines: Line[] = bySender.map((fs, s) => ({ members: fs.map(() => at++), total: flows.length + s }));
	lines.push({ members: senders.map((_, s) => flows.length + s), total: cells.length - 1 });
	const primary = cells.map((c, i) => k !== null && (isSmallCount(c, k) || (totalHidden && i === cells.length - 1)));
	const hidden = k === null ? primary : completeLines(cells, lines, primary);
	const cellOf = (i: number) => (k !== null && hidden[i] && !isSmallCount(cells[i], k) ? secondary(k) : count(cells[i], k));
	at = 0;
	const sendersOut: ReportSender[] = bySender.map((fs, s) => {
		const receivers = fs.map((f) => ({ type: f.to_key, label: partnerTypeLabel(f.to_key), domain: f.to_domain, count: cellOf(at++) }));
		const shown = receivers.filter((r) => !r.count.hidden);
		const merged = receivers.length - shown.length;
		return { type: senders[s], label: partnerTypeLabel(senders[s]), total: cellOf(flows.length + s), merged,
			receivers: merged && k !== null ? [...shown, { type: OTHERS, label: t('report.flowsOthers', { k }), domain: 'overig', count: { shown: '', hidden: 'primary' as const } }] : shown };
	});
	return { senders: sendersOut, total: cellOf(cells.length - 1) };
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
		return { period, share, referrals: elsewhere ? secondary(k) : share.hidden ? count(referrals, k) : { shown: formatNumber(referrals), value: referrals } };
	});
}
