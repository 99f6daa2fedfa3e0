import { cmp, randomDate } from './calendar';
import { specialMeetings } from './meetings-special';
import type { Rng } from './random';
import type { Attendance, Meeting, Partner } from './types';
import type { MeetingType, PartnerType } from './vocab';
import { HEALTHY_WIJKEN, NETWORK_ROLES, isActive, isPractice, type World } from './world';

export interface MeetingDraft {
	date: string;
	wijk_id: string | null;
	type: MeetingType;
	theme: string;
	coordinator_id: string | null;
	attendees: Partner[];
}

interface Pattern {
	practices: [number, number];
	wijkteam: number;
	/** Each slot adds one wijk partner of one of these types, when the wijk has one. */
	local: PartnerType[][];
	region: [number, number, string[]];
	themes: string[];
}

const PATTERNS: [MeetingType, number, Pattern][] = [
	['mdo', 3, { practices: [1, 2], wijkteam: 0.8, local: [['thuiszorg'], ['ouderenzorg', 'ggz', 'paramedisch']],
		region: [0, 1, ['ggz', 'mantelzorg', 'ziekenhuis']],
		themes: ['Kwetsbare ouderen thuis', 'Dementie en mantelzorg', 'Psychosociale problematiek', 'Valpreventie'] }],
	['casuistiek', 3, { practices: [2, 3], wijkteam: 1, local: [['welzijn']],
		region: [1, 1, ['shm', 'cjg', 'veiligthuis', 'raadslieden', 'ggz']],
		themes: ['Multiproblematiek in gezinnen', 'Schulden en gezondheid', 'Verward gedrag', 'Zorgmijders'] }],
	['lunchbijeenkomst', 3, { practices: [2, 4], wijkteam: 0.7,
		local: [['welzijn'], ['thuiszorg', 'apotheek', 'paramedisch', 'ouderenzorg', 'ggz']], region: [1, 2, NETWORK_ROLES],
		themes: ['Eenzaamheid ouderen', 'Schulden en gezondheid', 'Welzijn op Recept', 'Wonen en gezondheid'] }],
	['wijkontbijt', 1.5, { practices: [1, 2], wijkteam: 1, local: [['politie'], ['onderwijs', 'welzijn']],
		region: [1, 1, ['cjg']], themes: ['Huiselijk geweld', 'Jeugd en veiligheid', 'Opvoeden in de wijk'] }],
	['wijksafari', 1, { practices: [2, 3], wijkteam: 0.3, local: [['welzijn'], ['sport', 'vrijwilligers', 'ouderenzorg']],
		region: [2, 2, ['wor', 'sportbedrijf', 'mantelzorg']],
		themes: ['Welzijnsaanbod in de wijk', 'Bewegen en ontmoeten', 'Informele zorg'] }],
	['scholing', 2, { practices: [2, 4], wijkteam: 0, local: [['apotheek'], ['thuiszorg']], region: [0, 1, ['ggd']],
		themes: ['Laaggeletterdheid herkennen', 'Polyfarmacie bij ouderen', 'Signalen van armoede'] }]
];

/** Partners that only take part in their own scripted part of the story. */
const SCRIPTED = new Set(['cluster', 'late', 'kredietbank']);

function regular(world: World, rng: Rng, wijk: string, q: number, date: string): MeetingDraft | null {
	const [type, , pattern] = rng.weighted(PATTERNS.map((entry) => [entry, entry[1]] as const));
	const usable = (p: Partner) => isActive(p, date) && !SCRIPTED.has(p.role);
	const wijkteam = rng.chance(pattern.wijkteam) ? world.inWijk(wijk, 'wijkteam').filter(usable) : [];
	// A practice that does not (yet) work with the wijkteam does not sit at its table either.
	const practices = world
		.inWijk(wijk)
		.filter((p) => isPractice(p) && usable(p) && (wijkteam.length === 0 || world.linkQuarter(p) <= q));
	const local = pattern.local.flatMap((types) => {
		const options = world.inWijk(wijk, ...types).filter(usable);
		return options.length > 0 ? [rng.pick(options)] : [];
	});
	const [min, max, roles] = pattern.region;
	const region = rng.sample(roles.map(world.byRole).filter(usable), rng.int(min, max));
	const chosen = rng.sample(practices, rng.int(...pattern.practices));
	const attendees = [...new Set([...chosen, ...wijkteam, ...local, ...region])];
	// A coordinator's meeting always has a practice at the table and at least three parties.
	if (chosen.length === 0 || attendees.length < 3) return null;
	const coordinator_id = world.coordinatorOf(wijk).id;
	return { date, wijk_id: wijk, type, theme: rng.pick(pattern.themes), coordinator_id, attendees };
}

