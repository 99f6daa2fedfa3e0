import { coreTypes } from '../../contract';
import { sqlString } from '../../db/connector';
import { type MetricDefinition } from './types';
import { activeOn, inScope, verifiedWithinYear, type Scope } from '../scope';

const PRACTICE_TYPES = `('huisartsenpraktijk', 'gezondheidscentrum')`;
const CORE_TYPES = `(${coreTypes.map(sqlString).join(', ')})`;

/** Partners in scope active on end(Q), one row per period and partner (none: one row of NULLs). */
const activePartners = (scope: Scope, extra = 'TRUE') =>
	`periods p LEFT JOIN partners pa ON ${inScope(scope, 'pa')} AND ${activeOn('pa', 'p.q_end')} AND ${extra}`;

/**
 * The practices counted by `practices_wijkteam_linked_share` (period, partner_id, wijk_id, linked):
 * active on end(Q), in scope, linked when they have a tie in W4(Q) with any wijkteam.
 */
export const practicesSql = (scope: Scope) => `SELECT p.period, pa.partner_id, pa.wijk_id,
		EXISTS (SELECT 1 FROM ties t JOIN partners w ON w.partner_id = t.b AND w.type = 'wijkteam'
			WHERE t.a = pa.partner_id AND t.date BETWEEN p.w_start AND p.q_end) AS linked
	FROM ${activePartners(scope, `pa.type IN ${PRACTICE_TYPES}`)}`;

/** Per period, wijk and core type: covered in that wijk (see `core_type_coverage`). */
export const coveredTypesSql = `SELECT DISTINCT p.period, pa.wijk_id, pa.type
		FROM periods p JOIN partners pa ON pa.wijk_id IS NOT NULL AND pa.type IN ${CORE_TYPES} AND ${activeOn('pa', 'p.q_end')}
	UNION
	SELECT DISTINCT p.period, o.wijk_id, pa.type
		FROM periods p JOIN partners pa ON pa.wijk_id IS NULL AND pa.type IN ${CORE_TYPES} AND ${activeOn('pa', 'p.q_end')}
		JOIN ties t ON t.a = pa.partner_id AND t.date BETWEEN p.w_start AND p.q_end
		JOIN partners o ON o.partner_id = t.b AND o.wijk_id IS NOT NULL`;

export const partnerMetrics: MetricDefinition[] = [
	{
		id: 'practices_wijkteam_linked_share',
		kind: 'share',
		fraction: true,
		sql: (scope) => `SELECT period, count(*) FILTER (WHERE linked) AS numerator, count(partner_id) AS denominator
			FROM (${practicesSql(scope)}) GROUP BY period`
	},
	{
		id: 'active_partners_share',
		kind: 'share',
		fraction: true,
		sql: (scope) => `SELECT p.period, count(x.partner_id) AS numerator, count(pa.partner_id) AS denominator
			FROM ${activePartners(scope)} LEFT JOIN __activity_q x ON x.partner_id = pa.partner_id AND x.q = p.q_start
			GROUP BY p.period`
	},
	{
		id: 'core_type_coverage',
		kind: 'share',
		// Per wijk: covered types / 8; the region: the unweighted mean over every wijk.
		sql: (scope) => `SELECT p.period, avg(CASE WHEN w.wijk_id IS NULL THEN NULL ELSE COALESCE(c.n, 0) / ${coreTypes.length}.0 END) AS value
			FROM periods p LEFT JOIN wijken w ON ${inScope(scope, 'w')}
			LEFT JOIN (SELECT period, wijk_id, count(*) AS n FROM (${coveredTypesSql}) GROUP BY ALL) c
				ON c.period = p.period AND c.wijk_id = w.wijk_id
			GROUP BY p.period`
	},
	{
		id: 'kaart_freshness_share',
		kind: 'share',
		fraction: true,
		sql: (scope) => `SELECT p.period, count(pa.partner_id) FILTER (WHERE ${verifiedWithinYear('pa', 'p.q_end')}) AS numerator,
				count(pa.partner_id) AS denominator
			FROM ${activePartners(scope)} GROUP BY p.period`
	}
];
