-- partners_reached for wijk W01, 2024-Q3 and 2024-Q4 (src/lib/metrics/sql-snapshots.test.ts)
WITH periods(period, q_start, q_end, w_start) AS (VALUES ('2024-Q3', DATE '2024-07-01', DATE '2024-09-30', DATE '2023-10-01'), ('2024-Q4', DATE '2024-10-01', DATE '2024-12-31', DATE '2024-01-01')),
ties(a, b, date, meetings, referrals) AS (SELECT a, b, q, meetings, referrals FROM __ties_q)
SELECT p.period, count(DISTINCT a.partner_id) AS value
			FROM periods p LEFT JOIN (SELECT m.date, a.partner_id FROM meetings m JOIN attendance a ON a.meeting_id = m.meeting_id
				WHERE m.wijk_id = 'W01') a ON a.date BETWEEN p.q_start AND p.q_end
			GROUP BY p.period
