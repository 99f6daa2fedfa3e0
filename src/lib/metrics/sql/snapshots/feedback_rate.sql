-- feedback_rate for wijk W01, 2024-Q3 and 2024-Q4 (src/lib/metrics/sql-snapshots.test.ts)
WITH periods(period, q_start, q_end, w_start) AS (VALUES ('2024-Q3', DATE '2024-07-01', DATE '2024-09-30', DATE '2023-10-01'), ('2024-Q4', DATE '2024-10-01', DATE '2024-12-31', DATE '2024-01-01')),
ties(a, b, date, meetings, referrals) AS (SELECT a, b, q, meetings, referrals FROM __ties_q)
SELECT period, numerator::BIGINT AS numerator, denominator::BIGINT AS denominator, CASE WHEN denominator = 0 THEN NULL ELSE (numerator)::DOUBLE / (denominator) END AS value
	FROM (SELECT p.period, COALESCE(sum(r.feedback) FILTER (WHERE TRUE), 0) AS numerator, COALESCE(sum(r.count) FILTER (WHERE TRUE), 0) AS denominator
	FROM periods p LEFT JOIN (SELECT r.*, f.domain AS from_domain FROM __referral_flows r JOIN partners f ON f.partner_id = r.from_partner_id  WHERE f.wijk_id = 'W01') r ON r.q = p.q_start
	GROUP BY p.period)
