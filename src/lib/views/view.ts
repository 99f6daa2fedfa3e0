import { type Reader } from '../db/reader';
import { type GraphWork } from '../graph/graph-work';
import { type Quarter } from '../metrics/period';
import { type Linkable } from './link';

/** What is loaded: a link's settings are checked against it. */
export interface Loaded {
	quarters: Quarter[];
	wijkIds: string[];
}

/** Where every view looks: the period and the scope the header chooses (`?period=…&wijk=…`). */
export interface Place {
	period: Quarter | null;
	wijk: string | null;
}

export interface LoadContext<S> {
	db: Reader;
	settings: S & { period: Quarter };
	loaded: Loaded;
	graph: GraphWork;
	/** This part's previous result, for continuity (the network keeps its partners where they were). */
	previous: unknown;
	/** Aborted once the settings or the data moved on: slow loads check it and stop. */
	signal?: AbortSignal;
}

/** One piece of a view's data with its own key: loaded again exactly when its key changes. */
export interface Part<S, T> {
	/** Loads also without a period (no dated data loaded); otherwise such a part waits for one. */
	always?: true;
	/**
	 * In the browser, starts only after the page has painted what changed: slow work that is not
	 * needed first (a graph per wijk) then never competes with drawing the rest.
	 */
	afterPaint?: true;
	/**
	 * In the browser, the settings a user is likely to choose next (the other quarters): once this
	 * part has shown, they are loaded in the background one by one and kept for this data version, as
	 * is every result of the part. Only for parts whose loads are queries with a small result.
	 */
	neighbours?(settings: S & { period: Quarter }, loaded: Loaded): (S & { period: Quarter })[];
	key(settings: S): unknown;
	load(context: LoadContext<S>): Promise<T>;
}

/**
 * A view: the settings its link carries and the data it shows, the same in the browser (through
 * `useView`) and in Node (`loadView`: the command line, tests, the report).
 */
export interface View<S extends Place, P extends Record<string, Part<S, unknown>>> extends Linkable<S> {
	parts: P;
}

/** What a part's load gives (read from `load`: a part's settings appear both in and out, so no one `Part<…>` matches them all). */
export type PartData<X> = X extends { load(context: never): Promise<infer T> } ? T : never;

export type PartsData<P> = { [K in keyof P]: PartData<P[K]> };

/** Every part of a view for `settings`, one after the other: for Node, where nothing is drawn in between. */
export async function loadView<S extends Place, P extends Record<string, Part<S, unknown>>>(
	view: View<S, P>, db: Reader, settings: S & { period: Quarter }, loaded: Loaded, graph: GraphWork): Promise<PartsData<P>> {
	const data = {} as Record<string, unknown>;
	for (const [name, part] of Object.entries(view.parts)) data[name] = await part.load({ db, settings, loaded, graph, previous: null });
	return data as PartsData<P>;
}
