import { referralReasons } from '$lib/contract';
import { type FlowLevel } from '$lib/metrics/flows';
import { isQuarter, type Quarter } from '$lib/metrics/period';

export type FlowSettings = {
	/** The range is first … period. */
	first: Quarter;
	from: FlowLevel;
	to: FlowLevel;
	/** null: every reason. */
	reasons: string[] | null;
	by: 'reason' | 'domain';
};

const reasonIds = referralReasons.entries.map((e) => e.id);
const level = (value: string | null, fallback: FlowLevel): FlowLevel => (value === 'partner' || value === 'type' ? value : fallback);

/**
 * The view's settings from its link (`?first=2024-Q1&from=partner&to=type&reason=schulden,taal&by=reason`),
 * checked against the loaded quarters. A link from the gap list (`gap=one_way_referrals`) opens on
 * organisations, where a one-way pair is its own band.
 */
export function readFlowSettings(url: URL, period: Quarter, quarters: Quarter[]): FlowSettings {
	const p = url.searchParams;
	const first = p.get('first');
	const reason = p.get('reason');
	const organisations: FlowLevel = p.get('gap') === 'one_way_referrals' ? 'partner' : 'type';
	return {
		first: isQuarter(first) && quarters.includes(first) && first <= period ? first : period,
		from: level(p.get('from'), organisations),
		to: level(p.get('to'), organisations),
		reasons: reason === null ? null : reason.split(',').filter((r) => reasonIds.includes(r)),
		by: p.get('by') === 'reason' ? 'reason' : 'domain'
	};
}

/** The reasons a filter keeps: null for all. */
export const reasonFilter = (chosen: string[]) => (chosen.length === reasonIds.length ? null : chosen);
export { reasonIds };
