// Seeded contract files for the import benchmark: a partner list and referral exports of any size.
// Every row is valid (known ids, contract vocabularies, dates in 2023–2024), UTF-8, comma, LF.
import { randomLcg } from 'd3';
import { partnerTypes, referralReasons } from '../../src/lib/contract';

export const PARTNERS = 2_000;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const partnerId = (i: number) => `P${pad(i + 1, 4)}`;
const typeIds = partnerTypes.entries.map((e) => e.id);
const reasonIds = referralReasons.entries.map((e) => e.id);

/** Every day of 2023 and 2024 as `YYYY-MM-DD`. */
const days: string[] = [];
for (let d = new Date(Date.UTC(2023, 0, 1)); d.getUTCFullYear() < 2025; d.setUTCDate(d.getUTCDate() + 1)) {
	days.push(d.toISOString().slice(0, 10));
}

function picker(seed: number): (n: number) => number {
	const random = randomLcg(seed);
	return (n) => Math.floor(random() * n);
}

/** `partners.csv`: partner_id, name, type, wijk_id (W01..W20). */
export function partnersCsv(seed = 1): Buffer {
	const pick = picker(seed);
	const lines = ['partner_id,name,type,wijk_id'];
	for (let i = 0; i < PARTNERS; i++) {
		const type = typeIds[pick(typeIds.length)];
		lines.push(`${partnerId(i)},Organisatie ${i + 1} (${type}),${type},W${pad(pick(20) + 1, 2)}`);
	}
	return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

/** `referrals.csv` with `rows` rows between the partners of `partnersCsv`. */
export function referralsCsv(rows: number, seed = 2): Buffer {
	const pick = picker(seed);
	const lines = ['referral_id,date,from_partner_id,to_partner_id,reason,count,feedback'];
	for (let i = 0; i < rows; i++) {
		const from = pick(PARTNERS);
		const to = (from + 1 + pick(PARTNERS - 1)) % PARTNERS; // never the same partner
		const count = 1 + pick(3);
		const feedback = pick(count + 1);
		lines.push(`R${pad(i + 1, 7)},${days[pick(days.length)]},${partnerId(from)},${partnerId(to)},${reasonIds[pick(reasonIds.length)]},${count},${feedback}`);
	}
	return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}
