import { isBsnSql } from '../contract';
import { type Connector, sqlIdentifier as id, sqlString } from '../db/connector';
import { type PreparedText } from './text';

/** Column of the staging table naming the first column in which a BSN was found (referrals only). */
export const BSN_COLUMN = '__bsn_column';

/**
 * Hands the prepared text to DuckDB (in the browser: its worker) and reads it with DuckDB's own
 * CSV reader into an all-text staging table: `__row` (0-based record index) and only the file
 * columns the contract knows, so columns outside it are never stored.
 */
export async function stageText(db: Connector, name: string, text: PreparedText, table: string,
	keep: Map<string, string>, scanForBsn: boolean): Promise<void> {
	const index = new Map(text.headers.map((h, i) => [h, i]));
	const columns = text.headers.map((_, i) => `${sqlString(`c${i}`)}: 'VARCHAR'`).join(', ');
	const path = await db.registerFile(name, text.bytes);
	const select = [...keep].map(([canonical, header]) => `c${index.get(header)} AS ${id(canonical)}`);
	if (scanForBsn) {
		const found = text.headers.map((h, i) => `WHEN length(c${i}) >= 9 AND ${isBsnSql(`trim(c${i})`)} THEN ${sqlString(h)}`).join(' ');
		select.push(`CASE ${found} END AS ${BSN_COLUMN}`);
	}
	try {
		await db.exec(`CREATE OR REPLACE TEMP TABLE ${table} AS
			SELECT (row_number() OVER () - 1)::INTEGER AS __row, ${select.join(', ')}
			FROM read_csv(${sqlString(path)}, header = true, delim = ${sqlString(text.delimiter)}, quote = '"', escape = '"',
				columns = {${columns}}, auto_detect = false, null_padding = false, max_line_size = 100000000)`);
	} finally {
		await db.dropFile(name);
	}
}
