import { type MetricDefinition } from './types';
import { inScope } from '../scope';

export const meetingMetrics: MetricDefinition[] = [
	{
		id: 'meetings_total',
		kind: 'count',
		sql: (scope) => `SELECT p.period, count(m.meeting_id) AS value
			FROM periods p LEFT JOIN meetings m ON m.date BETWEEN p.q_start AND p.q_end AND ${inScope(scope, 'm')}
			GROUP BY p.period`
	},
	{
		id: 'partners_reached',
		kind: 'count',
		// Partners from anywhere, also outside the scope, that attended a meeting in scope.
		sql: (scope) => `SELECT p.period, count(DISTINCT a.partner_id) AS value
			FROM periods p LEFT JOIN (SELECT m.date, a.partner_id FROM meetings m JOIN attendance a ON a.meeting_id = m.meeting_id
				WHERE ${inScope(scope, 'm')}) a ON a.date BETWEEN p.q_start AND p.q_end
			GROUP BY p.period`
	}
];
