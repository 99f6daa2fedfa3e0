import type { Reason } from './vocab';

/** A referral target: a region partner by role, or a partner of the sender's own wijk by type. */
export type Target = { role: string } | { local: 'wijkteam' | 'welzijn' | 'thuiszorg' | 'ouderenzorg' | 'paramedisch' };

type Route = [Reason, number, [Target, number][]];

const role = (r: string): { role: string } => ({ role: r });

/** Where practices refer to in the social domain (weights), by leefgebied. */
export const SOCIAL_ROUTES: Route[] = [
	['schulden', 18, [[role('kredietbank'), 3], [role('shm'), 2], [{ local: 'wijkteam' }, 2], [role('raadslieden'), 1]]],
	['eenzaamheid', 18, [[{ local: 'welzijn' }, 3], [role('wor'), 3]]],
	['opvoeding', 10, [[role('cjg'), 3], [{ local: 'wijkteam' }, 2]]],
	['huisvesting', 8, [[role('woon'), 2], [{ local: 'wijkteam' }, 2]]],
	['werk_inkomen', 8, [[{ local: 'wijkteam' }, 2], [role('raadslieden'), 2]]],
	['mantelzorg', 8, [[role('mantelzorg'), 3], [{ local: 'welzijn' }, 1]]],
	['leefstijl', 10, [[role('wor'), 2], [role('sportbedrijf'), 2], [{ local: 'welzijn' }, 1]]],
	['huiselijk_geweld', 4, [[role('veiligthuis'), 2], [{ local: 'wijkteam' }, 2]]],
	['taal', 6, [[{ local: 'welzijn' }, 2]]],
	['zingeving', 6, [[role('wor'), 2]]]
];

/** Referrals that stay within care. */
export const CARE_ROUTES: Route[] = [
	['psychisch', 55, [[role('ggz'), 4], [role('basisggz'), 3]]],
	['leefstijl', 20, [[{ local: 'paramedisch' }, 2]]],
	['overig', 25, [[{ local: 'thuiszorg' }, 2], [{ local: 'ouderenzorg' }, 1]]]
];

/** What the sociaal wijkteam passes on itself (on top of one schulden case a quarter for the Kredietbank). */
export const WIJKTEAM_ROUTES: Route[] = [
	['schulden', 3, [[role('kredietbank'), 1]]],
	['psychisch', 2, [[role('ggz'), 1]]],
	['huisvesting', 2, [[role('woon'), 1]]],
	['opvoeding', 2, [[role('jeugdhulp'), 1]]],
	['huiselijk_geweld', 1, [[role('veiligthuis'), 1]]],
	['werk_inkomen', 1, [[role('raadslieden'), 1]]]
];

export const THUISZORG_ROUTES: Route[] = [
	['mantelzorg', 2, [[role('mantelzorg'), 1]]],
	['eenzaamheid', 2, [[{ local: 'welzijn' }, 1]]]
];

/** Share of a practice's referrals meant for the social domain, rising quarter by quarter. */
export const socialShare = (q: number): number => 0.4 + 0.045 * q;

/** Terugkoppeling: the share of referrals the receiver reports back on, rising with the coordinators' work. */
export const feedbackBase = (q: number): number => 0.17 + 0.063 * q;
