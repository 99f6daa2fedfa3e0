import { isFraction, type MetricId } from '../contract';
import { formatChange, formatMetric, formatNumber, t } from '../i18n';
import { metricLabel } from '../i18n/vocabulary';
import { metricCards } from '../metrics/cards';
import { shiftQuarter, type Quarter } from '../metrics/period';
import { type Scope } from '../metrics/scope';
import { type MetricFractions, type MetricSeries } from '../metrics/series';
import { type GoalRow } from '../metrics/goals';
import { printed, secondary, shownCell, type ShownCell } from './shown';

/** A line of the report's KPI table: what the page prints, and the numbers only where they may be shown. */
export interface ReportKpi extends ShownCell {
	metric: MetricId;
	label: string;
	kind: 'share' | 'count';
	target: number | null;
	target_shown: string;
	/** Null also when the value is hidden: whether a hidden value reaches its target would say something about it. */
	met: boolean | null;
	/** Hidden when the value or the previous quarter's is. */
	change_shown: string;
	change?: number | null;
	/** "12 van 15" for a share that is shown. */
	fraction_shown: string | null;
	/** The sparkline's quarters and values; a hidden quarter is a gap (null), never its value. */
	series: { period: Quarter; value: number | null }[];
}

const ADDING_UP_IDS: ReadonlySet<MetricId> = new Set(['referrals_total', 'meetings_total']);

export const REFERRAL_SHARES: ReadonlySet<MetricId> = new Set(['referrals_social_share', 'feedback_rate']);

export interface ScopeData {
	quarters: Quarter[];
	series: MetricSeries;
	fractions: MetricFractions;
	goals: GoalRow[];
}

/**
 * The KPI table of a scope for `period`: with `k` (an external report) small counts and shares of
 * small denominators hidden, in the value, its change and its sparkline alike; `alsoHidden` are the
 * metrics that the wijken table hides by the secondary rule (the region's total of a column).
 */
export function reportKpis(data: ScopeData, scope: Scope, period: Quarter, k: number | null, alsoHidden: ReadonlySet<MetricId> = new Set()): ReportKpi[] {
	const cellAt = (id: MetricId, i: number, kind: 'share' | 'count') =>
		shownCell(data.series[id][i], kind, isFraction(id) ? (data.fractions[id][i] ?? null) : null, k);
	return metricCards(data.series, data.quarters, period, data.goals, scope, data.fractions).map((card) => {
		const at = data.quarters.indexOf(period);
		// A referral share of hidden referrals would pin them down (61% of 11 to 19 referrals is 11 of 18).
		const hiddenWith = alsoHidden.has(card.id) || (REFERRAL_SHARES.has(card.id) && alsoHidden.has('referrals_total'));
		const cell = k !== null && hiddenWith ? secondary(k) : cellAt(card.id, at, card.kind);
		const before = data.quarters.indexOf(shiftQuarter(period, -1));
		const previousHidden = before >= 0 && cellAt(card.id, before, card.kind).hidden !== undefined;
		const changeShown = !cell.hidden && !previousHidden && card.change !== null;
		return {
			metric: card.id, label: metricLabel(card.id), kind: card.kind, ...cell,
			target: card.target, target_shown: card.target === null ? '–' : formatMetric(card.target, card.kind),
			met: cell.hidden ? null : card.met,
			change_shown: changeShown ? formatChange(card.change!, card.kind) : cell.hidden || previousHidden ? t('report.hidden') : '–',
			...(changeShown ? { change: card.change } : {}),
			// A referral share's denominator is (part of) the referrals, which the flows table splits by sender:
			// in the external report "237 van 336" would give back a hidden sender's count by subtraction.
			fraction_shown: !cell.hidden && card.fraction && card.fraction.denominator > 0 && !(k !== null && REFERRAL_SHARES.has(card.id))
				? t('overview.fraction', { numerator: formatNumber(card.fraction.numerator), denominator: formatNumber(card.fraction.denominator) }) : null,
			// The counts that add up, over earlier quarters, only internally: across a batch the region's minus the wijken's
			// would give back those quarters' small counts without a wijk, which no table of this report shields.
			series: k !== null && ADDING_UP_IDS.has(card.id) ? card.series.map((s) => ({ period: s.period, value: null })) : card.series.map((s) => ({ period: s.period,
				value: (s.period === period ? cell : cellAt(card.id, data.quarters.indexOf(s.period), card.kind)).hidden ? null : k === null ? s.value : printed(s.value, card.kind) }))
		};
	});
}
