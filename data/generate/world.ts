import { quarterEnd, quarterStart } from './calendar';
import type { Rng } from './random';
import { COORDINATORS, WIJKEN } from './region-data';
import type { Partner } from './types';
import type { PartnerType } from './vocab';

/** The wijk whose network is still weak: its coordinator only started in 2024. */
export const WEAK_WIJK = 'W07';
/** Wijken whose activity is drawn by the generic rules (the weak wijk is scripted). */
export const HEALTHY_WIJKEN = WIJKEN.map((w) => w.id).filter((id) => id !== WEAK_WIJK);
/** Region partners that come to every wijk's yearly netwerkbijeenkomst. */
export const NETWORK_ROLES = ['cjg', 'ggz', 'basisggz', 'wor', 'shm', 'woon', 'mantelzorg', 'raadslieden',
	'veiligthuis', 'jeugdhulp', 'sportbedrijf', 'ggd'];

export const isPractice = (p: Partner): boolean => p.type === 'huisartsenpraktijk' || p.type === 'gezondheidscentrum';

export const isActive = (p: Partner, day: string): boolean =>
	(p.active_from === null || p.active_from <= day) && (p.active_until === null || p.active_until >= day);

export interface World {
	partners: Partner[];
	byRole(role: string): Partner;
	inWijk(wijk: string, ...types: PartnerType[]): Partner[];
	/**
	 * Quarter from which a practice works with the wijkteam (meets it, refers to it); Infinity = never
	 * in this period. Drives the rise of practices_wijkteam_linked_share.
	 */
	linkQuarter(p: Partner): number;
	coordinatorOf(wijk: string): { id: string; started: string; firstGemeente: string | null };
	/** First and last day in quarter q on which the wijk's coordinator works, or null. */
	coordinatorDays(wijk: string, q: number): [string, string] | null;
}

export function buildWorld(partners: Partner[], rng: Rng): World {
	const link = new Map<string, number>();
	for (const p of partners.filter(isPractice)) {
		if (p.role === 'unlinked' || p.role === 'weak-unlinked') link.set(p.partner_id, Infinity);
		else if (p.role === 'weak-linked') link.set(p.partner_id, 4);
		else if (p.role === 'one-way') link.set(p.partner_id, 0);
		else link.set(p.partner_id, rng.chance(0.45) ? 0 : rng.int(1, 6));
	}
	const coordinatorOf = (wijk: string) => {
		const c = COORDINATORS.find((x) => x.wijken.includes(wijk));
		if (!c) throw new Error(`no coordinator for ${wijk}`);
		return { id: c.id, started: c.started, firstGemeente: c.firstGemeente };
	};
	return {
		partners,
		byRole: (role) => {
			const found = partners.find((p) => p.role === role);
			if (!found) throw new Error(`no partner with role ${role}`);
			return found;
		},
		inWijk: (wijk, ...types) =>
			partners.filter((p) => p.wijk_id === wijk && (types.length === 0 || types.includes(p.type))),
		linkQuarter: (p) => link.get(p.partner_id) ?? Infinity,
		coordinatorOf,
		coordinatorDays: (wijk, q) => {
			const start = coordinatorOf(wijk).started;
			const from = start > quarterStart(q) ? start : quarterStart(q);
			return from <= quarterEnd(q) ? [from, quarterEnd(q)] : null;
		}
	};
}
