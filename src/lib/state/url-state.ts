import { type Quarter } from '../metrics/period';
import { asSearch, readPlace, writePlace } from '../views/link';
import { type Place } from '../views/view';

/** The period and scope every view shares; the header chooses them. */
export type ViewParams = Place;

/** The period and scope a link carries (`?period=2024-Q4&wijk=W01`), checked against what is loaded. */
export function readParams(url: URL, quarters: Quarter[], wijkIds: string[]): ViewParams {
	return readPlace(url.searchParams, { quarters, wijkIds });
}

/** The search string for a place: only what differs from the defaults, so links stay short. */
export function searchFor(params: ViewParams, latest: Quarter | null): '' | `?${string}` {
	return asSearch(writePlace(params, { quarters: latest ? [latest] : [], wijkIds: [] }));
}

/** A view's own settings (everything but period and scope) carried over into a new search string. */
export function keepViewSettings(search: string, url: URL): '' | `?${string}` {
	const next = new URLSearchParams(search);
	for (const [name, value] of url.searchParams) if (name !== 'period' && name !== 'wijk') next.set(name, value);
	return asSearch(next);
}
