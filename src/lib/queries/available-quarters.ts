import { type Reader } from '../db/reader';
import { quarterOf, quartersBetween, type Quarter } from '../metrics/period';

/** Every quarter from the earliest to the latest dated meeting, referral or contact. */
export async function availableQuarters(db: Reader): Promise<Quarter[]> {
	const [range] = await db.query<{ first: string | null; last: string | null }>(
		`SELECT min(d) AS first, max(d) AS last FROM (
			SELECT date AS d FROM meetings UNION ALL SELECT date FROM referrals UNION ALL SELECT date FROM contacts)`
	);
	if (!range?.first || !range.last) return [];
	return quartersBetween(quarterOf(range.first), quarterOf(range.last));
}
