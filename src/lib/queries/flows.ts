import { sqlNumber, sqlString } from '../db/connector';
import { type Reader } from '../db/reader';
import { quarterEnd, quarterStart, type Quarter } from '../metrics/period';
import { inScope, REGION, referralsInScope, type Scope } from '../metrics/scope';
import { oneWayPairsSql } from '../metrics/sql/one-way';

/** Each side of a flow is a partner type, or one organisation. */
export type FlowLevel = 'type' | 'partner';

export type FlowQuery = {
	scope: Scope;
	/** The quarters first … last, inclusive. */
	first: Quarter;
	last: Quarter;
	from: FlowLevel;
	to: FlowLevel;
	/** Only these reasons; null for all. */
	reasons: string[] | null;
};

/** Referrals from one sender to one receiver (a type or an organisation), with their feedback. A type's label is readable; the view gives its Dutch name. */
export type Flow = {
	from_key: string;
	from_label: string;
	to_key: string;
	to_label: string;
	to_domain: string;
	count: number;
	feedback: number;
};

const side = (level: FlowLevel, alias: string, as: 'from' | 'to') => level === 'type'
	? `${alias}.type AS ${as}_key, replace(${alias}.type, '_', ' ') AS ${as}_label`
	: `${alias}.partner_id AS ${as}_key, ${alias}.name AS ${as}_label`;

/** Referrals in scope (METRICS.md: their from-partner is in S) dated in first … last, with the reason filter. */
const scopedReferrals = (scope: Scope, first: Quarter, last: Quarter, reasons: string[] | null) => `${referralsInScope(scope, 'referrals',
	'JOIN partners t ON t.partner_id = r.to_partner_id')} AND r.date BETWEEN DATE ${sqlString(quarterStart(first))} AND DATE ${sqlString(quarterEnd(last))}
	${reasons ? `AND r.reason IN (${reasons.length ? reasons.map(sqlString).join(', ') : 'NULL'})` : ''}`;

/**
 * The flows of a period or range, one row per sender and receiver; summed they are `referrals_total`
 * over the range. A partner may carry its own domain, so a receiving type can span two: the row takes
 * the first by name, the same every time.
 */
const flowsSql = (q: FlowQuery) => q.from === 'type' && q.to === 'type' && !q.reasons ? typeFlowsSql(q)
	: `SELECT ${side(q.from, 'f', 'from')}, ${side(q.to, 't', 'to')},
		min(t.domain) AS to_domain, sum(r.count)::BIGINT AS count, sum(r.feedback)::BIGINT AS feedback
	FROM ${scopedReferrals(q.scope, q.first, q.last, q.reasons)}
	GROUP BY ALL`;

/**
 * Type-to-type referrals in scope over first … last, from their per-quarter pre-aggregate (derived.ts,
 * a tenth of the rows): for every query at type or domain level without a reason filter.
 */
const typeFlowsIn = (scope: Scope, first: Quarter, last: Quarter) => `__type_flows_q r
	WHERE ${inScope(scope, 'r')} AND r.q BETWEEN DATE ${sqlString(quarterStart(first))} AND DATE ${sqlString(quarterStart(last))}`;

const typeFlowsSql = (q: FlowQuery) => `SELECT r.from_type AS from_key, replace(r.from_type, '_', ' ') AS from_label,
		r.to_type AS to_key, replace(r.to_type, '_', ' ') AS to_label,
		min(r.to_domain) AS to_domain, sum(r.count)::BIGINT AS count, sum(r.feedback)::BIGINT AS feedback
	FROM ${typeFlowsIn(q.scope, q.first, q.last)}
	GROUP BY ALL`;

const ORDER = 'ORDER BY count DESC, from_key, to_key';

/** The flows, largest first; with `limit` only that many, each row telling how many flows there are in all. */
export function flowRows(db: Reader, q: FlowQuery, limit?: number): Promise<(Flow & { all_flows: number })[]> {
	// The limit is written in, not bound: a prepared statement costs the engine two more round trips.
	return db.query(`SELECT *, count(*) OVER () AS all_flows FROM (${flowsSql(q)}) ${ORDER} ${limit ? `LIMIT ${sqlNumber(Math.floor(limit))}` : ''}`);
}

/** The key of the merged "all others" sender or receiver. */
export const OTHERS = '__others';

/**
 * The flows with at most `max` senders and `max` receivers, for a chart: the largest by their total,
 * the rest merged into one "others" on each side (receiving domain `overig`). Totals and feedback are
 * kept, so the chart still adds up to referrals_total, and a region of thousands of organisations
 * (hundreds of thousands of pairs) never leaves DuckDB as more than max² rows.
 */
