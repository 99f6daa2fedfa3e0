import { sqlString } from '../../db/connector';
import { window4, type Quarter } from '../period';
import { inScope, type Scope } from '../scope';

/** A pair is one-way from this many referrals in W4(Q) without feedback (shared/METRICS.md). */
export const ONE_WAY_MIN = 5;

/**
 * The pairs of the gap `one_way_referrals` (shared/METRICS.md): from-partner in scope, at least five
 * referrals in W4(Q) and no feedback on any of them. Defined once, for the gap list and the flows view;
 * it reads the pairs' pre-aggregate (derived.ts).
 */
export const oneWayPairsSql = (scope: Scope, quarter: Quarter) => {
	const w = window4(quarter);
	return `SELECT f.wijk_id, r.from_partner_id AS partner_id, r.to_partner_id, sum(r.count)::BIGINT AS count
		FROM __pairs_q r JOIN partners f ON f.partner_id = r.from_partner_id
		WHERE ${inScope(scope, 'f')} AND r.q BETWEEN DATE ${sqlString(w.start)} AND DATE ${sqlString(w.end)}
		GROUP BY ALL HAVING sum(r.count) >= ${ONE_WAY_MIN} AND sum(r.feedback) = 0`;
};
