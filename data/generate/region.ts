import { maxIso, randomDate } from './calendar';
import type { Rng } from './random';
import { COORDINATORS, GEMEENTE, REGION, REGION_PARTNERS, WIJKEN, type PartnerSpec } from './region-data';
import type { Coordinator, Partner, Wijk } from './types';
import { domainOf } from './vocab';

const FIRST = ['Anouk', 'Bram', 'Chantal', 'Daan', 'Esra', 'Femke', 'Gijs', 'Hanneke', 'Imane', 'Joost', 'Karin',
	'Lotte', 'Mehmet', 'Nadia', 'Olga', 'Pieter', 'Rachida', 'Sven', 'Tessa', 'Ugo', 'Vera', 'Wouter', 'Yara', 'Zeynep'];
const LAST = ['de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot',
	'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Kaya', 'Benali',
	"van 't Hof", 'Çelik', 'Schouten'];

/** Lowercase ASCII slug, for the fictional e-mail addresses. */
const slug = (text: string): string =>
	text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/^(huisartsenpraktijk|gemeente lindenhaven,|politie,)\s*/, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

export function buildWijken(): Wijk[] {
	return WIJKEN.map((w) => ({ wijk_id: w.id, name: w.name, gemeente: GEMEENTE, region: REGION, patients: w.patients }));
}

export function buildCoordinators(): Coordinator[] {
	return COORDINATORS.flatMap((c) =>
		c.wijken.map((wijk_id) => ({
			coordinator_id: c.id,
			name: c.name,
			wijk_id,
			organisation: c.organisation,
			hours_per_week: c.hours,
			started_on: c.started
		}))
	);
}

export function buildPartners(rng: Rng): Partner[] {
	const specs: [PartnerSpec, string | null][] = [
		...WIJKEN.flatMap((w) => w.partners.map((s): [PartnerSpec, string | null] => [s, w.id])),
		...REGION_PARTNERS.map((s): [PartnerSpec, string | null] => [s, null])
	];
	return specs.map(([spec, wijk_id], i) => {
		const first = rng.pick(FIRST);
		const last = rng.pick(LAST);
		// Most entries of the sociale kaart were checked during 2024; the stale ones carry their own date.
		const verified = spec.verified ?? randomDate(rng.next, maxIso(spec.from ?? '', '2024-01-08'), '2024-12-13');
		return {
			partner_id: `P${String(i + 1).padStart(3, '0')}`,
			name: spec.name,
			type: spec.type,
			wijk_id,
			domain: domainOf(spec.type),
			contact_person: `${first} ${last}`,
			phone: `000-${rng.int(100, 999)} ${rng.int(1000, 9999)}`,
			email: `${first[0].toLowerCase()}.${slug(last).replace(/-/g, '')}@${slug(spec.name)}.example`,
			verified_on: verified,
			active_from: spec.from ?? null,
			active_until: spec.until ?? null,
			role: spec.role ?? ''
		};
	});
}
