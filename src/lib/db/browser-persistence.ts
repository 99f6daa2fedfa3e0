import type * as duckdb from '@duckdb/duckdb-wasm';
import { sqlIdentifier as id, sqlString } from './connector';

/** What is stored about the saved data besides the tables. */
export interface SnapshotMeta {
	source: string;
	savedAt: string;
	rows: Record<string, number>;
}

/** Every table as CSV bytes, taken from the database in one consistent moment. */
export type Snapshot = Map<string, { bytes: Uint8Array; rows: number }>;

export interface Persistence {
	/**
	 * Copies every table out of DuckDB. Run it inside `Connector.transaction`, so that no other
	 * statement (an import's, say) lands between its reads.
	 */
	snapshot(tables: string[]): Promise<Snapshot>;
	/** Writes a snapshot to the browser's private file system; the previous one stays until this one is complete. */
	write(snapshot: Snapshot, meta: Omit<SnapshotMeta, 'savedAt' | 'rows'>): Promise<void>;
	/** Loads the last snapshot into the (existing, empty) tables; null when there is none. */
	restore(tables: string[]): Promise<SnapshotMeta | null>;
	/** Forgets every snapshot. */
	clear(): Promise<void>;
}

const ROOT = 'wijkradar-v1';
const CURRENT = 'current.json';

async function root(): Promise<FileSystemDirectoryHandle> {
	const opfs = await navigator.storage.getDirectory();
	return opfs.getDirectoryHandle(ROOT, { create: true });
}

async function writeFile(dir: FileSystemDirectoryHandle, name: string, data: Uint8Array | string): Promise<void> {
	const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
	await writable.write(data as FileSystemWriteChunkType);
	await writable.close();
}

async function readCurrent(dir: FileSystemDirectoryHandle): Promise<(SnapshotMeta & { generation: string }) | null> {
	try {
		return JSON.parse(await (await (await dir.getFileHandle(CURRENT)).getFile()).text());
	} catch {
		return null;
	}
}

/**
 * Persistence through the Origin Private File System, which holds far more than IndexedDB quotas
 * usually allow (a million referrals). Tables travel as CSV written and read by DuckDB itself in its
 * worker, so no large copy is ever built on the main thread.
 */
export function opfsPersistence(db: duckdb.AsyncDuckDB, conn: duckdb.AsyncDuckDBConnection): Persistence {
	return {
		async snapshot(tables) {
			const snapshot: Snapshot = new Map();
			for (const table of tables) {
				const file = `snapshot-${table}.csv`;
				await db.registerEmptyFileBuffer(file);
				await conn.query(`COPY ${id(table)} TO ${sqlString(file)} (HEADER true, DELIMITER ',')`);
				const rows = Number((await conn.query(`SELECT count(*)::INTEGER AS n FROM ${id(table)}`)).get(0)?.n ?? 0);
				snapshot.set(table, { bytes: await db.copyFileToBuffer(file), rows });
				await db.dropFile(file);
			}
			return snapshot;
		},
		async write(snapshot, meta) {
			const dir = await root();
			const generation = `gen-${Date.now()}`;
			const target = await dir.getDirectoryHandle(generation, { create: true });
			const rows: Record<string, number> = {};
			for (const [table, data] of snapshot) {
				await writeFile(target, `${table}.csv`, data.bytes);
				rows[table] = data.rows;
			}
			await writeFile(dir, CURRENT, JSON.stringify({ ...meta, generation, rows, savedAt: new Date().toISOString() }));
			for await (const name of dir.keys()) if (name.startsWith('gen-') && name !== generation) await dir.removeEntry(name, { recursive: true });
		},
		async restore(tables) {
			const dir = await root();
			const current = await readCurrent(dir);
			if (!current) return null;
			const source = await dir.getDirectoryHandle(current.generation).catch(() => null);
			if (!source && Object.values(current.rows).some((n) => n > 0)) return null;
			for (const table of tables) {
				if (!source || !current.rows[table]) continue;
				const bytes = new Uint8Array(await (await (await source.getFileHandle(`${table}.csv`)).getFile()).arrayBuffer());
				const file = `restore-${table}.csv`;
				await db.registerFileBuffer(file, bytes);
				const described = (await conn.query(`DESCRIBE ${id(table)}`)).toArray().map((r) => r.toJSON());
				const columns = described.map((c) => `${sqlString(String(c.column_name))}: ${sqlString(String(c.column_type))}`).join(', ');
				await conn.query(`INSERT INTO ${id(table)} SELECT * FROM read_csv(${sqlString(file)}, header = true,
					delim = ',', quote = '"', escape = '"', columns = {${columns}}, auto_detect = false)`);
				await db.dropFile(file);
			}
			return current;
		},
		async clear() {
			const opfs = await navigator.storage.getDirectory();
			await opfs.removeEntry(ROOT, { recursive: true }).catch(() => undefined);
		}
	};
}
