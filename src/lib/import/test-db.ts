import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { type Connector } from '../db/connector';
import { openNodeConnector } from '../db/node';
import { type Reader } from '../db/reader';
import { storeOver, type Store } from '../views/store';
import { ensureSchema } from './engine-tables';

type Db = Awaited<ReturnType<typeof openNodeConnector>>;

/**
 * For tests: a Node DuckDB with the contract's schema, fresh for every test (`each`) or shared by
 * the file. Call at the top of a test file; use the returned getter inside tests.
 */
export function useSchemaDb(scope: 'each' | 'file' = 'each'): () => Db {
	let db: Db;
	const [before, after] = scope === 'each' ? [beforeEach, afterEach] : [beforeAll, afterAll];
	before(async () => {
		db = await openNodeConnector();
		await ensureSchema(db);
	});
	after(() => db.close());
	return () => db;
}

const stores = new WeakMap<Connector, Store>();
/** For tests: the reader of a test database (its store made once), as views and metrics take it. */
export function read(db: Connector): Reader {
	if (!stores.has(db)) stores.set(db, storeOver(db));
	return stores.get(db)!.reader;
}
