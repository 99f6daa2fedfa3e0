-- coordinators_gemeente_contact_share for wijk W01, 2024-Q3 and 2024-Q4 (src/lib/metrics/sql-snapshots.test.ts)
WITH periods(period, q_start, q_end, w_start) AS (VALUES ('2024-Q3', DATE '2024-07-01', DATE '2024-09-30', DATE '2023-10-01'), ('2024-Q4', DATE '2024-10-01', DATE '2024-12-31', DATE '2024-01-01')),
ties(a, b, date, meetings, referrals) AS (SELECT a, b, q, meetings, referrals FROM __ties_q)
SELECT period, numerator::BIGINT AS numerator, denominator::BIGINT AS denominator, CASE WHEN denominator = 0 THEN NULL ELSE (numerator)::DOUBLE / (denominator) END AS value
	FROM (SELECT p.period, count(c.coordinator_id) FILTER (WHERE c.first_gemeente_contact <= p.q_end) AS numerator,
				count(c.coordinator_id) AS denominator
			FROM periods p LEFT JOIN (SELECT s.coordinator_id, s.started, min(k.date) AS first_gemeente_contact
	FROM (SELECT coordinator_id,
			CASE WHEN bool_or(started_on IS NULL) THEN DATE '0001-01-01' ELSE min(started_on) END AS started
		FROM coordinators c WHERE c.wijk_id = 'W01' GROUP BY coordinator_id) s
	LEFT JOIN contacts k ON k.coordinator_id = s.coordinator_id
		AND k.partner_id IN (SELECT partner_id FROM partners WHERE type = 'gemeente')
	GROUP BY s.coordinator_id, s.started) c ON c.started <= p.q_end
			GROUP BY p.period)
