import { isBsnSql, type TableSpec } from '../contract';
import { type Connector, sqlIdentifier as id, sqlNumber, sqlString } from '../db/connector';
import { type PreparedText } from './text';
import { rawName, typedRowsSql } from './typed-rows';
import { type NumberDialect } from './sql-convert';
import { measureStep } from './measure-step';
import { TRIMMED_CHARACTERS } from './whitespace';

/** Column of the typed table naming the first column in which a BSN was found (referrals only). */
export const BSN_COLUMN = '__bsn_column';

const DUCKDB_DEFAULT_LINE = 2_000_000;

/**
 * DuckDB refuses records over 2 MB by default, and a larger limit makes every reader thread
 * allocate that much (100 MB ran the browser engine out of memory): raise it only for files
 * whose longest line needs it. Lines inside one quoted value are assumed to stay under it.
 */
function maxLineOption(longest: number): string {
	return longest > DUCKDB_DEFAULT_LINE / 2 ? `, max_line_size = ${sqlNumber(2 * longest + 1024)}` : '';
}

export interface StageOptions {
	spec: TableSpec;
	/** Contract column → the file's header cell. */
	keep: Map<string, string>;
	scanForBsn: boolean;
	/** Whether values need trimming (see edge-whitespace.ts). */
	trim: boolean;
	dialect: NumberDialect;
	/** Bytes in the longest line (PreparedSource.longestLine). */
	longestLine: number;
}

/**
 * Hands the prepared text to DuckDB (in the browser: its worker) and reads it with DuckDB's own
 * CSV reader, in one pass, into the typed table of typed-rows.ts: `__row` (0-based record index),
 * per contract column its trimmed text or NULL (`rawColumn`) and its typed value. Columns outside
 * the contract are never stored.
 */
export async function stageText(db: Connector, name: string, text: PreparedText, table: string,
	{ spec, keep, scanForBsn, trim, dialect, longestLine }: StageOptions): Promise<void> {
	const contractColumns = spec.columns.map((c) => c.name);
	const index = new Map(text.headers.map((h, i) => [h, i]));
	const columns = text.headers.map((_, i) => `${sqlString(`c${i}`)}: 'VARCHAR'`).join(', ');
	const lineOption = maxLineOption(longestLine);
	let start = performance.now();
	const path = await db.registerFile(name, text.bytes);
	measureStep('register', start);
	const cell = (i: number) => (trim ? `trim(c${i}, ${sqlString(TRIMMED_CHARACTERS)})` : `c${i}`);
	const select = contractColumns.map((column) => {
		const header = keep.get(column);
		return `${header === undefined ? 'NULL::VARCHAR' : `NULLIF(${cell(index.get(header)!)}, '')`} AS ${id(rawName(column))}`;
	});
	if (scanForBsn) {
		const found = text.headers.map((h, i) => `WHEN length(c${i}) >= 9 AND ${isBsnSql(cell(i))} THEN ${sqlString(h)}`).join(' ');
		select.push(`CASE ${found} END AS ${BSN_COLUMN}`);
	}
	try {
		const rows = `(SELECT (row_number() OVER () - 1)::INTEGER AS __row, ${select.join(', ')}
			FROM read_csv(${sqlString(path)}, header = true, delim = ${sqlString(text.delimiter)}, quote = '"', escape = '"',
				columns = {${columns}}, auto_detect = false, null_padding = false${lineOption}))`;
		const present = new Set(keep.keys());
		start = performance.now();
		await db.exec(`CREATE OR REPLACE TEMP TABLE ${table} AS ${typedRowsSql(spec, rows, present, dialect, scanForBsn ? [BSN_COLUMN] : [])}`);
		measureStep('read', start);
	} finally {
		await db.dropFile(name);
	}
}
