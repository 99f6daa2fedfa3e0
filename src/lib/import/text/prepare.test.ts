import { describe, expect, it } from 'vitest';
import { UnreadableFileError, prepareText } from './index';
import { csvOf, prepare, refusal, utf8, utf8Bom } from './test-helpers';

const lines = (p: { recordLines: Int32Array }) => [...p.recordLines];

describe('delimiter', () => {
	it.each([
		[',', 'partner_id,name,type\nP1,Het Anker;Zorg,ggz\n'],
		[';', 'partner_id;name;type\nP1;Het Anker, Zorg;ggz\n'],
		['\t', 'partner_id\tname\ttype\nP1\tHet Anker; Zorg, BV\tggz\n']
	])('detects %j from the header and keeps the other candidates as data', (delimiter, text) => {
		const p = prepare(text);
		expect(p.delimiter).toBe(delimiter);
		expect(p.headers).toEqual(['partner_id', 'name', 'type']);
		expect(p.ragged).toEqual([]);
		expect(csvOf(p)).toBe(text);
	});

	it('counts only outside quotes', () => {
		expect(prepare('"a;b;c",d\n1,2\n').delimiter).toBe(',');
		expect(prepare('"a"",b,c";d\n1;2\n').delimiter).toBe(';');
	});

	it('falls back to `,` on a tie or a one-column file', () => {
		expect(prepare('a;b,c\n1;2,3\n').delimiter).toBe(',');
		const one = prepare('partner_id\nP1\nP2;x\n');
		expect([one.delimiter, one.headers, lines(one)]).toEqual([',', ['partner_id'], [2, 3]]);
	});

	it('follows Excel’s `sep=;` hint on the first line', () => {
		const p = prepare('sep=;\r\npartner_id;name\r\nP1;1,5\r\n');
		expect([p.delimiter, p.headers, p.headerLine, lines(p)]).toEqual([';', ['partner_id', 'name'], 2, [3]]);
	});
});

describe('header row', () => {
	it('is the first non-empty row, trimmed, BOM removed', () => {
		const p = prepareText(utf8Bom('\n  \r\n;;\n Partner ID ;"Naam " ;type\nP1;A;ggz\n'));
		expect([p.headerLine, p.headers, lines(p)]).toEqual([4, ['Partner ID', 'Naam', 'type'], [5]]);
		expect(csvOf(p)).toBe('Partner ID;Naam;type\nP1;A;ggz\n');
	});

	it('keeps duplicate and empty header names as written (the caller decides)', () => {
		expect(prepare('id,id,,name\n1,2,3,4\n').headers).toEqual(['id', 'id', '', 'name']);
	});

	it('may be quoted and span lines', () => {
		const p = prepare('"partner\nid",name\nP1,A\n');
		expect([p.headers, p.headerLine, lines(p)]).toEqual([['partner\nid', 'name'], 1, [3]]);
	});

	it('loads a header-only file as zero rows', () => {
		const p = prepare('partner_id;name;type');
		expect([p.headers.length, p.recordLines.length, csvOf(p)]).toEqual([3, 0, 'partner_id;name;type\n']);
	});
});

describe('quoting (RFC 4180)', () => {
	it('keeps embedded delimiters, line breaks and escaped quotes as data', () => {
		const text = 'id,name,note\n1,"Het Anker, Zorg","zegt ""hoi""\nen dag"\n2,"",x\n';
		const p = prepare(text);
		expect(csvOf(p)).toBe(text);
		expect(lines(p)).toEqual([2, 4]);
	});

	it('keeps a quote inside an unquoted value literally and re-quotes it for DuckDB', () => {
		const p = prepare('id,name\n1,Scherm 5" breed\n2, "Anker"\n3,"Het Anker" Zorg\n');
		expect(csvOf(p)).toBe('id,name\n1,"Scherm 5"" breed"\n2," ""Anker"""\n3,Het Anker Zorg\n');
		expect(lines(p)).toEqual([2, 3, 4]);
	});

	it('quotes a lone whitespace value it re-serialises, so its record does not read as a blank line', () => {
		const p = prepare('id\n"" \n2\n');
		expect([csvOf(p), lines(p)]).toEqual(['id\n" "\n2\n', [2, 3]]);
	});

	it('re-serialises with the file’s own delimiter', () => {
		expect(csvOf(prepare('a;b\n"x";y "z"\n'))).toBe('a;b\nx;"y ""z"""\n');
	});

	it('refuses an unclosed quote, naming the line where the quoted value starts', () => {
		const e = refusal(utf8('id,name\r\n1,A\r\n\r\n2,"Het Anker\r\n3,B\r\n4,C\r\n'));
		expect(e.name).toBe('UnreadableFileError');
		expect(e.line).toBe(4);
		expect(e.message).toMatch(/^Regel 4: .*aanhalingsteken/);
		expect(refusal(utf8('"id,name\n1,2\n')).line).toBe(1);
	});
});

