import { t } from '../i18n';
import { shiftQuarter, type Quarter } from '../metrics/period';
import { type ReportKpi } from './report-kpis';
import { type ReportGapKind } from './report-sections';

/** "A, B en C". */
export const listed = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`);

/** A change's size across units: a share's in fractions (0,11 = 11 procentpunt), a count's relative to its previous value. */
function size(kpi: ReportKpi): number {
	const previous = (kpi.value ?? 0) - (kpi.change ?? 0);
	return kpi.kind === 'share' ? Math.abs(kpi.change ?? 0) : previous > 0 ? Math.abs(kpi.change ?? 0) / previous : 0;
}

/**
 * The report's summary in plain Dutch, made only of what the report shows: targets met and missed,
 * the largest changes, gaps new and closed, actions overdue. A hidden figure is never in a sentence.
 */
export function reportSummary(kpis: ReportKpi[], gaps: ReportGapKind[], overdue: number, period: Quarter): string[] {
	const previous = shiftQuarter(period, -1);
	const withTarget = kpis.filter((k) => k.met !== null);
	const met = withTarget.filter((k) => k.met);
	const missed = withTarget.filter((k) => !k.met);
	const hidden = kpis.filter((k) => k.hidden && k.target !== null);
	const sentences: string[] = [];
	if (withTarget.length) {
		const names = listed(met.map((k) => k.label));
		const n = withTarget.length;
		sentences.push(n === 1 ? t(met.length ? 'report.summaryTargetOne' : 'report.summaryTargetOneMissed', { names })
			: t(met.length === n ? 'report.summaryTargetsAll' : met.length ? 'report.summaryTargets' : 'report.summaryTargetsNone', { n, met: met.length, names: met.length ? `: ${names}` : '' }));
		if (missed.length) sentences.push(t('report.summaryMissed', { names: listed(missed.map((k) => t('report.missedItem', { metric: k.label, value: k.shown, target: k.target_shown }))) }));
	} else if (!hidden.length) sentences.push(t('report.summaryNoTargets'));
	if (hidden.length) sentences.push(t('report.summaryShielded', { n: hidden.length }));
	const changed = kpis.filter((k) => k.change !== undefined && k.change !== null && k.change !== 0).sort((a, b) => size(b) - size(a)).slice(0, 3);
	if (changed.length) sentences.push(t('report.summaryChanges', { n: changed.length, previous, changes: listed(changed.map((k) => `${k.label} ${k.change_shown}`)) }));
	else if (kpis.every((k) => k.change === undefined)) sentences.push(t('report.summaryNoChanges'));
	const count = gaps.reduce((sum, g) => sum + g.count, 0);
	const known = gaps.every((g) => g.previous !== null);
	const [added, closed] = [gaps.reduce((s, g) => s + g.new.length, 0), gaps.reduce((s, g) => s + g.closed.length, 0)];
	const change = [added ? t('report.summaryGapsAdded', { n: added }) : '', closed ? t('report.summaryGapsClosed', { n: closed }) : ''].filter(Boolean);
	sentences.push(known
		? t('report.summaryGaps', { n: count, previous, added: change.length ? change.join(' en ') : t('report.summaryGapsSame') })
		: t('report.summaryGapsNow', { n: count }));
	if (overdue) sentences.push(t('report.summaryOverdue', { n: overdue }));
	return sentences;
}
