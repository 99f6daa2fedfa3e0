import { readFileSync, readdirSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeConnector } from '../../db/node';
import { sqlString } from '../../db/connector';
import { prepareText, type PreparedText } from './index';
import { utf8, windows1252 } from './test-helpers';

const DIR = new URL('../../../../tests/fixtures/hostile/', import.meta.url);

let db: Awaited<ReturnType<typeof openNodeConnector>>;
beforeAll(async () => {
	db = await openNodeConnector();
});
afterAll(() => db.close());

/** Reads prepared text the way the import stages it: DuckDB's reader, no sniffing, every column text. */
async function readWithDuckDb(name: string, text: PreparedText): Promise<string[][]> {
	const columns = text.headers.map((_, i) => `${sqlString(`c${i}`)}: 'VARCHAR'`).join(', ');
	// A copy (Buffer.slice would be a view): registering detaches, and a clean file's bytes are the input itself.
	const path = await db.registerFile(name, new Uint8Array(text.bytes));
	try {
		const rows = await db.query(`SELECT * FROM read_csv(${sqlString(path)}, header = true, delim = ${sqlString(text.delimiter)},
			quote = '"', escape = '"', columns = {${columns}}, auto_detect = false, null_padding = false)`);
		return rows.map((row) => text.headers.map((_, i) => (row[`c${i}`] as string | null) ?? ''));
	} finally {
		await db.dropFile(name);
	}
}

const papaRows = (text: PreparedText) =>
	Papa.parse<string[]>(new TextDecoder().decode(text.bytes).slice(0, -1), { delimiter: text.delimiter, newline: '\n' }).data.slice(1);

describe('what prepareText writes, DuckDB reads as intended', () => {
	const loadable = readdirSync(DIR).filter((file) => {
		try {
			return file.endsWith('.csv') && prepareText(readFileSync(new URL(file, DIR))) !== undefined;
		} catch {
			return false;
		}
	});

	it.each(loadable)('%s', async (file) => {
		const text = prepareText(readFileSync(new URL(file, DIR)));
		const rows = await readWithDuckDb(file, text);
		expect(rows).toHaveLength(text.recordLines.length);
		expect(rows).toEqual(papaRows(text));
	});

	it('a Windows-1252 file with CR line endings, stray quotes, text after quotes and multi-line values', async () => {
		const source = 'id;naam;notitie\r1;Coördinator € "Zuid";a\r2;"Het ""Anker""" Zorg;"x\r\ny"\r\r3; "b";c;\r4;;\r';
		const text = prepareText(windows1252(source)!);
		expect(text.encoding).toBe('windows-1252');
		expect(await readWithDuckDb('tricky.csv', text)).toEqual([
			['1', 'Coördinator € "Zuid"', 'a'],
			['2', 'Het "Anker" Zorg', 'x\ny'],
			['4', '', '']
		]);
		expect([...text.recordLines]).toEqual([2, 3, 7]);
		expect(text.ragged).toEqual([{ line: 6, fields: 4, expected: 3 }]);
	});

	it('a one-column file with a whitespace-only value', async () => {
		const text = prepareText(utf8('id\n"" \na\n'));
		expect(await readWithDuckDb('one.csv', text)).toEqual([[' '], ['a']]);
	});
});
