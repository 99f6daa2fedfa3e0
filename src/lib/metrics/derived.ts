import { type Connector } from '../db/connector';
import { ONE_WAY_MIN } from './sql/one-way';
import { tieFactsSql } from './sql/ties';

/**
 * Pre-aggregates per quarter that the metric, network and gap queries read instead of the raw rows:
 * every window of METRICS.md is whole quarters, so a referral or meeting counts the same by its
 * quarter as by its day. A million referrals become tens of thousands of flow rows.
 * They are TEMP tables (never persisted), built on the first query that needs them; whoever changes
 * the data calls `dropDerived` (the session does in `refresh()`), so an import does not pay for them.
 */
const derived: Record<string, string> = {
	// Referrals by quarter, from-partner and the to-partner's domain.
	__referral_flows: `SELECT date_trunc('quarter', r.date)::DATE AS q, r.from_partner_id, t.domain AS to_domain,
			sum(r.count)::BIGINT AS count, sum(r.feedback)::BIGINT AS feedback
		FROM referrals r JOIN partners t ON t.partner_id = r.to_partner_id GROUP BY ALL ORDER BY q`,
	// Referrals by quarter, the sender's wijk and both partner types: the flows view at type level
	// without a reason filter (a hundred thousand rows for a million referrals; the sender's wijk is
	// its scope, `inScope(scope, 'r')`).
	__type_flows_q: `SELECT date_trunc('quarter', r.date)::DATE AS q, f.wijk_id, f.type AS from_type, t.type AS to_type,
			t.domain AS to_domain, sum(r.count)::BIGINT AS count, sum(r.feedback)::BIGINT AS feedback
		FROM referrals r JOIN partners f ON f.partner_id = r.from_partner_id JOIN partners t ON t.partner_id = r.to_partner_id
		GROUP BY ALL ORDER BY q`,
	// Referrals by quarter and pair, for the one-way pairs: only pairs with ONE_WAY_MIN referrals over
	// all quarters, since a window never holds more than that (every row counts at least 1).
	// (A semi join on the pairs' totals: a third of the time of a window over every pair and quarter.)
	__pairs_q: `SELECT date_trunc('quarter', r.date)::DATE AS q, r.from_partner_id, r.to_partner_id,
			sum(r.count)::BIGINT AS count, sum(r.feedback)::BIGINT AS feedback
		FROM referrals r SEMI JOIN (SELECT from_partner_id, to_partner_id FROM referrals GROUP BY ALL HAVING sum(count) >= ${ONE_WAY_MIN}) c
			USING (from_partner_id, to_partner_id)
		GROUP BY ALL ORDER BY q`,
	// Ties of METRICS.md in both directions, by quarter: shared meetings and referral counts.
	__ties_q: `SELECT date_trunc('quarter', date)::DATE AS q, a, b, count(meeting_id)::INTEGER AS meetings, sum(sent + received)::BIGINT AS referrals
		FROM (${tieFactsSql}) GROUP BY ALL ORDER BY q`,
	// Who did anything in a quarter: attended a meeting, sent or received a referral, had a coordinator contact.
	__activity_q: `SELECT DISTINCT partner_id, date_trunc('quarter', date)::DATE AS q FROM (
			SELECT a.partner_id, m.date FROM attendance a JOIN meetings m ON m.meeting_id = a.meeting_id
			UNION ALL SELECT from_partner_id, date FROM referrals
			UNION ALL SELECT to_partner_id, date FROM referrals
			UNION ALL SELECT partner_id, date FROM contacts)`,
	// Who received a referral, and who attended a meeting, per quarter (for unknown faces).
	__received_q: `SELECT DISTINCT to_partner_id AS partner_id, date_trunc('quarter', date)::DATE AS q FROM referrals`,
	__attended_q: `SELECT DISTINCT a.partner_id, date_trunc('quarter', m.date)::DATE AS q FROM attendance a JOIN meetings m USING (meeting_id)`
};

const building = new WeakMap<Connector, Promise<void>>();

/*
 * Build and drop are each one statement batch, so the connector's queue runs either whole before or
 * whole after the other: a build started while a drop is queued can never see half of the tables.
 */
const buildSql = Object.entries(derived).map(([name, sql]) => `CREATE OR REPLACE TEMP TABLE ${name} AS ${sql};`).join('\n');
const dropSql = Object.keys(derived).map((name) => `DROP TABLE IF EXISTS ${name};`).join(' ');

/** Builds the pre-aggregates once per data version; concurrent callers share one build. */
export function ensureDerived(db: Connector): Promise<void> {
	let build = building.get(db);
	if (!build) {
		build = db.exec(buildSql);
		building.set(db, build);
		build.catch(() => building.delete(db));
	}
	return build;
}

/** Forgets the pre-aggregates after the data changed; the next query rebuilds them. */
export async function dropDerived(db: Connector): Promise<void> {
	building.delete(db);
	await db.exec(dropSql);
}
