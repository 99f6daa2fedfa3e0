/**
 * The ties of METRICS.md, one row per fact from both partners' side: `a` is the partner, `b` the
 * other, `date` the day; a shared meeting (`meeting_id`), or a referral `a` sent (`sent`, with its
 * `feedback`) or received (`received`). A partner never ties with itself. The per-quarter
 * pre-aggregate of the figures (derived.ts) and a partner's own ties (partner-ties.ts) both read it.
 */
export const tieFactsSql = `
	SELECT from_partner_id AS a, to_partner_id AS b, date, NULL AS meeting_id, count AS sent, feedback, 0 AS received
		FROM referrals WHERE from_partner_id <> to_partner_id
	UNION ALL SELECT to_partner_id, from_partner_id, date, NULL, 0, 0, count
		FROM referrals WHERE from_partner_id <> to_partner_id
	UNION ALL SELECT x.partner_id, y.partner_id, m.date, m.meeting_id, 0, 0, 0 FROM meetings m
		JOIN attendance x ON x.meeting_id = m.meeting_id JOIN attendance y ON y.meeting_id = m.meeting_id
		WHERE x.partner_id <> y.partner_id`;
