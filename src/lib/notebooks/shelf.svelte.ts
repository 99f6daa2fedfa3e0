import { parseNotebook } from './parse';

/** A notebook of the user's own, kept in this browser only (never sent anywhere). */
export interface OwnNotebook {
	id: string;
	title: string;
	source: string;
	savedAt: string;
}

const KEY = 'wijkradar-notebooks-v1';

const titleOf = (source: string) => {
	try {
		return parseNotebook(source).title;
	} catch {
		return 'Notebook met een fout';
	}
};

/**
 * The user's own notebooks, in the browser's localStorage: text of a few kB each, apart from the
 * loaded data (which the session stores), so that removing the data never removes a notebook.
 */
class Shelf {
	items = $state.raw<OwnNotebook[]>([]);

	constructor() {
		if (typeof localStorage === 'undefined') return;
		try {
			const stored = JSON.parse(localStorage.getItem(KEY) ?? '[]');
			this.items = Array.isArray(stored) ? stored.filter((n) => typeof n?.id === 'string' && typeof n?.source === 'string') : [];
		} catch {
			this.items = [];
		}
	}

	get(id: string): OwnNotebook | undefined {
		return this.items.find((n) => n.id === id);
	}

	/** Keeps `source` as the notebook `id` (a new one when `id` is null); returns its id. Throws in Dutch when the browser refuses. */
	save(id: string | null, source: string): string {
		const own = id ?? `eigen-${Date.now().toString(36)}`;
		const entry = { id: own, title: titleOf(source), source, savedAt: new Date().toISOString() };
		this.#store([entry, ...this.items.filter((n) => n.id !== own)]);
		return own;
	}

	remove(id: string): void {
		this.#store(this.items.filter((n) => n.id !== id));
	}

	#store(items: OwnNotebook[]) {
		try {
			localStorage.setItem(KEY, JSON.stringify(items));
		} catch {
			throw new Error('De browser wil het notebook niet bewaren (geen opslag of vol). Download het als .md om het te houden.');
		}
		this.items = items;
	}
}

export const shelf = new Shelf();
