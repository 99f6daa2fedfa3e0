import { sqlString } from '../db/connector';

/** The region (everything loaded) or one wijk: shared/METRICS.md, "Periods and scope". */
export interface Scope {
	wijk: string | null;
}

export const REGION: Scope = { wijk: null };

export const scopeLabel = (scope: Scope) => scope.wijk ?? 'region';

/** `<alias>.wijk_id = '<wijk>'`, or TRUE for the region. */
export const inScope = (scope: Scope, alias: string) => (scope.wijk === null ? 'TRUE' : `${alias}.wijk_id = ${sqlString(scope.wijk)}`);

/**
 * Referrals in scope (METRICS.md: their from-partner is in S), as the body of a FROM clause: `source`
 * (the referrals, or their per-quarter pre-aggregate) as `r`, its from-partner as `f`, then `joins`.
 * The one definition the figures and the flows share.
 */
export const referralsInScope = (scope: Scope, source: string, joins = '') =>
	`${source} r JOIN partners f ON f.partner_id = r.from_partner_id ${joins} WHERE ${inScope(scope, 'f')}`;

/** A partner (alias `p`) active on `day` (a SQL date expression). */
export const activeOn = (p: string, day: string) =>
	`((${p}.active_from IS NULL OR ${p}.active_from <= ${day}) AND (${p}.active_until IS NULL OR ${p}.active_until >= ${day}))`;

/** Active on at least one day of [start, end]. */
export const activeIn = (p: string, start: string, end: string) =>
	`((${p}.active_from IS NULL OR ${p}.active_from <= ${end}) AND (${p}.active_until IS NULL OR ${p}.active_until >= ${start}))`;

/** `num / den` as a share, NULL when the denominator is 0 (shown as "–", never 0). */
export const share = (num: string, den: string) => `CASE WHEN ${den} = 0 THEN NULL ELSE (${num})::DOUBLE / (${den}) END`;

/** On the sociale kaart, verified in the year up to `day`: (day − 365 days, day]. */
export const verifiedWithinYear = (p: string, day: string) => `COALESCE(${p}.verified_on > ${day} - 365 AND ${p}.verified_on <= ${day}, FALSE)`;
