/** A value as every engine hands it out: BIGINT/HUGEINT as number, DATE as `YYYY-MM-DD`. */
export type SqlValue = string | number | boolean | null;
export type Row = Record<string, SqlValue>;

/**
 * The one door to the database. Views, metrics and the import depend on this interface only;
 * `browser.ts` (duckdb-wasm) and `node.ts` (@duckdb/node-api) implement it alike.
 */
export interface Connector {
	/** Rows of a query; `?` placeholders take `params` in order. */
	query<T extends Row = Row>(sql: string, params?: SqlValue[]): Promise<T[]>;
	/** One or more statements whose result is not needed. */
	exec(sql: string): Promise<void>;
	/**
	 * Makes bytes readable from SQL (e.g. `read_csv`) and returns the path to use there.
	 * The bytes are handed over: their buffer is detached (moved to the engine's worker).
	 */
	registerFile(name: string, bytes: Uint8Array): Promise<string>;
	dropFile(name: string): Promise<void>;
	/** Bulk insert of text values into an existing table; DuckDB casts them to the column types. */
	insertRows(table: string, columns: string[], rows: (string | null)[][]): Promise<void>;
	/** Runs `work` between BEGIN and COMMIT; any error rolls everything back and is rethrown. */
	transaction<T>(work: (tx: Connector) => Promise<T>): Promise<T>;
}

/** What an engine must provide; `connectorOver` adds ordering and transactions on top. */
export type Engine = Omit<Connector, 'transaction'>;

/** The engines' refusal of a script where one query was asked: the read-only door's own words, so a notebook cell says why. */
export const ONE_STATEMENT = 'Alleen één leesopdracht tegelijk is toegestaan.';

/** Escapes a string for use inside a single-quoted SQL literal. */
export function sqlString(value: string): string {
	return `'${value.replaceAll("'", "''")}'`;
}

/**
 * A number as a SQL literal, for the few places a statement cannot take a parameter (LIMIT in COPY,
 * a reader's option): only a finite number passes, so nothing but digits reaches the SQL.
 */
export function sqlNumber(value: number): string {
	if (!Number.isFinite(value)) throw new TypeError(`geen eindig getal: ${value}`);
	return String(value);
}

/** Escapes an identifier for use inside double quotes. */
export function sqlIdentifier(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}
