import { type Connector, ONE_STATEMENT, type Row, type SqlValue } from './connector';

declare const readOnlyBrand: unique symbol;

/**
 * The door for everything that only reads: metrics, views, charts' data. It is made by `readerOver`
 * alone (the brand keeps a plain Connector out), so whoever holds a Reader cannot change the data:
 * every change goes through the write path that keeps derived tables and versions fresh.
 */
export interface Reader {
	query<T extends Row = Row>(sql: string, params?: SqlValue[]): Promise<T[]>;
	readonly [readOnlyBrand]: true;
}

// Statements that read; anything else (INSERT, CREATE, ATTACH, SET, COPY, PRAGMA, …) is refused.
const READING = new Set(['SELECT', 'WITH', 'FROM', 'VALUES', 'TABLE', 'DESCRIBE', 'SUMMARIZE', 'SHOW', 'EXPLAIN', 'PIVOT', 'UNPIVOT']);
const WRITING = /\b(INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|ATTACH|DETACH|COPY|EXPORT|IMPORT|INSTALL|LOAD|SET|RESET|PRAGMA|CHECKPOINT|VACUUM|CALL|BEGIN|COMMIT|ROLLBACK|TRUNCATE|MERGE|USE)\b/i;

/** The SQL without its string literals, quoted identifiers and comments, so keywords inside them do not count. */
function bareSql(sql: string): string {
	return sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|\/\*[\s\S]*?\*\//g, ' ');
}

/** Throws unless `sql` is one statement that only reads. */
export function assertReadOnly(sql: string): void {
	const bare = bareSql(sql).trim().replace(/;\s*$/, '');
	const first = /^\(*\s*([a-z]+)/i.exec(bare)?.[1]?.toUpperCase() ?? '';
	if (bare.includes(';')) throw new Error(ONE_STATEMENT);
	const writing = WRITING.exec(bare);
	if (!READING.has(first) || writing) throw new Error(`Alleen lezen is hier toegestaan (${writing?.[1]?.toUpperCase() ?? first ?? 'leeg'}).`);
}

/** A Reader over `db`; `beforeEach` runs before every query (the store builds derived tables there). */
export function readerOver(db: Pick<Connector, 'query'>, beforeEach: () => Promise<void> = async () => {}): Reader {
	return {
		async query<T extends Row = Row>(sql: string, params?: SqlValue[]) {
			assertReadOnly(sql);
			await beforeEach();
			return db.query<T>(sql, params);
		}
	} as Reader;
}
