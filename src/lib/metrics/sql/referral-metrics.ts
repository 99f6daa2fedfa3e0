import { type MetricDefinition } from './types';
import { referralsInScope, type Scope } from '../scope';

/** Referral flows (derived.ts) whose from-partner is in scope, with both partners' domains. */
const scopedFlows = (scope: Scope) => `(SELECT r.*, f.domain AS from_domain FROM ${referralsInScope(scope, '__referral_flows')})`;

const perQuarter = (scope: Scope, columns: string) => `SELECT p.period, ${columns}
	FROM periods p LEFT JOIN ${scopedFlows(scope)} r ON r.q = p.q_start
	GROUP BY p.period`;

const sum = (expr: string, filter = 'TRUE') => `COALESCE(sum(${expr}) FILTER (WHERE ${filter}), 0)`;

export const referralMetrics: MetricDefinition[] = [
	{ id: 'referrals_total', kind: 'count', sql: (scope) => perQuarter(scope, `${sum('r.count')} AS value`) },
	{
		id: 'referrals_social_share',
		kind: 'share',
		fraction: true,
		sql: (scope) => perQuarter(scope, `${sum('r.count', `r.from_domain = 'zorg' AND r.to_domain IN ('sociaal', 'gemeente')`)} AS numerator,
			${sum('r.count', `r.from_domain = 'zorg'`)} AS denominator`)
	},
	{ id: 'feedback_rate', kind: 'share', fraction: true, sql: (scope) => perQuarter(scope, `${sum('r.feedback')} AS numerator, ${sum('r.count')} AS denominator`) }
];
