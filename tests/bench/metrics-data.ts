// A generated region for the metrics benchmark: the import benchmark's 2,000 partners and referrals,
// plus wijken, coordinators, meetings with attendance, contacts, actions and goals over 2023–2024.
import { randomLcg } from 'd3';
import { metricIds } from '../../src/lib/contract';
import { PARTNERS, partnersCsv, referralsCsv } from './import-data';

const WIJKEN = 20;
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const wijk = (i: number) => `W${pad(i + 1, 2)}`;
const partner = (i: number) => `P${pad(i + 1, 4)}`;
const day = (pick: (n: number) => number) => new Date(Date.UTC(2023, 0, 1 + pick(731))).toISOString().slice(0, 10);
const text = (lines: string[]) => Buffer.from(`${lines.join('\n')}\n`, 'utf8');

/** Every file of the region, by file name. */
export function regionFiles(referrals: number, seed = 3): Map<string, Buffer> {
	const random = randomLcg(seed);
	const pick = (n: number) => Math.floor(random() * n);
	const wijken = ['wijk_id,name', ...Array.from({ length: WIJKEN }, (_, i) => `${wijk(i)},Wijk ${i + 1}`)];
	const coordinators = ['coordinator_id,name,wijk_id,started_on',
		...Array.from({ length: WIJKEN }, (_, i) => `C${pad(Math.floor(i / 2) + 1, 2)},Coördinator ${Math.floor(i / 2) + 1},${wijk(i)},${day(pick)}`)];
	const meetings = ['meeting_id,date,wijk_id'];
	const attendance = ['meeting_id,partner_id'];
	for (let m = 0; m < 2_000; m++) {
		const id = `M${pad(m + 1, 5)}`;
		meetings.push(`${id},${day(pick)},${wijk(pick(WIJKEN))}`);
		const present = new Set(Array.from({ length: 10 }, () => partner(pick(PARTNERS))));
		for (const p of present) attendance.push(`${id},${p}`);
	}
	const contacts = ['date,coordinator_id,partner_id', ...Array.from({ length: 5_000 }, () => `${day(pick)},C${pad(pick(WIJKEN / 2) + 1, 2)},${partner(pick(PARTNERS))}`)];
	const actions = ['action_id,wijk_id,title,status,due_date,done_date', ...Array.from({ length: 400 }, (_, i) => {
		const due = day(pick);
		return `A${pad(i + 1, 4)},${wijk(pick(WIJKEN))},Actie ${i + 1},${pick(3) ? 'afgerond' : 'lopend'},${due},${pick(2) ? due : ''}`;
	})];
	const goals = ['metric,target,wijk_id,period', ...metricIds.map((id) => `${id},0.5,,`)];
	return new Map([
		['wijken.csv', text(wijken)], ['coordinators.csv', text(coordinators)], ['partners.csv', partnersCsv()],
		['meetings.csv', text(meetings)], ['attendance.csv', text(attendance)], ['referrals.csv', referralsCsv(referrals)],
		['contacts.csv', text(contacts)], ['actions.csv', text(actions)], ['goals.csv', text(goals)]
	]);
}