describe('line endings and blank lines', () => {
	const expected = 'id,name\n1,A\n2,"B\nC"\n3,D\n';
	it.each([
		['LF', 'id,name\n1,A\n2,"B\nC"\n3,D\n'],
		['CRLF', 'id,name\r\n1,A\r\n2,"B\r\nC"\r\n3,D\r\n'],
		['CR', 'id,name\r1,A\r2,"B\rC"\r3,D\r'],
		['mixed', 'id,name\r\n1,A\n2,"B\r\nC"\r3,D']
	])('normalises %s to LF, also inside quotes, and counts lines as an editor does', (_, text) => {
		const p = prepare(text);
		expect(csvOf(p)).toBe(expected);
		expect(lines(p)).toEqual([2, 3, 5]);
	});

	it('normalises a CR that first appears beyond the first 64 KB', () => {
		const filler = Array.from({ length: 8000 }, (_, i) => `${i},xxxxxxxxx`).join('\n');
		const p = prepare(`id,name\n${filler}\n8000,"a\r\nb"\r\n8001,c\r\n`);
		expect(csvOf(p).endsWith('\n8000,"a\nb"\n8001,c\n')).toBe(true);
		expect(p.recordLines.at(-1)).toBe(8004);
	});

	it('skips blank lines anywhere (empty or whitespace only) and a trailing newline', () => {
		const p = prepare('\n\nid;name\n\n1;A\n   \n\t\n2;B\n\n\n');
		expect(csvOf(p)).toBe('id;name\n1;A\n2;B\n');
		expect([p.headerLine, lines(p), p.ragged]).toEqual([3, [5, 8], []]);
	});

	it('hands a file that needs no change on as the very bytes it came in, and rewrites any other', () => {
		const clean = utf8('id,name\n1,"A, B"\n2,"C\nD"\n3,E\n');
		expect(prepareText(clean).bytes).toBe(clean);
		for (const text of ['\uFEFFid,name\n1,A\n', 'id,name\r\n1,A\r\n', 'id,name\n\n1,A\n', 'id,name\n1,A,x\n', ' id ,name\n1,A\n', 'id,name\n1,A"B\n', 'id,name\n1,A']) {
			const bytes = utf8(text);
			expect(prepareText(bytes).bytes, JSON.stringify(text)).not.toBe(bytes);
		}
		const latin = new Uint8Array([...utf8('id,name\n1,'), 0xe9, 10]);
		expect(prepareText(latin).bytes).not.toBe(latin);
	});

	it('gives the start line of each record after multi-line values', () => {
		const p = prepare('id,note\n1,"a\nb\nc"\n2,"d\r\ne"\n\n3,f\n');
		expect(lines(p)).toEqual([2, 5, 8]);
	});
});

describe('ragged rows', () => {
	it('removes rows with another number of fields and reports their line', () => {
		const p = prepare('id;name;type\n1;A;ggz\n2;B\n3;C;ggz;extra\n4;"D;\nE";ggz\n5\n');
		expect(p.ragged).toEqual([
			{ line: 3, fields: 2, expected: 3 },
			{ line: 4, fields: 4, expected: 3 },
			{ line: 7, fields: 1, expected: 3 }
		]);
		expect(lines(p)).toEqual([2, 5]);
		expect(csvOf(p)).toBe('id;name;type\n1;A;ggz\n4;"D;\nE";ggz\n');
	});

	it('keeps a row of empty values when the count matches (it is not blank: it has delimiters)', () => {
		const p = prepare('id;name\n;\n1;A\n');
		expect([lines(p), csvOf(p)]).toEqual([[2, 3], 'id;name\n;\n1;A\n']);
	});
});

describe('files that are refused', () => {
	it.each([
		['an empty file', new Uint8Array(0)],
		['a BOM only', utf8Bom('')],
		['whitespace only', utf8(' \r\n\t\n  ')],
		['a UTF-16 BOM and whitespace', Uint8Array.of(0xff, 0xfe, 0x20, 0x00)]
	])('%s: “Het bestand is leeg.”', (_, input) => {
		expect(refusal(input).message).toBe('Het bestand is leeg.');
	});

	it('a file with only delimiters or an empty header row: no header', () => {
		expect(refusal(utf8(';;;\n;;\n')).message).toMatch(/geen kopregel/);
		expect(refusal(utf8('\n"";" "\n1;2\n'))).toMatchObject({ message: expect.stringMatching(/geen kopregel: regel 2/), line: 2 });
	});

	it('binary files, naming what they look like', () => {
		expect(refusal(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00)).message).toMatch(/^Dit is geen tekstbestand: het lijkt een Excel-werkmap/);
		expect(refusal(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)).message).toMatch(/^Dit is geen tekstbestand: .*PNG/);
		expect(refusal(utf8('id,name\n1,A\u0000B\n')).message).toMatch(/^Dit is geen tekstbestand: .*NUL/);
		expect(refusal(utf8('id,name\n' + '\u0001\u0002\u0003x'.repeat(50))).message).toMatch(/^Dit is geen tekstbestand: .*stuurtekens/);
	});

	it('NUL found beyond the first 64 KB too', () => {
		expect(refusal(utf8(`id\n${'x\n'.repeat(40_000)}\u0000`)).message).toMatch(/NUL/);
	});

	it('throws UnreadableFileError', () => {
		expect(() => prepareText(new Uint8Array(0))).toThrow(UnreadableFileError);
	});
});
