import type * as duckdb from '@duckdb/duckdb-wasm';
import { sqlIdentifier as id, sqlNumber, sqlString } from './connector';

/** What is stored about the saved data besides the tables. */
export interface SnapshotMeta {
	source: string;
	savedAt: string;
	rows: Record<string, number>;
}

/** Every table as CSV parts, taken from the database in one consistent moment. */
export type Snapshot = Map<string, { parts: Uint8Array[]; rows: number }>;

/**
 * Rows per CSV part. duckdb-wasm hands a file buffer to the page by copying, not transferring,
 * it; a 50 MB table in one piece stalled the page for ~80 ms. Parts of a few MB stay under 50 ms.
 */
const ROWS_PER_PART = 50_000;

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

const ROOT = 'wijkradar-v2';
const CURRENT = 'current.json';

async function root(): Promise<FileSystemDirectoryHandle> {
	const opfs = await navigator.storage.getDirectory();
	return opfs.getDirectoryHandle(ROOT, { create: true });
}

// Written in pieces: one 50 MB write() copies on the main thread long enough to stall the page.
const WRITE_CHUNK = 4 << 20;

async function writeFile(dir: FileSystemDirectoryHandle, name: string, data: Uint8Array | string): Promise<void> {
	const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
	if (typeof data === 'string') await writable.write(data);
	else for (let at = 0; at < data.length; at += WRITE_CHUNK) await writable.write(data.subarray(at, at + WRITE_CHUNK) as FileSystemWriteChunkType);
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
				const rows = Number((await conn.query(`SELECT count(*)::INTEGER AS n FROM ${id(table)}`)).get(0)?.n ?? 0);
				const parts: Uint8Array[] = [];
				for (let offset = 0; offset < rows; offset += ROWS_PER_PART) {
					const file = `snapshot-${table}-${parts.length}.csv`;
					await db.registerEmptyFileBuffer(file);
					await conn.query(`COPY (SELECT * FROM ${id(table)} LIMIT ${sqlNumber(ROWS_PER_PART)} OFFSET ${sqlNumber(offset)})
						TO ${sqlString(file)} (HEADER true, DELIMITER ',')`);
					parts.push(await db.copyFileToBuffer(file));
					await db.dropFile(file);
				}
				snapshot.set(table, { parts, rows });
			}
			return snapshot;
		},
		async write(snapshot, meta) {
			const dir = await root();
			const generation = `gen-${Date.now()}`;
			const target = await dir.getDirectoryHandle(generation, { create: true });
			const rows: Record<string, number> = {};
			for (const [table, data] of snapshot) {
				for (const [i, part] of data.parts.entries()) await writeFile(target, `${table}.${i}.csv`, part);
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
			if (!source && Object.values(current.rows).some((n) => n > 0)) throw new Error('de opgeslagen tabellen ontbreken');
			for (const table of tables) {
				if (!source || !current.rows[table]) continue;
				const files: string[] = [];
				for (let i = 0; i * ROWS_PER_PART < current.rows[table]; i++) {
					const part = await (await source.getFileHandle(`${table}.${i}.csv`)).getFile();
					files.push(`restore-${table}-${i}.csv`);
					await db.registerFileBuffer(files[i], new Uint8Array(await part.arrayBuffer()));
				}
				const described = (await conn.query(`DESCRIBE ${id(table)}`)).toArray().map((r) => r.toJSON());
				const columns = described.map((c) => `${sqlString(String(c.column_name))}: ${sqlString(String(c.column_type))}`).join(', ');
				await conn.query(`INSERT INTO ${id(table)} SELECT * FROM read_csv([${files.map(sqlString).join(', ')}], header = true,
					delim = ',', quote = '"', escape = '"', columns = {${columns}}, auto_detect = false)`);
				for (const file of files) await db.dropFile(file);
			}
			return current;
		},
		async clear() {
			// Where the browser keeps nothing (a private window), there is nothing to forget.
			const opfs = await navigator.storage?.getDirectory?.().catch(() => null);
			await opfs?.removeEntry(ROOT, { recursive: true }).catch(() => undefined);
		}
	};
}
