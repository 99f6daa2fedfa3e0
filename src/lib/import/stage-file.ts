import { type Connector, sqlString } from '../db/connector';

export interface StagedFile {
	/** The temp table holding every value as text, with `__line` as the editor counts lines. */
	table: string;
	headers: string[];
	delimiter: string;
}

const LF = 10;

/** The delimiter of the header line: whichever of `,` `;` tab occurs most often. */
export function sniffDelimiter(bytes: Uint8Array): string {
	const end = bytes.indexOf(LF);
	const firstLine = new TextDecoder().decode(bytes.subarray(0, end < 0 ? Math.min(bytes.length, 65_536) : end));
	const counts = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
	counts.sort((a, b) => b.n - a.n);
	return counts[0].n > 0 ? counts[0].d : ',';
}

/**
 * Hands the file to DuckDB (in the browser: its worker) and reads it into an all-text staging
 * table with DuckDB's own CSV reader, the fast path measured in STACK-NOTES.md.
 */
export async function stageFile(db: Connector, name: string, bytes: Uint8Array, table: string): Promise<StagedFile> {
	const delimiter = sniffDelimiter(bytes);
	const path = await db.registerFile(name, bytes);
	const source = `read_csv(${sqlString(path)}, all_varchar = true, header = true, delim = ${sqlString(delimiter)},
		quote = '"', escape = '"', auto_detect = true, skip = 0)`;
	const described = await db.query<{ column_name: string }>(`DESCRIBE SELECT * FROM ${source}`);
	await db.exec(`CREATE OR REPLACE TEMP TABLE ${table} AS SELECT (row_number() OVER () + 1)::INTEGER AS __line, * FROM ${source}`);
	await db.dropFile(name);
	return { table, headers: described.map((d) => d.column_name), delimiter };
}
