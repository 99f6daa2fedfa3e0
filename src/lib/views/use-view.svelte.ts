import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import { graphInWorkers } from '../graph/graph-in-worker';
import { type Quarter } from '../metrics/period';
import { holdReadyUntil } from '../state/first-content.svelte';
import { keyedLoad, type KeyedLoad } from '../state/keyed-load.svelte';
import { session } from '../state/session.svelte';
import { inBackground, inForeground } from './background';
import { asSearch } from './link';
import { partCache } from './part-cache';
import { type Loaded, type Part, type PartData, type Place, type View } from './view';

/** After the next frame is painted: the frame callback runs before painting, the timeout after it. */
const painted = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

/** A part in the browser; what it shows while loading carries the settings it was loaded for. */
export interface ViewPart<T, S> extends KeyedLoad<T> {
	readonly shown: { value: T; key: string; stale: boolean; settings: S } | null;
}

type Loads<P, S> = { [K in keyof P]: ViewPart<PartData<P[K]>, S> };

/** A part's key: the data version first, so a result never stands in for one of other data (Demo and own data never mix). */
const versionOf = (key: string) => key.slice(0, key.indexOf('|'));

/**
 * A view in the browser: its settings from the link, each part's data for those settings and the
 * current data version (never an older one), and links with changed settings. Call during a
 * route's initialisation; the page counts as ready when every part has loaded.
 */
export function useView<S extends Place, P extends Record<string, Part<S, unknown>>>(view: View<S, P>) {
	const loaded: Loaded = $derived({ quarters: session.quarters, wijkIds: session.wijken.map((w) => w.wijk_id) });
	const settings = $derived(view.read(page.url.searchParams, loaded));
	const parts = {} as Record<string, ViewPart<unknown, S>>;
	for (const [name, part] of Object.entries(view.parts)) {
		let previous: unknown = null;
		const cache = part.neighbours ? partCache(`${view.path}:${name}`) : null;
		const keyOf = (s: S) => JSON.stringify(part.key(s));
		const run = (s: S & { period: Quarter }, signal?: AbortSignal, db = session.reader) =>
			part.load({ db, settings: s, loaded, graph: graphInWorkers, previous, signal });
		/** The neighbours of `from`, one at a time, until the page moves on (the next settings warm from there). */
		const warm = async (version: number, from: S & { period: Quarter }, signal: AbortSignal) => {
			await painted();
			for (const next of part.neighbours?.(from, loaded) ?? []) {
				if (signal.aborted) return;
				await cache!.get(version, keyOf(next), () => run(next, undefined, inBackground(session.reader))).catch(() => {});
			}
		};
		const load = keyedLoad(
			() => (settings.period || part.always ? `${session.version}|${keyOf(settings)}` : null),
			async (signal) => {
				const loadSettings = settings as S & { period: Quarter };
				const version = session.version;
				if (part.afterPaint) await painted();
				signal.throwIfAborted();
				const start = performance.now();
				// A cached load runs to its end even when the page moves on: it is kept for when the page comes back.
				// Only the cache's factory counts as foreground: a hit on a key that warming is still loading
				// must not, or background work would wait for a foreground load that waits for it.
				previous = await (cache ? cache.get(version, keyOf(loadSettings), () => inForeground(() => run(loadSettings)))
					: inForeground(() => run(loadSettings, signal)));
				// Readable by benchmarks: where a page's time goes, part by part (parts share one engine, so they queue).
				performance.measure(`wijkradar:part:${view.path}:${name}`, { start, duration: performance.now() - start });
				if (cache) void warm(version, loadSettings, signal);
				return { value: previous, settings: loadSettings };
			},
			versionOf
		);
		parts[name] = {
			get current() {
				return load.current?.value ?? null;
			},
			get error() {
				return load.error;
			},
			get busy() {
				return load.busy;
			},
			get shown() {
				const shown = load.shown;
				return shown && { value: shown.value.value, settings: shown.value.settings, key: shown.key, stale: shown.stale };
			}
		};
	}
	holdReadyUntil(() => Object.values(parts).every((p) => !p.busy));
	/** The view's link with `changes` made to its settings. */
	const link = (changes: Partial<S>) => resolve(`${view.path}${asSearch(view.write({ ...settings, ...changes }, loaded))}` as '/');
	return {
		get settings() {
			return settings;
		},
		get loaded() {
			return loaded;
		},
		parts: parts as Loads<P, S>,
		link,
		/** Changes settings in place: the link is replaced, focus and scroll stay. */
		set: (changes: Partial<S>) => goto(link(changes), { replaceState: true, keepFocus: true, noScroll: true })
	};
}
