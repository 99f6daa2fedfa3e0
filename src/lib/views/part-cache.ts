/**
 * A part's results by key, for one data version at a time: what a page shows again or warmed in the
 * background (the other quarters) is there at once. The newest `size` are kept; a failed load is
 * forgotten, so the next ask tries again.
 */
export class PartCache<T> {
	#version: unknown = null;
	readonly #entries = new Map<string, Promise<T>>();

	constructor(readonly size = 16) {}

	/** Whether `key` of `version` is loaded or loading. */
	has(version: unknown, key: string): boolean {
		return version === this.#version && this.#entries.has(key);
	}

	/** The result for `key` of `version`, loading it only if no load of it was started before. */
	get(version: unknown, key: string, load: () => Promise<T>): Promise<T> {
		if (version !== this.#version) {
			this.#entries.clear();
			this.#version = version;
		}
		let entry = this.#entries.get(key);
		if (entry) this.#entries.delete(key);
		else {
			entry = load();
			const started = entry;
			started.catch(() => this.#entries.get(key) === started && this.#entries.delete(key));
		}
		this.#entries.set(key, entry);
		for (const oldest of this.#entries.keys()) {
			if (this.#entries.size <= this.size) break;
			this.#entries.delete(oldest);
		}
		return entry;
	}
}

const caches = new Map<string, PartCache<unknown>>();

/** The one cache of a view's part (`/:gaps`): it outlives the page, so coming back is instant too. */
export function partCache(name: string): PartCache<unknown> {
	return caches.get(name) ?? caches.set(name, new PartCache()).get(name)!;
}

/** The other quarters, nearest to `quarter` first: where a user is likely to look next. */
export function nearestQuarters<Q extends string>(quarters: Q[], quarter: Q): Q[] {
	const at = quarters.indexOf(quarter);
	return quarters.filter((q) => q !== quarter)
		.map((q) => ({ q, far: Math.abs(quarters.indexOf(q) - at) }))
		.sort((a, b) => a.far - b.far || (a.q < b.q ? -1 : 1))
		.map(({ q }) => q);
}
