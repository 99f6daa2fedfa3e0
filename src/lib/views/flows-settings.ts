import { referralReasons } from '../contract';
import { type FlowLevel } from '../queries/flows';
import { isQuarter, type Quarter } from '../metrics/period';
import { listOf, oneOf, readPlace, setUnlessDefault, writePlace, type Linkable } from './link';
import { type Loaded, type Place } from './view';

export type FlowSettings = Place & {
	/** The range is first … period. */
	first: Quarter;
	from: FlowLevel;
	to: FlowLevel;
	/** null: every reason. */
	reasons: string[] | null;
	by: 'reason' | 'domain';
	/** Opened from the gap list: organisations on both sides by default, where a one-way pair is its own band. */
	gap: 'one_way_referrals' | null;
};

export const reasonIds = referralReasons.entries.map((e) => e.id);
const levels = ['type', 'partner'] as const;
const levelDefault = (gap: FlowSettings['gap']): FlowLevel => (gap ? 'partner' : 'type');

/** The view's settings from its link (`?first=2024-Q1&from=partner&to=type&reason=schulden,taal&by=reason`). */
export function readFlowSettings(search: URLSearchParams, loaded: Loaded): FlowSettings {
	const place = readPlace(search, loaded);
	const period = place.period ?? '';
	const first = search.get('first');
	const gap = search.get('gap') === 'one_way_referrals' ? 'one_way_referrals' : null;
	return {
		...place,
		first: isQuarter(first) && loaded.quarters.includes(first) && first <= period ? first : period,
		from: oneOf(search.get('from'), levels, levelDefault(gap)),
		to: oneOf(search.get('to'), levels, levelDefault(gap)),
		reasons: listOf(search.get('reason'), reasonIds),
		by: oneOf(search.get('by'), ['domain', 'reason'] as const, 'domain'),
		gap
	};
}

export function writeFlowSettings(settings: FlowSettings, loaded: Loaded): URLSearchParams {
	const search = writePlace(settings, loaded);
	setUnlessDefault(search, 'first', settings.first, settings.period);
	setUnlessDefault(search, 'from', settings.from, levelDefault(settings.gap));
	setUnlessDefault(search, 'to', settings.to, levelDefault(settings.gap));
	if (settings.reasons) search.set('reason', settings.reasons.join(','));
	setUnlessDefault(search, 'by', settings.by, 'domain');
	setUnlessDefault(search, 'gap', settings.gap, null);
	return search;
}

/** The reasons a filter keeps: null for all. */
export const reasonFilter = (chosen: string[]) => (chosen.length === reasonIds.length ? null : chosen);

/** Links to Verwijzingen, without its data: for views that link to it (the gap list). */
export const flowsLink: Linkable<FlowSettings> = { path: '/verwijzingen', read: readFlowSettings, write: writeFlowSettings };
