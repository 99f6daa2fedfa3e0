import { isQuarter, type Quarter } from '../metrics/period';

export interface ViewParams {
	period: Quarter | null;
	wijk: string | null;
}

/** The period and scope a link carries (`?period=2024-Q4&wijk=W01`), checked against what is loaded. */
export function readParams(url: URL, quarters: Quarter[], wijkIds: string[]): ViewParams {
	const period = url.searchParams.get('period');
	const wijk = url.searchParams.get('wijk');
	return {
		period: isQuarter(period) && quarters.includes(period) ? period : (quarters.at(-1) ?? null),
		wijk: wijk && wijkIds.includes(wijk) ? wijk : null
	};
}

/** The search string for a view: only what differs from the defaults, so links stay short. */
export function searchFor(params: ViewParams, latest: Quarter | null): '' | `?${string}` {
	const search = new URLSearchParams();
	if (params.period && params.period !== latest) search.set('period', params.period);
	if (params.wijk) search.set('wijk', params.wijk);
	return asSearch(search);
}

/** A search string with settings of the current view changed (null removes one), keeping all others. */
export function withSettings(url: URL, changes: Record<string, string | null>): '' | `?${string}` {
	const search = new URLSearchParams(url.search);
	for (const [name, value] of Object.entries(changes)) {
		if (value === null) search.delete(name);
		else search.set(name, value);
	}
	return asSearch(search);
}

/** A view's own settings (everything but period and scope) carried over into a new search string. */
export function keepViewSettings(search: string, url: URL): '' | `?${string}` {
	const next = new URLSearchParams(search);
	for (const [name, value] of url.searchParams) if (name !== 'period' && name !== 'wijk') next.set(name, value);
	return asSearch(next);
}

/** `?a=1&b=2`, or nothing when there is nothing to say. */
function asSearch(params: URLSearchParams): '' | `?${string}` {
	const text = params.toString();
	return text ? `?${text}` : '';
}
