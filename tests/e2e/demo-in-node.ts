import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openNodeConnector } from '../../src/lib/db/node';
import { type Reader } from '../../src/lib/db/reader';
import { ensureSchema, runImport, type ImportFile } from '../../src/lib/import';
import { storeOver } from '../../src/lib/views/store';

const demoDir = join(import.meta.dirname, '../../data/demo');

export type NodeDb = Reader;

/** Runs `task` on a Node DuckDB holding `files` alone, loaded by the same import as the browser's. */
export async function withFiles<T>(files: ImportFile[], task: (db: Reader) => Promise<T>): Promise<T> {
	const db = await openNodeConnector();
	try {
		const store = storeOver(db);
		await store.write(async (tx) => {
			await ensureSchema(tx);
			await runImport(tx, files);
		});
		return await task(store.reader);
	} finally {
		db.close();
	}
}

/** Runs `task` on a Node DuckDB holding the demo region. */
export async function withDemo<T>(task: (db: NodeDb) => Promise<T>): Promise<T> {
	const names = (await readdir(demoDir)).filter((f) => f.endsWith('.csv'));
	return withFiles(await Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(demoDir, name))) }))), task);
}
