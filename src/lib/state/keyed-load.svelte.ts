/**
 * An async result that belongs to a key (scope, period, data version…): it loads again whenever the
 * key changes, and `current` is only ever the result for the current key, never one computed for an
 * earlier key, nor one that arrives after the key moved on. A null key loads nothing.
 * Call during component initialisation (it owns an effect); `load` runs untracked, so only the key
 * decides when to reload, and its signal aborts once the key moves on, so that slow work can stop.
 */
import { untrack } from 'svelte';

export interface KeyedLoad<T> {
	readonly current: T | null;
	readonly error: string | null;
	/** True while the current key has neither a result nor an error. */
	readonly busy: boolean;
	/**
	 * What to draw: the current key's result, or while it loads the last result of the same family
	 * (`stale`), so a page updates its charts in place instead of dropping and rebuilding them.
	 * Whoever draws it labels it with its own key's settings, never the new ones.
	 */
	readonly shown: { value: T; key: string; stale: boolean } | null;
}

/** Keys of one family may stand in for each other while loading (one data version, say); by default none do. */
export function keyedLoad<T>(key: () => string | null, load: (signal: AbortSignal) => Promise<T>,
	family: (key: string) => string = (k) => k): KeyedLoad<T> {
	let loaded = $state.raw<{ key: string; value: T } | null>(null);
	let failed = $state.raw<{ key: string; message: string } | null>(null);
	// A derived passes a change on only when the key's value changes: the effect must not load again
	// because something the key is computed from changed (the period, when a part does not depend on it).
	const currentKey = $derived(key());

	$effect(() => {
		const forKey = currentKey;
		if (forKey === null) return;
		const controller = new AbortController();
		const stale = () => controller.signal.aborted;
		untrack(() => load(controller.signal))
			.then((value) => !stale() && (loaded = { key: forKey, value }))
			.catch((e: unknown) => !stale() && (failed = { key: forKey, message: e instanceof Error ? e.message : String(e) }));
		return () => controller.abort();
	});

	return {
		get current() {
			return loaded !== null && loaded.key === currentKey ? loaded.value : null;
		},
		get error() {
			return failed !== null && failed.key === currentKey ? failed.message : null;
		},
		get busy() {
			const k = currentKey;
			return k !== null && loaded?.key !== k && failed?.key !== k;
		},
		get shown() {
			const k = currentKey;
			if (loaded === null || k === null || failed?.key === k || family(loaded.key) !== family(k)) return null;
			return { value: loaded.value, key: loaded.key, stale: loaded.key !== k };
		}
	};
}

/**
 * The result of a promise that a load handed over to finish later (the network's betweenness):
 * only ever the result of the promise `source` gives now, never of one it gave before.
 */
export function awaited<T>(source: () => Promise<T> | null | undefined): Pick<KeyedLoad<T>, 'current' | 'error'> {
	let settled = $state.raw<{ from: Promise<T>; value: T | null; error: string | null } | null>(null);
	$effect(() => {
		const from = source();
		if (!from) return;
		let stale = false;
		from.then((value) => !stale && (settled = { from, value, error: null }))
			.catch((e: unknown) => !stale && (settled = { from, value: null, error: e instanceof Error ? e.message : String(e) }));
		return () => (stale = true);
	});
	const mine = () => (settled !== null && settled.from === source() ? settled : null);
	return {
		get current() {
			return mine()?.value ?? null;
		},
		get error() {
			return mine()?.error ?? null;
		}
	};
}
