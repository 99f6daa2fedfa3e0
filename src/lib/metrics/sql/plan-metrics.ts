import { type MetricDefinition } from './types';
import { inScope, type Scope } from '../scope';

/**
 * Coordinators in scope with the day they started (the earliest `started_on` among their rows in
 * scope; a null one counts as always started) and their first contact with any gemeente partner.
 */
export const coordinatorsSql = (scope: Scope) => `SELECT s.coordinator_id, s.started, min(k.date) AS first_gemeente_contact
	FROM (SELECT coordinator_id,
			CASE WHEN bool_or(started_on IS NULL) THEN DATE '0001-01-01' ELSE min(started_on) END AS started
		FROM coordinators c WHERE ${inScope(scope, 'c')} GROUP BY coordinator_id) s
	LEFT JOIN contacts k ON k.coordinator_id = s.coordinator_id
		AND k.partner_id IN (SELECT partner_id FROM partners WHERE type = 'gemeente')
	GROUP BY s.coordinator_id, s.started`;

export const planMetrics: MetricDefinition[] = [
	{
		id: 'coordinators_gemeente_contact_share',
		kind: 'share',
		fraction: true,
		sql: (scope) => `SELECT p.period, count(c.coordinator_id) FILTER (WHERE c.first_gemeente_contact <= p.q_end) AS numerator,
				count(c.coordinator_id) AS denominator
			FROM periods p LEFT JOIN (${coordinatorsSql(scope)}) c ON c.started <= p.q_end
			GROUP BY p.period`
	},
	{
		id: 'actions_done_share',
		kind: 'share',
		fraction: true,
		sql: (scope) => `SELECT p.period, count(a.action_id) FILTER (WHERE a.done_date <= p.q_end) AS numerator, count(a.action_id) AS denominator
			FROM periods p LEFT JOIN actions a ON ${inScope(scope, 'a')} AND a.status <> 'vervallen' AND a.due_date <= p.q_end
			GROUP BY p.period`
	}
];
