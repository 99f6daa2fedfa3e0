import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { prepareText, UnreadableFileError, type PreparedText } from './index';
import { utf16, utf8, utf8Bom, windows1252 } from './test-helpers';

/**
 * Generated cases per CI run of the import's property tests, ≥ 10,000 in all (issue 16):
 * here 2 × RUNS = 8,000; property.test.ts 150 + 2,000; ../dialects.test.ts 60; ../any-import.test.ts 200: 10,410.
 */
const RUNS = 4_000;
/** Generous: a case is at most a few hundred KB and takes well under a millisecond when nothing is wrong. */
const MS_PER_CASE = 2_000;

/** Every reason the text layer gives: Dutch, and naming the line where it is about one. */
const DUTCH = /^(Het bestand is leeg\.|Het bestand heeft geen kopregel: |Dit is geen tekstbestand: |Dit bestand is opgeslagen in UTF-(16|32)[ ,]|Regel \d+: )/;

function outcome(input: Uint8Array): PreparedText | Error {
	const started = performance.now();
	let result: PreparedText | Error;
	try {
		result = prepareText(input);
	} catch (error) {
		expect(error).toBeInstanceOf(UnreadableFileError);
		result = error as Error;
	}
	expect(performance.now() - started).toBeLessThan(MS_PER_CASE);
	return result;
}

/** A refusal is Dutch and carries the line it names; a result is CSV of whole records, one per line it reports. */
function assertWellFormed(result: PreparedText | Error): void {
	if (result instanceof Error) {
		expect(result.message).toMatch(DUTCH);
		const named = /^Regel (\d+):|regel (\d+), de eerste regel/.exec(result.message);
		expect((result as UnreadableFileError).line).toBe(named ? Number(named[1] ?? named[2]) : undefined);
		return;
	}
	const csv = new TextDecoder('utf-8', { fatal: true }).decode(result.bytes);
	expect(csv.endsWith('\n') && !csv.includes('\r')).toBe(true);
	const parsed = Papa.parse<string[]>(csv.slice(0, -1), { delimiter: result.delimiter, newline: '\n', quoteChar: '"' });
	expect(parsed.errors).toEqual([]);
	expect(parsed.data).toHaveLength(result.recordLines.length + 1);
	expect(parsed.data.every((record) => record.length === result.headers.length)).toBe(true);
	const lines = [result.headerLine, ...result.recordLines, ...result.ragged.map((r) => r.line)];
	expect(lines.every((line) => Number.isInteger(line) && line >= 1)).toBe(true);
	expect([...result.recordLines].every((line, i, all) => line > result.headerLine && (i === 0 || line > all[i - 1]))).toBe(true);
}

const PREFIXES = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0], [0x00, 0x00, 0xfe, 0xff]];
const anyBytes = fc.tuple(fc.constantFrom(...PREFIXES), fc.uint8Array({ maxLength: 600 })).map(([prefix, rest]) => Uint8Array.from([...prefix, ...rest]));

const PIECES = [',', ';', '\t', '|', '"', '""', '\n', '\r\n', '\r', ' ', '\uFEFF', '\0', '\u0001', '\u00a0', 'sep=;', 'sep=,',
	'partner_id', 'name', 'type', 'P1', 'é', '€', '’', '😀', '\uFFFD', '=1+1', '#', "'", '\\"'];
const piece = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) });
/** One case in ten holds a long field (unquoted, or quoted full of quotes, delimiters and line ends). */
const long = fc.option(fc.constantFrom('x'.repeat(20_000), `"${'"",;\n'.repeat(2_000)}"`), { freq: 9 });
const text = fc.tuple(fc.array(piece, { maxLength: 80 }), long, fc.nat()).map(([parts, field, at]) => {
	if (field !== null) parts.splice(at % (parts.length + 1), 0, field);
	return parts.join('');
});
const encoded = fc.tuple(text, fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252')).map(([t, encoding]) => {
	if (encoding === 'utf-8-bom') return utf8Bom(t);
	if (encoding === 'utf-16le' || encoding === 'utf-16be') return utf16(t, encoding === 'utf-16le' ? 'le' : 'be');
	return (encoding === 'windows-1252' && windows1252(t)) || utf8(t);
});

describe('prepareText on any input: a correct table or a Dutch refusal, never a crash or a hang', () => {
	it('arbitrary bytes, behind BOMs and file signatures', { timeout: 60_000 }, () => {
		fc.assert(fc.property(anyBytes, (input) => assertWellFormed(outcome(input))), { numRuns: RUNS });
	});

	it('CSV-like text of quotes, delimiters, line endings, BOMs, NULs and long fields, in every encoding', { timeout: 60_000 }, () => {
		fc.assert(fc.property(encoded, (input) => assertWellFormed(outcome(input))), { numRuns: RUNS });
	});
});
