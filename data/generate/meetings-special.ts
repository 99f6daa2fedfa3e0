import { quarterEnd, quarterStart, randomDate } from './calendar';
import type { MeetingDraft } from './meetings';
import type { Rng } from './random';
import type { Partner } from './types';
import type { MeetingType } from './vocab';
import { HEALTHY_WIJKEN, WEAK_WIJK, isActive, isPractice, type World } from './world';

/** One regional meeting per quarter, organised by the coordinator with the longest tenure. */
const REGIONAL: [MeetingType, string][] = [
	['scholing', 'Sociale kaart en verwijsroutes'],
	['webinar', 'Welzijn op Recept'],
	['netwerkbijeenkomst', 'Schulden en gezondheid'],
	['stuurgroep', 'Voortgang wijkplannen'],
	['scholing', 'Laaggeletterdheid herkennen'],
	['webinar', 'Mantelzorg en respijtzorg'],
	['werksessie', 'Terugkoppeling tussen zorg en sociaal domein'],
	['stuurgroep', 'Wijkplannen 2025']
];
const REGIONAL_POOL = ['cjg', 'wor', 'ggd', 'ggz', 'shm', 'mantelzorg', 'raadslieden', 'woon', 'sportbedrijf'];

function regional(world: World, rng: Rng, q: number): MeetingDraft {
	const [type, theme] = REGIONAL[q];
	const date = randomDate(rng.next, quarterStart(q), quarterEnd(q));
	const role = (r: string) => world.byRole(r);
	if (type === 'stuurgroep') {
		const attendees = ['zorggroep', 'gemeente-regio', 'ggd', 'wor', 'cjg'].map(role);
		return { date, wijk_id: null, type, theme, coordinator_id: 'C01', attendees };
	}
	const attendees: Partner[] = [...rng.sample(REGIONAL_POOL, rng.int(4, 6)).map(role), role('zorggroep')];
	if (rng.chance(0.5)) attendees.push(role('gemeente-regio'));
	// Two practices per taking-part wijk, so that in a wijk's own graph this meeting is never a lone bridge.
	for (const wijk of rng.sample(HEALTHY_WIJKEN, rng.int(3, 5))) {
		const linked = world.inWijk(wijk).filter((p) => isPractice(p) && isActive(p, date) && world.linkQuarter(p) <= q);
		attendees.push(...rng.sample(linked, 2));
		if (type === 'werksessie') attendees.push(...world.inWijk(wijk, 'wijkteam'));
	}
	return { date, wijk_id: null, type, theme, coordinator_id: 'C01', attendees };
}

/**
 * Zuiderpark's informal network (Taalhuis, Buurtmoeders, Vrouwencentrum) meets only with Buurtwerk
 * Zuiderpark, which therefore alone ties it to the rest of the wijk: the single point of failure.
 */
function cluster(world: World, rng: Rng, q: number): MeetingDraft {
	const broker = world.byRole('broker');
	const members = world.partners.filter((p) => p.role === 'cluster');
	const theme = rng.pick(['Taal en gezondheid', 'Vrouwen en gezondheid', 'Informele steun in de wijk']);
	const date = randomDate(rng.next, quarterStart(q), quarterEnd(q));
	return { date, wijk_id: broker.wijk_id, type: 'werksessie', theme, coordinator_id: null, attendees: [broker, ...members] };
}

/**
 * Vlietpolder got its coordinator in January 2024. Its first meetings reach two practices, the
 * wijkteam and the apotheek; the two other practices only meet the apotheek (an FTO). The
 * gebiedsmanager and the wijkagent are not reached at all.
 */
function weak(world: World): MeetingDraft[] {
	const find = (role: string) => world.inWijk(WEAK_WIJK).filter((p) => p.role === role);
	const [wijkteam] = world.inWijk(WEAK_WIJK, 'wijkteam');
	const [apotheek] = world.inWijk(WEAK_WIJK, 'apotheek');
	const linked = find('weak-linked');
	const unlinked = find('weak-unlinked');
	const c = world.coordinatorOf(WEAK_WIJK).id;
	const m = (date: string, type: MeetingType, theme: string, attendees: Partner[]): MeetingDraft => ({
		date, wijk_id: WEAK_WIJK, type, theme, coordinator_id: c, attendees
	});
	return [
		m('2024-02-06', 'netwerkbijeenkomst', 'Kennismaking netwerk Vlietpolder', [...linked, wijkteam, apotheek]),
		m('2024-05-14', 'scholing', 'Polyfarmacie bij ouderen', [...unlinked, apotheek]),
		m('2024-09-10', 'lunchbijeenkomst', 'Verwijzen naar het wijkteam', [...linked, wijkteam]),
		m('2024-11-19', 'mdo', 'Kwetsbare ouderen thuis', [linked[0], wijkteam, apotheek])
	];
}

export function specialMeetings(world: World, rng: Rng): MeetingDraft[] {
	const drafts: MeetingDraft[] = [];
	for (let q = 0; q < 8; q++) drafts.push(regional(world, rng, q), cluster(world, rng, q));
	return [...drafts, ...weak(world)];
}