/** Once a year a wijk meets as a whole: all its partners and about half the region's network partners. */
function netwerk(world: World, rng: Rng, wijk: string, year: number): MeetingDraft | null {
	// 2023: spring or summer; 2024: autumn, when next year's wijkplan is drawn up.
	const q = year * 4 + rng.int(1 + year, 2 + year);
	const days = world.coordinatorDays(wijk, q);
	if (!days) return null;
	const date = randomDate(rng.next, ...days);
	const usable = (p: Partner) => isActive(p, date) && !SCRIPTED.has(p.role);
	const own = world.inWijk(wijk).filter((p) => usable(p) && (!isPractice(p) || world.linkQuarter(p) <= q));
	const region = NETWORK_ROLES.map(world.byRole).filter((p) => usable(p) && rng.chance(0.5));
	const theme = year === 0 ? 'Wijkplan 2023: knelpunten en kansen' : 'Samen verwijzen en terugkoppelen';
	return { date, wijk_id: wijk, type: 'netwerkbijeenkomst', theme, coordinator_id: world.coordinatorOf(wijk).id,
		attendees: [...own, ...region] };
}

export function draftMeetings(world: World, rng: Rng): MeetingDraft[] {
	const drafts: MeetingDraft[] = [];
	for (const wijk of HEALTHY_WIJKEN) {
		for (let q = 0; q < 8; q++) {
			const days = world.coordinatorDays(wijk, q);
			if (!days) continue;
			const n = 1 + Math.floor(q / 2) + rng.int(0, 1);
			for (let i = 0; i < n; i++) {
				const date = randomDate(rng.next, ...days);
				let draft: MeetingDraft | null = null;
				for (let attempt = 0; attempt < 50 && !draft; attempt++) draft = regular(world, rng, wijk, q, date);
				if (!draft) throw new Error(`no meeting possible in ${wijk} on ${date}`);
				drafts.push(draft);
			}
		}
		for (const year of [0, 1]) {
			const draft = netwerk(world, rng, wijk, year);
			if (draft) drafts.push(draft);
		}
	}
	return [...drafts, ...specialMeetings(world, rng)];
}

export function numberMeetings(drafts: MeetingDraft[], rng: Rng): { meetings: Meeting[]; attendance: Attendance[] } {
	const sorted = [...drafts].sort(
		(a, b) => cmp(a.date, b.date) || cmp(a.wijk_id ?? '', b.wijk_id ?? '') || cmp(a.type, b.type)
	);
	const meetings: Meeting[] = [];
	const attendance: Attendance[] = [];
	sorted.forEach((d, i) => {
		const meeting_id = `M${String(i + 1).padStart(4, '0')}`;
		meetings.push({ meeting_id, date: d.date, wijk_id: d.wijk_id, type: d.type, theme: d.theme, coordinator_id: d.coordinator_id });
		const ordered = [...d.attendees].sort((a, b) => cmp(a.partner_id, b.partner_id));
		for (const p of ordered) {
			const weights: [number, number][] = isPractice(p) ? [[1, 6], [2, 3], [3, 1]] : [[1, 8], [2, 2]];
			attendance.push({ meeting_id, partner_id: p.partner_id, attendees: rng.weighted(weights) });
		}
	});
	return { meetings, attendance };
}
