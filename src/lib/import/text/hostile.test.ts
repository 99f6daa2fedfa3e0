import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareText, type Encoding, type PreparedText } from './index';

const DIR = new URL('../../../../tests/fixtures/hostile/', import.meta.url);

type Loads = { lines: number[]; headerLine?: number; ragged?: [line: number, fields: number][]; encoding?: Encoding; check?: (p: PreparedText, csv: string) => void };
type Refused = { refused: RegExp; line?: number };

/** The outcomes that tests/fixtures/hostile/README.md promises. */
const EXPECTED: Record<string, Loads | Refused> = {
	'empty.csv': { refused: /^Het bestand is leeg\.$/ },
	'bom-only.csv': { refused: /^Het bestand is leeg\.$/ },
	'header-only.csv': { lines: [], check: (_, csv) => expect(csv).toBe('partner_id;name;type\n') },
	'ragged-rows.csv': { lines: [2, 4, 6], ragged: [[3, 2], [5, 5]] },
	'unclosed-quote.csv': { refused: /^Regel 3: .*aanhalingsteken/, line: 3 },
	'escaped-quotes.csv': {
		lines: [2, 3, 4],
		check: (_, csv) => expect(csv).toContain('P001,"Stichting ""De Brug""",welzijn\nP002,"""Het Anker"", locatie Noord",ggz\nP003,"Scherm 5"" breed",overig\n')
	},
	'newlines-in-quotes.csv': { lines: [2, 5, 7], check: (_, csv) => expect(csv).toContain('P001;"Huisartsenpraktijk\nDe Linde\n(locatie Noord)";') },
	'mixed-line-endings.csv': { lines: [2, 3, 4, 5, 6, 7] },
	'5000-columns.csv': { lines: [2, 3, 4], check: (p) => expect(p.headers).toHaveLength(5000) },
	'one-mb-field.csv': { lines: [2, 3], check: (_, csv) => expect(csv.length).toBeGreaterThan(1_048_576) },
	'nul-bytes.csv': { refused: /^Dit is geen tekstbestand: .*NUL/ },
	'binary.csv': { refused: /^Dit is geen tekstbestand: het lijkt een afbeelding \(PNG\)/ },
	'utf-16.csv': { lines: [2, 3, 4, 5, 6], encoding: 'utf-16le', check: (p, csv) => (expect(p.delimiter).toBe('\t'), expect(csv).toContain('Coördinatiepunt Zuid – “wijk”')) },
	'duplicate-headers.csv': { lines: [2, 3], check: (p) => expect(p.headers).toEqual(['partner_id', 'name', 'Naam', 'type', 'Partner ID']) },
	'windows-1252.csv': {
		lines: [2, 3, 4],
		encoding: 'windows-1252',
		check: (_, csv) => expect(csv).toContain('Coördinator’s;huisartsenpraktijk;Anouk Vermeulen\nP002;Schuldhulp € 1.000 – Zuid;')
	},
	'workbook-renamed.csv': { refused: /^Dit is geen tekstbestand: het lijkt een Excel-werkmap/ },
	'sep-hint.csv': { lines: [3, 4, 5, 6], headerLine: 2, check: (p) => expect(p.delimiter).toBe(';') },
	'cr-only.csv': { lines: [2, 3, 4, 5] },
	'blank-lines.csv': { lines: [5, 8, 9, 10], headerLine: 4 },
	'control-characters.csv': { refused: /^Dit is geen tekstbestand: .*stuurtekens/ },
	'excel-empty-rows.csv': { lines: [3, 4, 5, 6], headerLine: 2, check: (_, csv) => expect(csv.endsWith('wijkteam\n;;\n;;\n')).toBe(true) }
};

describe('the hostile corpus (tests/fixtures/hostile)', () => {
	it('has an expected outcome for every file, and a file for every outcome', () => {
		expect(readdirSync(DIR).filter((f) => f.endsWith('.csv')).sort()).toEqual(Object.keys(EXPECTED).sort());
	});

	for (const [file, expected] of Object.entries(EXPECTED)) {
		it(file, { timeout: 2000 }, () => {
			const input = new Uint8Array(readFileSync(new URL(file, DIR)));
			const started = performance.now();
			let outcome: PreparedText | Error;
			try {
				outcome = prepareText(input);
			} catch (error) {
				outcome = error as Error;
			}
			expect(performance.now() - started).toBeLessThan(1000);
			if ('refused' in expected) {
				expect(outcome).toBeInstanceOf(Error);
				expect((outcome as Error).message).toMatch(expected.refused);
				expect((outcome as Error & { line?: number }).line).toBe(expected.line);
				return;
			}
			if (outcome instanceof Error) throw outcome;
			expect([...outcome.recordLines]).toEqual(expected.lines);
			expect(outcome.headerLine).toBe(expected.headerLine ?? 1);
			expect(outcome.ragged).toEqual((expected.ragged ?? []).map(([line, fields]) => ({ line, fields, expected: outcome.headers.length })));
			expect(outcome.encoding).toBe(expected.encoding ?? 'utf-8');
			const csv = new TextDecoder().decode(outcome.bytes);
			expect(csv.split('\n')[0].split(outcome.delimiter)).toEqual(outcome.headers);
			expect(outcome.headers[0]).toBe('partner_id');
			expected.check?.(outcome, csv);
		});
	}
});
