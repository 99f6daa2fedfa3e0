-- core_type_coverage for wijk W01, 2024-Q3 and 2024-Q4 (src/lib/metrics/sql-snapshots.test.ts)
WITH periods(period, q_start, q_end, w_start) AS (VALUES ('2024-Q3', DATE '2024-07-01', DATE '2024-09-30', DATE '2023-10-01'), ('2024-Q4', DATE '2024-10-01', DATE '2024-12-31', DATE '2024-01-01')),
ties(a, b, date, meetings, referrals) AS (SELECT a, b, q, meetings, referrals FROM __ties_q)
SELECT p.period, avg(CASE WHEN w.wijk_id IS NULL THEN NULL ELSE COALESCE(c.n, 0) / 8.0 END) AS value
			FROM periods p LEFT JOIN wijken w ON w.wijk_id = 'W01'
			LEFT JOIN (SELECT period, wijk_id, count(*) AS n FROM (SELECT DISTINCT p.period, pa.wijk_id, pa.type
		FROM periods p JOIN partners pa ON pa.wijk_id IS NOT NULL AND pa.type IN ('wijkteam', 'gemeente', 'welzijn', 'cjg', 'ggz', 'thuiszorg', 'apotheek', 'schuldhulp') AND ((pa.active_from IS NULL OR pa.active_from <= p.q_end) AND (pa.active_until IS NULL OR pa.active_until >= p.q_end))
	UNION
	SELECT DISTINCT p.period, o.wijk_id, pa.type
		FROM periods p JOIN partners pa ON pa.wijk_id IS NULL AND pa.type IN ('wijkteam', 'gemeente', 'welzijn', 'cjg', 'ggz', 'thuiszorg', 'apotheek', 'schuldhulp') AND ((pa.active_from IS NULL OR pa.active_from <= p.q_end) AND (pa.active_until IS NULL OR pa.active_until >= p.q_end))
		JOIN ties t ON t.a = pa.partner_id AND t.date BETWEEN p.w_start AND p.q_end
		JOIN partners o ON o.partner_id = t.b AND o.wijk_id IS NOT NULL) GROUP BY ALL) c
				ON c.period = p.period AND c.wijk_id = w.wijk_id
			GROUP BY p.period
