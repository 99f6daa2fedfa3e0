import { sqlString } from '../../db/connector';
import { quarterEnd, quarterStart, shiftQuarter, type Quarter } from '../period';

/**
 * `periods(period, q_start, q_end, w_start)`: one row per quarter, with W4(Q) = [w_start, q_end].
 * Every metric query selects one row per period from it, so a series costs one query.
 */
export function periodsCte(quarters: Quarter[]): string {
	if (!quarters.length) throw new Error('periodsCte: no quarters');
	const rows = quarters.map(
		(q) => `(${sqlString(q)}, DATE ${sqlString(quarterStart(q))}, DATE ${sqlString(quarterEnd(q))}, DATE ${sqlString(quarterStart(shiftQuarter(q, -3)))})`
	);
	return `periods(period, q_start, q_end, w_start) AS (VALUES ${rows.join(', ')})`;
}

/**
 * `ties(a, b, date, meetings, referrals)`: the ties of METRICS.md in both directions, from the
 * per-quarter pre-aggregate (derived.ts): `date` is the quarter's first day, which lies in a window
 * of whole quarters exactly when the ties' own days do.
 */
export const tiesCte = `ties(a, b, date, meetings, referrals) AS (SELECT a, b, q, meetings, referrals FROM __ties_q)`;
