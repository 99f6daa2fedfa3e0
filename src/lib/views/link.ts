import { isQuarter } from '../metrics/period';
import { type Loaded, type Place } from './view';

/** What a link to a view needs: its route and how its settings read from and write to a link. */
export interface Linkable<S extends Place> {
	/** Its route. */
	path: '/' | '/netwerk' | '/verwijzingen' | '/wijken' | '/rapport' | '/notebooks' | '/data';
	/** The settings from a link, checked against what is loaded; anything unknown falls back to its default. */
	read(search: URLSearchParams, loaded: Loaded): S;
	/** The link's parameters for `settings`, defaults left out, so that links stay short. */
	write(settings: S, loaded: Loaded): URLSearchParams;
}

/** The search of a link to `target` at `place`: its default settings with `changes`, defaults left out. */
export function searchTo<S extends Place>(target: Linkable<S>, place: Place, changes: Partial<S>, loaded: Loaded): '' | `?${string}` {
	const settings = { ...target.read(new URLSearchParams(), loaded), period: place.period, wijk: place.wijk, ...changes };
	return asSearch(target.write(settings, loaded));
}

/** The period and scope of a link, checked against what is loaded: the latest quarter and the region by default. */
export function readPlace(search: URLSearchParams, loaded: Loaded): Place {
	const period = search.get('period');
	const wijk = search.get('wijk');
	return {
		period: isQuarter(period) && loaded.quarters.includes(period) ? period : (loaded.quarters.at(-1) ?? null),
		wijk: wijk && loaded.wijkIds.includes(wijk) ? wijk : null
	};
}

/** Parameters for a place: only what differs from the defaults. */
export function writePlace(place: Place, loaded: Loaded): URLSearchParams {
	const search = new URLSearchParams();
	if (place.period && place.period !== loaded.quarters.at(-1)) search.set('period', place.period);
	if (place.wijk) search.set('wijk', place.wijk);
	return search;
}

/** One of `allowed`, else `fallback`. */
export const oneOf = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
	allowed.includes(value as T) ? (value as T) : fallback;

/** A comma-separated list, kept to `allowed` in their order; null when the parameter is absent. */
export function listOf<T extends string>(value: string | null, allowed: readonly T[]): T[] | null {
	if (value === null) return null;
	const chosen = new Set(value.split(','));
	return allowed.filter((a) => chosen.has(a));
}

/** Sets `name` unless `value` is its default (then the link leaves it out). */
export function setUnlessDefault(search: URLSearchParams, name: string, value: string | null, fallback: string | null): void {
	if (value !== null && value !== fallback) search.set(name, value);
}

/** `?a=1&b=2`, or nothing when there is nothing to say. */
export function asSearch(params: URLSearchParams): '' | `?${string}` {
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** Links to Overzicht, whose link is only its place. */
export const overviewLink: Linkable<Place> = { path: '/', read: readPlace, write: writePlace };
