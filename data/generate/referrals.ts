import { cmp, quarterEnd, quarterOf, quarterStart, randomDate } from './calendar';
import type { Rng } from './random';
import { WIJKEN } from './region-data';
import {
	CARE_ROUTES, SOCIAL_ROUTES, THUISZORG_ROUTES, WIJKTEAM_ROUTES, feedbackBase, socialShare, type Target
} from './routes';
import type { Partner, Referral } from './types';
import type { PartnerType, Reason } from './vocab';
import { HEALTHY_WIJKEN, WEAK_WIJK, isActive, isPractice, type World } from './world';

interface Draft { date: string; from: Partner; to: Partner; reason: Reason; count: number; aggregated: boolean }
type Routes = typeof SOCIAL_ROUTES;

/** Wijk whose practices' HIS only exports referrals aggregated per quarter. */
const AGGREGATING_WIJK = 'W08';
const FEEDBACK_MOD: Partial<Record<PartnerType, number>> = { welzijn: 1.2, vrijwilligers: 1.1, ggz: 0.8, schuldhulp: 0.9 };

function resolve(world: World, rng: Rng, from: Partner, target: Target, q: number, date: string): Partner | null {
	const options = 'role' in target ? [world.byRole(target.role)] : world.inWijk(from.wijk_id ?? '', target.local);
	const allowed = options.filter(
		(p) =>
			isActive(p, date) &&
			!['cluster', 'late'].includes(p.role) &&
			!(p.type === 'wijkteam' && isPractice(from) && world.linkQuarter(from) > q) &&
			// Vlietpolder's practices only know GGZ Rivierland and, once linked, their own wijkteam.
			(from.wijk_id !== WEAK_WIJK || p.role === 'ggz' || p.type === 'wijkteam')
	);
	return allowed.length > 0 ? rng.pick(allowed) : null;
}

function route(world: World, rng: Rng, from: Partner, routes: Routes, q: number, date: string): Draft | null {
	const [reason, , targets] = rng.weighted(routes.map((r) => [r, r[1]] as const));
	const to = resolve(world, rng, from, rng.weighted(targets), q, date);
	return to ? { date, from, to, reason, count: 1, aggregated: from.wijk_id === AGGREGATING_WIJK && isPractice(from) } : null;
}

function draftAll(world: World, rng: Rng): Draft[] {
	const drafts: Draft[] = [];
	const day = (q: number) => randomDate(rng.next, quarterStart(q), quarterEnd(q));
	const add = (d: Draft | null) => d && drafts.push(d);
	for (let q = 0; q < 8; q++) {
		for (const wijk of WIJKEN) {
			const practices = world.inWijk(wijk.id).filter(isPractice);
			const lambda = (wijk.patients / practices.length / 450) * (0.85 + 0.05 * q);
			for (const from of practices) {
				const n = Math.round(lambda * (0.7 + 0.6 * rng.next()));
				for (let i = 0; i < n; i++) {
					const date = day(q);
					let draft: Draft | null = null;
					for (let attempt = 0; attempt < 6 && !draft; attempt++) {
						const routes = rng.chance(socialShare(q)) ? SOCIAL_ROUTES : CARE_ROUTES;
						draft = route(world, rng, from, routes, q, date);
					}
					add(draft);
				}
			}
		}
		for (const wijk of HEALTHY_WIJKEN) {
			const [wijkteam] = world.inWijk(wijk, 'wijkteam');
			add({ date: day(q), from: wijkteam, to: world.byRole('kredietbank'), reason: 'schulden', count: 1, aggregated: false });
			for (let i = rng.int(1, 3); i > 0; i--) add(route(world, rng, wijkteam, WIJKTEAM_ROUTES, q, day(q)));
			for (const thuiszorg of world.inWijk(wijk, 'thuiszorg'))
				for (let i = rng.int(0, 2); i > 0; i--) add(route(world, rng, thuiszorg, THUISZORG_ROUTES, q, day(q)));
		}
		const cjg = world.byRole('cjg');
		for (let i = rng.int(1, 3); i > 0; i--)
			add({ date: day(q), from: cjg, to: world.byRole('jeugdhulp'), reason: 'opvoeding', count: 1, aggregated: false });
		if (q >= 4) {
			// The one-way pair: this practice keeps sending to its wijkteam and never hears back.
			const from = world.byRole('one-way');
			const [to] = world.inWijk(from.wijk_id ?? '', 'wijkteam');
			for (const reason of ['werk_inkomen', 'schulden'] as const) add({ date: day(q), from, to, reason, count: 1, aggregated: false });
		}
	}
	return drafts;
}

/** Aggregated exports carry one row per quarter, from, to and reason, dated on the quarter's first day. */
function aggregate(drafts: Draft[]): Draft[] {
	const merged = new Map<string, Draft>();
	const rest: Draft[] = [];
	for (const d of drafts) {
		if (!d.aggregated) {
			rest.push(d);
			continue;
		}
		const date = quarterStart(quarterOf(d.date));
		const key = [date, d.from.partner_id, d.to.partner_id, d.reason].join('|');
		const found = merged.get(key);
		if (found) found.count += d.count;
		else merged.set(key, { ...d, date });
	}
	return [...rest, ...merged.values()];
}

export function buildReferrals(world: World, rng: Rng): Referral[] {
	const drafts = aggregate(draftAll(world, rng)).sort(
		(a, b) =>
			cmp(a.date, b.date) ||
			cmp(a.from.partner_id, b.from.partner_id) ||
			cmp(a.to.partner_id, b.to.partner_id) ||
			cmp(a.reason, b.reason)
	);
	// Feedback per pair by error diffusion: the pair's running total tracks count × rate, so any pair
	// with enough referrals in a year has some feedback, except the one designed to have none.
	const carry = new Map<string, number>();
	let next = 0;
	return drafts.map((d) => {
		const key = `${d.from.partner_id}|${d.to.partner_id}`;
		const oneWay = d.from.role === 'one-way' && d.to.type === 'wijkteam';
		const rate = oneWay ? 0 : Math.min(0.95, feedbackBase(quarterOf(d.date)) * (FEEDBACK_MOD[d.to.type] ?? 1));
		const acc = (carry.get(key) ?? rng.next()) + d.count * rate;
		const feedback = Math.floor(acc);
		carry.set(key, acc - feedback);
		const referral_id = d.aggregated ? null : `R${String(++next).padStart(5, '0')}`;
		return { referral_id, date: d.date, from_partner_id: d.from.partner_id, to_partner_id: d.to.partner_id,
			reason: d.reason, count: d.count, feedback };
	});
}
