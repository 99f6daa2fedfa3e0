import { type Reader } from '../db/reader';
import { window4, type Quarter } from './period';

export type PartnerDetails = {
	partner_id: string;
	name: string;
	type: string;
	domain: string | null;
	wijk_id: string | null;
	contact_person: string | null;
	phone: string | null;
	email: string | null;
	verified_on: string | null;
};

/** One tie of a partner in W4(Q): shared meetings, referrals each way, and the feedback on those it sent. */
export type TieDetail = {
	partner_id: string;
	name: string;
	meetings: number;
	referrals_out: number;
	referrals_in: number;
	/** Feedback on the referrals sent / referrals sent; null when none were sent. */
	feedback_rate: number | null;
};

/** The partner's card and every tie it has in W4(Q), most weight first. */
export async function partnerTies(db: Reader, partnerId: string, quarter: Quarter): Promise<{ partner: PartnerDetails | null; ties: TieDetail[] }> {
	const { start, end } = window4(quarter);
	const [partner] = await db.query<PartnerDetails>(
		`SELECT partner_id, name, type, domain, wijk_id, contact_person, phone, email, verified_on FROM partners WHERE partner_id = ?`, [partnerId]);
	const ties = await db.query<TieDetail>(`
		WITH met AS (SELECT x.partner_id AS other, count(DISTINCT m.meeting_id) AS meetings
				FROM meetings m JOIN attendance me ON me.meeting_id = m.meeting_id AND me.partner_id = $1
				JOIN attendance x ON x.meeting_id = m.meeting_id AND x.partner_id <> $1
				WHERE m.date BETWEEN $2::DATE AND $3::DATE GROUP BY 1),
			sent AS (SELECT to_partner_id AS other, sum(count) AS n, sum(feedback) AS feedback FROM referrals
				WHERE from_partner_id = $1 AND to_partner_id <> $1 AND date BETWEEN $2::DATE AND $3::DATE GROUP BY 1),
			received AS (SELECT from_partner_id AS other, sum(count) AS n FROM referrals
				WHERE to_partner_id = $1 AND from_partner_id <> $1 AND date BETWEEN $2::DATE AND $3::DATE GROUP BY 1),
			others AS (SELECT other FROM met UNION SELECT other FROM sent UNION SELECT other FROM received)
		SELECT * FROM (SELECT o.other AS partner_id, p.name, COALESCE(met.meetings, 0)::INTEGER AS meetings,
			COALESCE(sent.n, 0)::INTEGER AS referrals_out, COALESCE(received.n, 0)::INTEGER AS referrals_in,
			CASE WHEN COALESCE(sent.n, 0) = 0 THEN NULL ELSE sent.feedback::DOUBLE / sent.n END AS feedback_rate
		FROM others o JOIN partners p ON p.partner_id = o.other
		LEFT JOIN met ON met.other = o.other LEFT JOIN sent ON sent.other = o.other LEFT JOIN received ON received.other = o.other)
		ORDER BY meetings + referrals_out + referrals_in DESC, partner_id`, [partnerId, start, end]);
	return { partner: partner ?? null, ties };
}
