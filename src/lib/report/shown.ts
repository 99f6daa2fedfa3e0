import { hiddenCount, hiddenShare, isSmallCount, isSmallShare } from '../export/suppress';
import { formatMetric } from '../i18n';
import { type Fraction } from '../metrics/series';

/** Why a cell of an external report is hidden: its own small number, or to keep another from being subtracted back. */
export type Hidden = 'primary' | 'secondary';

/** A number as the report prints it; `value` is absent when it is hidden, so that no export can carry it. */
export interface ShownCell {
	shown: string;
	value?: number | null;
	hidden?: Hidden;
}

/** The cell of a value with the primary rule applied when `k` is set (an external report): a small count `<k`, a share of a small denominator `n<k`. */
export function shownCell(value: number | null, kind: 'share' | 'count', fraction: Fraction | null, k: number | null): ShownCell {
	if (k !== null && kind === 'count' && isSmallCount(value, k)) return { shown: hiddenCount(k), hidden: 'primary' };
	if (k !== null && kind === 'share' && fraction && isSmallShare(fraction.denominator, k)) return { shown: hiddenShare(k), hidden: 'primary' };
	return { shown: formatMetric(value, kind), value: k !== null ? printed(value, kind) : value };
}

/**
 * A value of the external report as precise as the page prints it (a share to whole percents): the
 * unrounded share, 0.6111… = 11/18, would give back the counts it is made of.
 */
export const printed = (value: number | null, kind: 'share' | 'count') => (value === null || kind === 'count' ? value : Math.round(value * 100) / 100);

/** The same cell hidden by the secondary rule. */
export const secondary = (k: number): ShownCell => ({ shown: hiddenCount(k), hidden: 'secondary' });
