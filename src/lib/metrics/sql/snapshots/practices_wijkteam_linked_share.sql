-- practices_wijkteam_linked_share for wijk W01, 2024-Q3 and 2024-Q4 (src/lib/metrics/sql-snapshots.test.ts)
WITH periods(period, q_start, q_end, w_start) AS (VALUES ('2024-Q3', DATE '2024-07-01', DATE '2024-09-30', DATE '2023-10-01'), ('2024-Q4', DATE '2024-10-01', DATE '2024-12-31', DATE '2024-01-01')),
ties(a, b, date, meetings, referrals) AS (SELECT a, b, q, meetings, referrals FROM __ties_q)
SELECT period, numerator::BIGINT AS numerator, denominator::BIGINT AS denominator, CASE WHEN denominator = 0 THEN NULL ELSE (numerator)::DOUBLE / (denominator) END AS value
	FROM (SELECT period, count(*) FILTER (WHERE linked) AS numerator, count(partner_id) AS denominator
			FROM (SELECT p.period, pa.partner_id, pa.wijk_id,
		EXISTS (SELECT 1 FROM ties t JOIN partners w ON w.partner_id = t.b AND w.type = 'wijkteam'
			WHERE t.a = pa.partner_id AND t.date BETWEEN p.w_start AND p.q_end) AS linked
	FROM periods p LEFT JOIN partners pa ON pa.wijk_id = 'W01' AND ((pa.active_from IS NULL OR pa.active_from <= p.q_end) AND (pa.active_until IS NULL OR pa.active_until >= p.q_end)) AND pa.type IN ('huisartsenpraktijk', 'gezondheidscentrum')) GROUP BY period)
