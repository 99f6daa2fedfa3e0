import { type Row, type SqlValue } from '../db/connector';
import { type Reader } from '../db/reader';
import { CellTextError, composeCell, type NotebookParams } from './compose';
import { type Notebook } from './parse';

/** At most this many rows of a cell are kept: a table pages through them, an export holds them all. */
export const MAX_ROWS = 10_000;

export type CellOutcome =
	| { name: string; ok: true; columns: string[]; rows: Row[]; /** More rows than kept. */ truncated: boolean; ms: number }
	| { name: string; ok: false; /** Dutch, naming the cell and its line in the file. */ error: string; line: number };

/** The engine's "LINE n" of the composed query, as a line of the notebook's file; the cell's first line otherwise. */
function fileLine(message: string, cellLine: number, prefixLines: number): number {
	const at = /LINE (\d+):/.exec(message);
	const line = at ? Number(at[1]) - prefixLines : 1;
	return cellLine + Math.max(0, line - 1);
}

/** Only what the engine says first; its LINE excerpt shows the composed query, which the user never wrote. */
const firstLine = (message: string) => message.split('\n')[0].trim();

/**
 * Runs a notebook's SQL cells in order over `db`, a Reader: it only reads, so a cell that would
 * change a table (DELETE, DROP, …) is refused before it reaches the engine and every table stays as
 * it was. Earlier cells that ran are tables for later ones; a failing cell says why and where, and
 * the cells after it still run (those that select from it fail in turn).
 */
export async function runNotebook(db: Reader, notebook: Notebook, params: NotebookParams, onCell?: (outcome: CellOutcome) => void): Promise<CellOutcome[]> {
	const outcomes: CellOutcome[] = [];
	const done: { name: string; sql: string }[] = [];
	for (const block of notebook.blocks) {
		if (block.kind !== 'sql') continue;
		const outcome = await runCell(db, done, block, params);
		if (outcome.ok) done.push({ name: block.name, sql: block.sql });
		outcomes.push(outcome);
		onCell?.(outcome);
	}
	return outcomes;
}

async function runCell(db: Reader, earlier: { name: string; sql: string }[], cell: { name: string; sql: string; line: number }, params: NotebookParams): Promise<CellOutcome> {
	const failed = (message: string, line: number): CellOutcome => ({ name: cell.name, ok: false, line, error: `Cel "${cell.name}" (regel ${line}): ${message}` });
	let query;
	try {
		query = composeCell(earlier, cell.sql, params);
	} catch (error) {
		if (error instanceof CellTextError) return failed(error.message, cell.line + error.cellLine - 1);
		throw error;
	}
	const started = performance.now();
	try {
		// Wrapped, so that a cell's own LIMIT stands; DuckDB keeps the order of the cell's ORDER BY through it.
		const rows = await db.query(`SELECT * FROM (\n${query.sql}\n) LIMIT ${MAX_ROWS + 1}`, query.values);
		// From the engine, in the query's order: a row's own keys put number-like names ("2024") first.
		const columns = await columnsOf(db, query.sql, query.values);
		if (columns.includes('__proto__')) return failed('een kolom mag niet "__proto__" heten: geef hem een andere naam (AS …).', cell.line);
		return { name: cell.name, ok: true, columns, rows: rows.slice(0, MAX_ROWS), truncated: rows.length > MAX_ROWS, ms: performance.now() - started };
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		if (message.startsWith('Alleen')) return failed(`${message} Een notebook leest alleen: de tabellen blijven zoals ze waren.`, cell.line);
		if (/^Permission Error/.test(message)) return failed(`een notebook leest alleen de geladen tabellen, geen bestanden van deze computer (${firstLine(message)}).`, cell.line);
		return failed(firstLine(message), fileLine(message, cell.line, query.prefixLines + 1));
	}
}

/** The columns of a query, in its order. */
async function columnsOf(db: Reader, sql: string, values: SqlValue[]): Promise<string[]> {
	const described = await db.query<{ column_name: string }>(`DESCRIBE ${sql}`, values);
	return described.map((c) => c.column_name);
}
