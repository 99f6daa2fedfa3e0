import type { Encoding } from './decode';

export type Delimiter = ',' | ';' | '\t';

export interface RaggedRow {
	line: number;
	fields: number;
	expected: number;
}

export interface PreparedText {
	/** UTF-8, no BOM, LF line endings, header line first, then exactly one well-formed record per data row
	    (quoted fields kept RFC 4180-quoted, so embedded delimiters/newlines/quotes survive), no blank records,
	    every record with exactly headers.length fields. Ready for DuckDB read_csv(header=true, delim, quote='"', escape='"'). */
	bytes: Uint8Array;
	encoding: Encoding;
	delimiter: Delimiter;
	/** Header cells as written (trimmed, BOM removed), in order. */
	headers: string[];
	/** recordLines[i] = the line number, as the user's editor counts it (first line of the file = 1), on which
	    data record i (0-based, in `bytes` order after the header) STARTS in the ORIGINAL file. Correct also when
	    earlier values span several lines inside quotes, when blank lines are skipped, and with CRLF/CR/mixed endings. */
	recordLines: Int32Array;
	/** Data rows whose field count differs from the header's: removed from `bytes`, reported here. */
	ragged: RaggedRow[];
	/** Editor line number of the header row. */
	headerLine: number;
	/** What the report must say about the file as a whole (damaged bytes). */
	warnings: string[];
}
