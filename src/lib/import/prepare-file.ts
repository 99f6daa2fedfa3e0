import { prepareText, type PreparedText } from './text';
import { isWorkbook, readWorkbook, sheetToCsv } from './workbook';
import { mayHaveEdgeWhitespace } from './edge-whitespace';
import { longestRun } from './longest-run';

/** One table's worth of text: a delimited file, or one sheet of a workbook. */
export interface PreparedSource {
	/** How the report names it: the file, or `file › sheet`. */
	label: string;
	/** The name matched against table names and aliases: the file name, or the sheet name. */
	matchName: string;
	text: PreparedText;
	/** False when no value starts or ends with whitespace, so SQL can skip trimming. */
	trim: boolean;
	/** Bytes in the longest line of `text.bytes` (see stage-file.ts): measured here, in the worker, not on the page. */
	longestLine: number;
}

export interface FileToPrepare {
	name: string;
	bytes: Uint8Array;
}

const encoder = new TextEncoder();

/** The file types of DATA-CONTRACT.md: delimited text and Excel workbooks. */
export const acceptedExtensions = ['.csv', '.tsv', '.txt', '.xlsx'];

function assertAcceptedType(name: string): void {
	const extension = /\.[^./\\]*$/.exec(name)?.[0].toLowerCase();
	if (extension && acceptedExtensions.includes(extension)) return;
	throw new Error(`Bestandstype niet ondersteund (${extension ?? 'geen extensie'}). ` +
		`Wijkradar leest tekstbestanden met scheidingstekens (.csv, .tsv, .txt) en Excel-werkmappen (.xlsx).`);
}

/** Decodes a file (or reads a workbook) into well-formed UTF-8 records; throws a Dutch reason when it cannot. */
export async function prepareFile(file: FileToPrepare): Promise<PreparedSource[]> {
	assertAcceptedType(file.name);
	if (/\.xlsx$/i.test(file.name) || isWorkbook(file.bytes)) {
		const sheets = await readWorkbook(file.bytes);
		if (!sheets.length) throw new Error('De werkmap bevat geen gevulde werkbladen.');
		return sheets.map((sheet) => {
			const { text, recordLines } = sheetToCsv(sheet);
			const prepared: PreparedText = {
				bytes: encoder.encode(text),
				encoding: 'utf-8',
				delimiter: ',',
				headers: sheet.rows[0].map((h) => (h ?? '').trim()),
				recordLines: Int32Array.from(recordLines),
				ragged: [],
				headerLine: sheet.rowNumbers[0],
				warnings: []
			};
			const trim = mayHaveEdgeWhitespace(prepared.bytes, ',');
			return { label: `${file.name} › ${sheet.name}`, matchName: sheet.name, text: prepared, trim, longestLine: longestRun(prepared.bytes, 0x0a) };
		});
	}
	const text = prepareText(file.bytes);
	const trim = mayHaveEdgeWhitespace(text.bytes, text.delimiter);
	return [{ label: file.name, matchName: file.name, text, trim, longestLine: longestRun(text.bytes, 0x0a) }];
}
