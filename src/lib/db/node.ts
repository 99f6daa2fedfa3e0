import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, DuckDBTypeId, type DuckDBConnection } from '@duckdb/node-api';
import { type Connector, type Engine, ONE_STATEMENT, type Row, sqlIdentifier } from './connector';
import { connectorOver } from './serial-connector';
import { plainValue } from './values';

const timestampTypes = new Set<DuckDBTypeId>([
	DuckDBTypeId.TIMESTAMP,
	DuckDBTypeId.TIMESTAMP_MS,
	DuckDBTypeId.TIMESTAMP_S,
	DuckDBTypeId.TIMESTAMP_NS,
	DuckDBTypeId.TIMESTAMP_TZ
]);

function nodeEngine(connection: DuckDBConnection, fileDir: string): Engine {
	const files = new Map<string, string>();
	return {
		async query<T extends Row>(sql: string, params?: (string | number | boolean | null)[]) {
			// One statement, prepared, never a script: `runAndReadAll` would run every statement but the last
			// unchecked, and one hidden where a regex sees a string ($$…$$) would get past the read-only door.
			const statements = await connection.extractStatements(sql);
			if (statements.count !== 1) throw new Error(ONE_STATEMENT);
			const prepared = await statements.prepare(0);
			if (params?.length) prepared.bind(params);
			const reader = await prepared.runAndReadAll();
			const kinds = reader.columnTypes().map((type): 'date' | 'timestamp' | 'other' =>
				type.typeId === DuckDBTypeId.DATE ? 'date' : timestampTypes.has(type.typeId) ? 'timestamp' : 'other'
			);
			const names = reader.columnNames();
			return reader.getRowsJS().map((values) => {
				const row: Row = {};
				names.forEach((name, i) => (row[name] = plainValue(values[i], kinds[i])));
				return row as T;
			});
		},
		async exec(sql) {
			await connection.run(sql);
		},
		async registerFile(name, bytes) {
			const path = join(fileDir, encodeURIComponent(name));
			await writeFile(path, bytes);
			// Detach like the browser engine's transfer to its worker, so misuse fails in Node tests too.
			structuredClone(bytes.buffer, { transfer: [bytes.buffer as ArrayBuffer] });
			files.set(name, path);
			return path;
		},
		async dropFile(name) {
			const path = files.get(name);
			files.delete(name);
			if (path) await rm(path, { force: true });
		},
		async insertRows(table, columns, rows) {
			const staging = `__insert_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
			const list = columns.map(sqlIdentifier).join(', ');
			await connection.run(`CREATE TEMP TABLE ${staging} (${columns.map((c) => `${sqlIdentifier(c)} VARCHAR`).join(', ')})`);
			try {
				const appender = await connection.createAppender(staging, 'main', 'temp');
				for (const values of rows) {
					for (const value of values) {
						if (value === null) appender.appendNull();
						else appender.appendVarchar(value);
					}
					appender.endRow();
				}
				appender.closeSync();
				await connection.run(`INSERT INTO ${sqlIdentifier(table)} (${list}) SELECT ${list} FROM temp.${staging}`);
			} finally {
				await connection.run(`DROP TABLE IF EXISTS temp.${staging}`);
			}
		}
	};
}

/** An in-process DuckDB (same engine line as the browser's wasm) for the CLI, notebooks and tests. */
export async function openNodeConnector(path = ':memory:'): Promise<Connector & { close(): Promise<void> }> {
	const instance = await DuckDBInstance.create(path);
	const connection = await instance.connect();
	const fileDir = await mkdtemp(join(tmpdir(), 'wijkradar-'));
	const connector = connectorOver(nodeEngine(connection, fileDir));
	return {
		...connector,
		async close() {
			connection.closeSync();
			instance.closeSync();
			await rm(fileDir, { recursive: true, force: true });
		}
	};
}
