import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openNodeConnector } from '../../src/lib/db/node';
import { ensureSchema, runImport, type ImportFile } from '../../src/lib/import';

const demoDir = join(import.meta.dirname, '../../data/demo');

export type NodeDb = Awaited<ReturnType<typeof openNodeConnector>>;

/** Runs `task` on a Node DuckDB holding `files` alone, loaded by the same import as the browser's. */
export async function withFiles<T>(files: ImportFile[], task: (db: NodeDb) => Promise<T>): Promise<T> {
	const db = await openNodeConnector();
	try {
		await ensureSchema(db);
		await runImport(db, files);
		return await task(db);
	} finally {
		db.close();
	}
}

/** Runs `task` on a Node DuckDB holding the demo region. */
export async function withDemo<T>(task: (db: NodeDb) => Promise<T>): Promise<T> {
	const names = (await readdir(demoDir)).filter((f) => f.endsWith('.csv'));
	return withFiles(await Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(demoDir, name))) }))), task);
}
