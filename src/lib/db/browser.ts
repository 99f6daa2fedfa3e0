import * as duckdb from '@duckdb/duckdb-wasm';
import { assets } from '$app/paths';
import { DataType, Table, Utf8, vectorFromArray } from 'apache-arrow';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { type Connector, type Engine, ONE_STATEMENT, type Row, sqlIdentifier } from './connector';
import { connectorOver } from './serial-connector';
import { opfsPersistence, type Persistence } from './browser-persistence';
import { plainValue } from './values';
import { lifeLock, runningWorkers, whenGone } from '../workers/watch';

export type BrowserConnector = Connector & { persistence: Persistence };

export interface StartProgress {
	/** Bytes of the engine (wasm) downloaded so far, and in total when known. */
	loaded: number;
	total: number;
}

function rowsOf<T extends Row>(table: Table): T[] {
	const fields = table.schema.fields.map((field, i) => ({
		name: field.name,
		vector: table.getChildAt(i)!,
		kind: DataType.isDate(field.type) ? 'date' : DataType.isTimestamp(field.type) ? 'timestamp' : 'other'
	}) as const);
	const rows: T[] = [];
	for (let r = 0; r < table.numRows; r++) {
		const row: Row = {};
		for (const f of fields) row[f.name] = plainValue(f.vector.get(r), f.kind);
		rows.push(row as T);
	}
	return rows;
}

function browserEngine(db: duckdb.AsyncDuckDB, conn: duckdb.AsyncDuckDBConnection): Engine {
	return {
		async query<T extends Row>(sql: string, params?: (string | number | boolean | null)[]) {
			// Always prepared: DuckDB then refuses a script, also one whose second statement a regex took for a string.
			const statement = await conn.prepare(sql).catch((error: unknown) => {
				throw /multiple statements/i.test(String(error)) ? new Error(ONE_STATEMENT) : error;
			});
			try {
				return rowsOf<T>(await statement.query(...(params ?? [])));
			} finally {
				await statement.close();
			}
		},
		async exec(sql) {
			await conn.query(sql);
		},
		async registerFile(name, bytes) {
			await db.registerFileBuffer(name, bytes);
			return name;
		},
		async dropFile(name) {
			await db.dropFile(name);
		},
		async insertRows(table, columns, rows) {
			const staging = `__insert_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
			const vectors = Object.fromEntries(
				columns.map((c, i) => [c, vectorFromArray(rows.map((r) => r[i]), new Utf8())])
			);
			const list = columns.map(sqlIdentifier).join(', ');
			await conn.insertArrowTable(new Table(vectors), { name: staging, create: true });
			try {
				await conn.query(`INSERT INTO ${sqlIdentifier(table)} (${list}) SELECT ${list} FROM ${staging}`);
			} finally {
				await conn.query(`DROP TABLE IF EXISTS ${staging}`);
			}
		}
	};
}

/** DuckDB's worker inside ours (static/engine-worker.js), so that its end is noticed: `onGone` is called then. */
function engineWorker(onGone?: () => void): Worker {
	const lock = lifeLock('engine');
	const engine = new URL(workerUrl, location.href).href;
	const worker = new Worker(new URL(`${assets}/engine-worker.js?${new URLSearchParams({ lock, engine })}`, location.href));
	runningWorkers.set(worker, { kind: 'engine', lock });
	void whenGone(lock).then(() => {
		runningWorkers.delete(worker);
		onGone?.();
	});
	return worker;
}

async function start(onProgress?: (p: StartProgress) => void, onGone?: () => void): Promise<BrowserConnector> {
	const worker = engineWorker(() => {
		shared = undefined;
		onGone?.();
	});
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(wasmUrl, null, (p) => onProgress?.({ loaded: p.bytesLoaded, total: p.bytesTotal }));
	await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const conn = await db.connect();
	// Extensions would be fetched from the internet; data must never leave the browser.
	await conn.query('SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;');
	return { ...connectorOver(browserEngine(db, conn)), persistence: opfsPersistence(db, conn) };
}

let shared: Promise<BrowserConnector> | undefined;

/** The app's one DuckDB-wasm instance, started on first use in its own worker; `onGone` when that worker has stopped. */
export function browserConnector(onProgress?: (p: StartProgress) => void, onGone?: () => void): Promise<BrowserConnector> {
	shared ??= start(onProgress, onGone).catch((error) => {
		shared = undefined; // let a retry start afresh
		throw error;
	});
	return shared;
}