export function chartFlows(db: Reader, q: FlowQuery, max: number, labels: { from: string; to: string }): Promise<Flow[]> {
	const kept = (column: string) => `(SELECT ${column} FROM (SELECT ${column}, sum(count) AS n FROM flows GROUP BY 1)
		QUALIFY count(*) OVER () <= ${sqlNumber(max)} OR row_number() OVER (ORDER BY n DESC, ${column}) < ${sqlNumber(max)})`;
	return db.query<Flow>(`WITH flows AS (${flowsSql(q)}),
		senders AS ${kept('from_key')}, receivers AS ${kept('to_key')}
		SELECT CASE WHEN s.from_key IS NULL THEN ${sqlString(OTHERS)} ELSE f.from_key END AS from_key,
			min(CASE WHEN s.from_key IS NULL THEN ${sqlString(labels.from)} ELSE f.from_label END) AS from_label,
			CASE WHEN r.to_key IS NULL THEN ${sqlString(OTHERS)} ELSE f.to_key END AS to_key,
			min(CASE WHEN r.to_key IS NULL THEN ${sqlString(labels.to)} ELSE f.to_label END) AS to_label,
			min(CASE WHEN r.to_key IS NULL THEN 'overig' ELSE f.to_domain END) AS to_domain,
			sum(f.count)::BIGINT AS count, sum(f.feedback)::BIGINT AS feedback
		FROM flows f LEFT JOIN senders s ON s.from_key = f.from_key LEFT JOIN receivers r ON r.to_key = f.to_key
		GROUP BY 1, 3 ${ORDER}`);
}

/**
 * The period's flows from type to type of the whole region, per wijk of the sender (null: a sender
 * without wijk): what the report's small-cell suppression needs across a batch of wijk reports.
 */
export function flowsPerWijk(db: Reader, period: Quarter): Promise<(Flow & { wijk_id: string | null })[]> {
	return db.query(`SELECT r.wijk_id, r.from_type AS from_key, replace(r.from_type, '_', ' ') AS from_label,
			r.to_type AS to_key, replace(r.to_type, '_', ' ') AS to_label,
			min(r.to_domain) AS to_domain, sum(r.count)::BIGINT AS count, sum(r.feedback)::BIGINT AS feedback
		FROM ${typeFlowsIn(REGION, period, period)}
		GROUP BY ALL ORDER BY count DESC, from_key, to_key, r.wijk_id`);
}

export type QuarterCount = { period: Quarter; key: string; count: number; feedback: number };

/** Referrals per quarter of first … last, by reason, by destination domain or by destination type. */
export function flowsByQuarter(db: Reader, scope: Scope, first: Quarter, last: Quarter, by: 'reason' | 'domain' | 'type',
	reasons: string[] | null): Promise<QuarterCount[]> {
	const period = (date: string) => `concat(year(${date}), '-Q', quarter(${date})) AS period`;
	if (by !== 'reason' && !reasons) {
		return db.query<QuarterCount>(`SELECT ${period('r.q')}, r.${by === 'type' ? 'to_type' : 'to_domain'} AS key,
				sum(r.count)::BIGINT AS count, sum(r.feedback)::BIGINT AS feedback
			FROM ${typeFlowsIn(scope, first, last)}
			GROUP BY ALL ORDER BY period, key`);
	}
	const key = { reason: 'r.reason', domain: 't.domain', type: 't.type' }[by];
	return db.query<QuarterCount>(`SELECT ${period('r.date')}, ${key} AS key,
			sum(r.count)::BIGINT AS count, sum(r.feedback)::BIGINT AS feedback
		FROM ${scopedReferrals(scope, first, last, reasons)}
		GROUP BY ALL ORDER BY period, key`);
}

export type OneWayPair = { wijk_id: string | null; partner_id: string; from_name: string; to_partner_id: string; to_name: string; count: number };

/** The one-way pairs of the gap list (W4(Q)), with both names and their number of referrals. */
export function oneWayPairs(db: Reader, scope: Scope, quarter: Quarter): Promise<OneWayPair[]> {
	return db.query<OneWayPair>(`SELECT o.wijk_id, o.partner_id, f.name AS from_name, o.to_partner_id, t.name AS to_name, o.count
		FROM (${oneWayPairsSql(scope, quarter)}) o
		JOIN partners f ON f.partner_id = o.partner_id JOIN partners t ON t.partner_id = o.to_partner_id
		ORDER BY o.count DESC, o.partner_id, o.to_partner_id`);
}
