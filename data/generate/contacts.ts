import { cmp, randomDate } from './calendar';
import type { Rng } from './random';
import { COORDINATORS } from './region-data';
import type { Contact, Partner } from './types';
import type { Channel } from './vocab';
import { NETWORK_ROLES, WEAK_WIJK, isActive, isPractice, type World } from './world';

const CHANNELS: [Channel, number][] = [['overleg', 3], ['telefoon', 3], ['mail', 3], ['bezoek', 1.5]];

/** Whom a coordinator contacts on a day, grouped with weights; gemeente only after the first meeting with it. */
function groups(world: World, wijk: string, date: string, firstGemeente: string | null): [Partner[], number][] {
	const usable = (p: Partner) => isActive(p, date) && !['cluster', 'late'].includes(p.role);
	const own = world.inWijk(wijk).filter(usable);
	const weak = wijk === WEAK_WIJK;
	const other = own.filter((p) => !isPractice(p) && !['wijkteam', 'gemeente'].includes(p.type) && !(weak && p.type === 'politie'));
	const region = (weak ? ['ggz'] : [...NETWORK_ROLES, 'kredietbank', 'zorggroep']).map(world.byRole).filter(usable);
	const gemeente = [...world.inWijk(wijk, 'gemeente'), world.byRole('gemeente-regio')];
	return [
		[own.filter(isPractice), 4],
		[own.filter((p) => p.type === 'wijkteam'), 2],
		[other, 2],
		[region, 1.5],
		[firstGemeente !== null && date > firstGemeente ? gemeente : [], 1]
	];
}

export function buildContacts(world: World, rng: Rng): Contact[] {
	const rows: Contact[] = [];
	for (const c of COORDINATORS) {
		if (c.firstGemeente) {
			const [gebiedsmanager] = world.inWijk(c.wijken[0], 'gemeente');
			rows.push({ date: c.firstGemeente, coordinator_id: c.id, partner_id: gebiedsmanager.partner_id, channel: 'overleg' });
		}
		for (const wijk of c.wijken) {
			for (let q = 0; q < 8; q++) {
				const days = world.coordinatorDays(wijk, q);
				if (!days) continue;
				const n = 5 + Math.round(0.6 * q) + rng.int(0, 2);
				for (let i = 0; i < n; i++) {
					const date = randomDate(rng.next, ...days);
					const options = groups(world, wijk, date, c.firstGemeente).filter(([list]) => list.length > 0);
					const partner = rng.pick(rng.weighted(options));
					rows.push({ date, coordinator_id: c.id, partner_id: partner.partner_id, channel: rng.weighted(CHANNELS) });
				}
			}
		}
	}
	const unique = new Map(rows.map((r) => [`${r.date}|${r.coordinator_id}|${r.partner_id}`, r]));
	return [...unique.values()].sort(
		(a, b) =>
			cmp(a.date, b.date) || cmp(a.coordinator_id, b.coordinator_id) || cmp(a.partner_id, b.partner_id)
	);
}
