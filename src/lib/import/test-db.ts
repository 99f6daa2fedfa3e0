import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { openNodeConnector } from '../db/node';
import { ensureSchema } from './schema';

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
