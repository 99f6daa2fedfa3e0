-- meetings_total for wijk W01, 2024-Q3 and 2024-Q4 (src/lib/metrics/sql-snapshots.test.ts)
WITH periods(period, q_start, q_end, w_start) AS (VALUES ('2024-Q3', DATE '2024-07-01', DATE '2024-09-30', DATE '2023-10-01'), ('2024-Q4', DATE '2024-10-01', DATE '2024-12-31', DATE '2024-01-01')),
ties(a, b, date, meetings, referrals) AS (SELECT a, b, q, meetings, referrals FROM __ties_q)
SELECT p.period, count(m.meeting_id) AS value
			FROM periods p LEFT JOIN meetings m ON m.date BETWEEN p.q_start AND p.q_end AND m.wijk_id = 'W01'
			GROUP BY p.period
