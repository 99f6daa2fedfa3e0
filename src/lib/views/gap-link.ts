import { type GapKind } from '../metrics/gaps';
import { flowsLink } from './flows-settings';
import { searchTo } from './link';
import { networkLink } from './network-settings';
import { type Loaded, type Place } from './view';

/** Where a gap is acted on, at `place`: the one-way pairs between organisations on Verwijzingen, else the map with that kind of gap alone. */
export function gapHref(kind: GapKind, place: Place, loaded: Loaded): `/verwijzingen${string}` | `/netwerk${string}` {
	return kind === 'one_way_referrals'
		? `/verwijzingen${searchTo(flowsLink, place, { gap: kind, from: 'partner', to: 'partner' }, loaded)}`
		: `/netwerk${searchTo(networkLink, place, { gapKinds: [kind] }, loaded)}`;
}
