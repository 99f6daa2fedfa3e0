import { gapKinds, type GapKind } from '../metrics/gaps';
import { listOf, oneOf, readPlace, setUnlessDefault, writePlace, type Linkable } from './link';
import { type Loaded, type Place } from './view';

/** Everything the network view shows can be shared as a link: what is drawn, highlighted and chosen. */
export type NetworkSettings = Place & {
	sizeBy: 'degree' | 'betweenness';
	showMeetings: boolean;
	showReferrals: boolean;
	gapKinds: GapKind[];
	showChanges: boolean;
	showCoordinators: boolean;
	/** The partner whose panel is open. */
	partner: string | null;
};

const defaultGaps: GapKind[] = ['isolated_partner', 'single_point_of_failure', 'practice_without_wijkteam'];
const on = (value: string | null, fallback: boolean) => (value === '1' ? true : value === '0' ? false : fallback);
const bit = (value: boolean) => (value ? '1' : '0');

/**
 * `?size=betweenness&meetings=0&referrals=1&gaps=isolated_partner,unknown_face&changes=1&coordinators=1&partner=P012`;
 * a link from the gap list (`gap=…`) highlights that gap alone.
 */
export function readNetworkSettings(search: URLSearchParams, loaded: Loaded): NetworkSettings {
	const linkedGap = search.get('gap');
	const gapsDefault = gapKinds.includes(linkedGap as GapKind) ? [linkedGap as GapKind] : defaultGaps;
	return {
		...readPlace(search, loaded),
		sizeBy: oneOf(search.get('size'), ['degree', 'betweenness'] as const, 'degree'),
		showMeetings: on(search.get('meetings'), true),
		showReferrals: on(search.get('referrals'), true),
		gapKinds: listOf(search.get('gaps'), gapKinds) ?? gapsDefault,
		showChanges: on(search.get('changes'), false),
		showCoordinators: on(search.get('coordinators'), false),
		partner: search.get('partner') || null
	};
}

export function writeNetworkSettings(settings: NetworkSettings, loaded: Loaded): URLSearchParams {
	const search = writePlace(settings, loaded);
	setUnlessDefault(search, 'size', settings.sizeBy, 'degree');
	setUnlessDefault(search, 'meetings', bit(settings.showMeetings), '1');
	setUnlessDefault(search, 'referrals', bit(settings.showReferrals), '1');
	setUnlessDefault(search, 'gaps', gapKinds.filter((k) => settings.gapKinds.includes(k)).join(','), defaultGaps.join(','));
	setUnlessDefault(search, 'changes', bit(settings.showChanges), '0');
	setUnlessDefault(search, 'coordinators', bit(settings.showCoordinators), '0');
	setUnlessDefault(search, 'partner', settings.partner, null);
	return search;
}

/** Links to Netwerk, without its data: for views that link to it (the gap list). */
export const networkLink: Linkable<NetworkSettings> = { path: '/netwerk', read: readNetworkSettings, write: writeNetworkSettings };
