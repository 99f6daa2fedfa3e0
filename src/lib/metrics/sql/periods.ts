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
 * `ties(a, b, date, meetings, referrals)`: every tie of METRICS.md in both directions, one row per
 * referral row or shared meeting, between two different partners.
 */
export const tiesCte = `ties(a, b, date, meetings, referrals) AS (
	SELECT from_partner_id, to_partner_id, date, 0, count FROM referrals WHERE from_partner_id <> to_partner_id
	UNION ALL SELECT to_partner_id, from_partner_id, date, 0, count FROM referrals WHERE from_partner_id <> to_partner_id
	UNION ALL SELECT x.partner_id, y.partner_id, m.date, 1, 0 FROM meetings m
		JOIN attendance x ON x.meeting_id = m.meeting_id JOIN attendance y ON y.meeting_id = m.meeting_id
		WHERE x.partner_id <> y.partner_id)`;
