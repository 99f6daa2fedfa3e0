import { readPlace, writePlace } from './link';
import { type Loaded, type Place, type View } from './view';

/** A notebook as a link: `/notebooks?nb=onbekende-gezichten&period=2024-Q3&wijk=W07` (an own notebook: `nb=eigen-…`). */
export type NotebookSettings = Place & { nb: string | null };

/**
 * Notebooks: the link says which notebook, for which period and wijk. It has no parts: what a notebook
 * shows is the user's own SQL, run when they ask (`runNotebook`, keyed by the text that ran), not a
 * figure of the app's.
 */
export const notebooksView = {
	path: '/notebooks',
	read: (search: URLSearchParams, loaded: Loaded): NotebookSettings => ({ ...readPlace(search, loaded), nb: search.get('nb') || null }),
	write: (settings: NotebookSettings, loaded: Loaded) => {
		const search = writePlace(settings, loaded);
		if (settings.nb) search.set('nb', settings.nb);
		return search;
	},
	parts: {}
} satisfies View<NotebookSettings, Record<string, never>>;
