import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { prepareText, type Delimiter } from './index';
import { utf16, utf8, utf8Bom, windows1252 } from './test-helpers';

const PIECES = [',', ';', '\t', '"', '""', '\n', '\r\n', '\r', ' ', '  ', 'a', 'Z', '7', 'é', 'ö', 'ë', '€', '’', '“', '–', '\u00a0', 'sep=;', '😀'];
/** Control characters would (rightly) make the file look binary. */
const isControl = (ch: string) => {
	const c = ch.charCodeAt(0);
	return (c < 0x20 && ch !== '\t' && ch !== '\n' && ch !== '\r') || (c >= 0x7f && c < 0xa0) || c === 0xfffd;
};

const value = fc
	.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 6 })
	.map((parts) => [...parts.join('')].filter((ch) => !isControl(ch)).join(''));

const table = fc
	.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_]{0,11}$/), { minLength: 1, maxLength: 8 })
	.chain((headers) =>
		fc.record({
			headers: fc.constant(headers),
			rows: fc.array(fc.array(value, { minLength: headers.length, maxLength: headers.length }), { maxLength: 30 }),
			blankLinesBefore: fc.array(fc.constantFrom('', '', '   '), { maxLength: 30 }),
			trailingEol: fc.boolean()
		})
	)
	// A one-column row of only whitespace is written as a blank line, which is skipped by design.
	.filter(({ headers, rows }) => headers.length > 1 || rows.every(([v]) => v.trim() !== ''));

type Table = { headers: string[]; rows: string[][]; blankLinesBefore: string[]; trailingEol: boolean };
type Dialect = { delimiter: Delimiter; eol: string; quoteAll: boolean };

/** The CSV text and the editor line each record starts on. */
function render({ headers, rows, blankLinesBefore, trailingEol }: Table, { delimiter, eol, quoteAll }: Dialect) {
	const cell = (v: string) => (quoteAll || /[,;\t"\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
	const lines = [headers.map(cell).join(delimiter)];
	const recordLines: number[] = [];
	let line = 2;
	rows.forEach((row, i) => {
		const blanks = blankLinesBefore[i] !== undefined && headers.length > 1 ? [blankLinesBefore[i]] : [];
		lines.push(...blanks);
		line += blanks.length;
		recordLines.push(line);
		const record = row.map(cell).join(delimiter);
		lines.push(record);
		line += (record.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
	});
	return { text: lines.join(eol) + (trailingEol ? eol : ''), recordLines };
}

/** Whether the bytes hold a well-formed UTF-8 multi-byte sequence (then 1252 text is ambiguous). */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
	const strict = new TextDecoder('utf-8', { fatal: true });
	return bytes.some((b, i) => {
		if (b < 0xc2) return false;
		return [2, 3, 4].some((length) => {
			try {
				return [...strict.decode(bytes.subarray(i, i + length))].length === 1;
			} catch {
				return false;
			}
		});
	});
}

const dialects: Dialect[] = ([',', ';', '\t'] as Delimiter[]).flatMap((delimiter) =>
	['\n', '\r\n'].flatMap((eol) => [true, false].map((quoteAll) => ({ delimiter, eol, quoteAll })))
);

describe('prepareText on generated tables in every dialect', () => {
	it('gives back the same headers, rows and record lines (read back with papaparse)', () => {
		fc.assert(
			fc.property(table, (t) => {
				// A one-column header has no delimiter to detect, so such a file is read as `,`.
				for (const dialect of t.headers.length > 1 ? dialects : dialects.filter((d) => d.delimiter === ',')) {
					const { text, recordLines } = render(t, dialect);
					const cp1252 = windows1252(text);
					const encodings = [utf8(text), utf8Bom(text), utf16(text, 'le')];
					if (cp1252 && !hasUtf8Sequence(cp1252)) encodings.push(cp1252);
					for (const input of encodings) {
						const prepared = prepareText(input);
						const csv = new TextDecoder().decode(prepared.bytes);
						expect(csv.endsWith('\n') && !csv.includes('\r')).toBe(true);
						const parsed = Papa.parse<string[]>(csv.slice(0, -1), { delimiter: dialect.delimiter, newline: '\n', quoteChar: '"' });
						expect(parsed.errors).toEqual([]);
						expect(prepared.delimiter).toBe(dialect.delimiter);
						expect(prepared.headers).toEqual(t.headers);
						expect(parsed.data[0]).toEqual(t.headers);
						expect(parsed.data.slice(1)).toEqual(t.rows.map((row) => row.map((v) => v.replace(/\r\n?/g, '\n'))));
						expect([...prepared.recordLines]).toEqual(recordLines);
						expect(prepared.ragged).toEqual([]);
					}
				}
			}),
			{ numRuns: 150 }
		);
	});
});

/** A plain character-by-character reading of the rules, to compare the fast scanner with. */
function referenceRead(text: string, d: string) {
	const records: { line: number; values: string[]; raw: string }[] = [];
	let values: string[] = [];
	let value = '';
	let line = 1;
	let start = 1;
	let startIndex = 0;
	let fieldStart = true;
	let quoteLine = 0;
	let inQuotes = false;
	const s = text.replace(/\r\n?/g, '\n');
	for (let i = 0; i <= s.length; i++) {
		const c = s[i];
		if (inQuotes) {
			if (c === undefined) throw new Error(`unclosed at ${quoteLine}`);
			if (c === '\n') line++;
			if (c !== '"') value += c;
			else if (s[i + 1] === '"') {
				value += '"';
				i++;
			} else inQuotes = false;
		} else if (c === '"' && fieldStart) {
			inQuotes = true;
			quoteLine = line;
			fieldStart = false;
		} else if (c === d) {
			values.push(value);
			value = '';
			fieldStart = true;
		} else if (c === '\n' || c === undefined) {
			records.push({ line: start, values: [...values, value], raw: s.slice(startIndex, i) });
			startIndex = i + 1;
			values = [];
			value = '';
			fieldStart = true;
			start = ++line;
		} else {
			value += c;
			fieldStart = false;
		}
	}
	return records;
}

describe('prepareText on malformed text (stray quotes, text after quotes, blank and ragged rows)', () => {
	it('reads like the plain reference reading', () => {
		const body = fc.array(fc.constantFrom('a', 'é', ' ', ',', ',', '"', '"', '\n', '\n', '\r\n', '\r', '\t'), { maxLength: 60 }).map((c) => c.join(''));
		fc.assert(
			fc.property(body, (text) => {
				const file = `id,name,type\n${text}`;
				let records: ReturnType<typeof referenceRead>;
				try {
					records = referenceRead(file, ',').slice(1);
				} catch (e) {
					const line = Number((e as Error).message.split(' at ')[1]);
					expect(() => prepareText(utf8(file))).toThrow(expect.objectContaining({ line }));
					return;
				}
				const blank = (r: { raw: string }) => r.raw.trim() === '';
				const kept = records.filter((r) => !blank(r) && r.values.length === 3);
				const prepared = prepareText(utf8(file));
				const parsed = Papa.parse<string[]>(new TextDecoder().decode(prepared.bytes).slice(0, -1), { delimiter: ',', newline: '\n' });
				expect(parsed.errors).toEqual([]);
				expect(parsed.data.slice(1)).toEqual(kept.map((r) => r.values));
				expect([...prepared.recordLines]).toEqual(kept.map((r) => r.line));
				expect(prepared.ragged).toEqual(records.filter((r) => !blank(r) && r.values.length !== 3).map((r) => ({ line: r.line, fields: r.values.length, expected: 3 })));
			}),
			{ numRuns: 2000 }
		);
	});
});
