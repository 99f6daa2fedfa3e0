import { type Connector } from '../db/connector';
import { readerOver, type Reader } from '../db/reader';
import { dropDerived, ensureDerived } from '../metrics/derived';

/**
 * The one owner of the loaded data, in the browser (under the session) and in Node alike. Readers
 * only read, and find the per-quarter pre-aggregates built; every change goes through `write`,
 * which drops them and moves the version on, so no figure can be computed from stale tables
 * because some caller forgot.
 */
export interface Store<C extends Connector = Connector> {
	readonly reader: Reader;
	/** Goes up with every write: what was computed for an older version is stale. */
	readonly version: number;
	write<T>(work: (db: C) => Promise<T>): Promise<T>;
}

export function storeOver<C extends Connector>(db: C): Store<C> {
	let version = 0;
	return {
		reader: readerOver(db, () => ensureDerived(db)),
		get version() {
			return version;
		},
		async write(work) {
			try {
				return await work(db);
			} finally {
				await dropDerived(db);
				version++;
			}
		}
	};
}
