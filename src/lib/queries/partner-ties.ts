import { type Reader } from '../db/reader';
import { window4, type Quarter } from '../metrics/period';
import { tieFactsSql } from '../metrics/sql/ties';

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
		SELECT * FROM (SELECT t.b AS partner_id, p.name, count(t.meeting_id)::INTEGER AS meetings,
			sum(t.sent)::INTEGER AS referrals_out, sum(t.received)::INTEGER AS referrals_in,
			CASE WHEN sum(t.sent) = 0 THEN NULL ELSE sum(t.feedback)::DOUBLE / sum(t.sent) END AS feedback_rate
		FROM (${tieFactsSql}) t JOIN partners p ON p.partner_id = t.b
		WHERE t.a = $1 AND t.date BETWEEN $2::DATE AND $3::DATE GROUP BY t.b, p.name)
		ORDER BY meetings + referrals_out + referrals_in DESC, partner_id`, [partnerId, start, end]);
	return { partner: partner ?? null, ties };
}
