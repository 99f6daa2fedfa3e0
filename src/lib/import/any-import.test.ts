import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tables, type ColumnKind, type TableName } from '../contract';
import { utf16, windows1252 } from './text/test-helpers';
import { clearTables, runImport, tableCounts, type ImportFile } from './index';
import { useSchemaDb } from './test-db';

const database = useSchemaDb('file');
/** Whole imports through DuckDB, slower than the text layer: see text/any-input.test.ts for the total per run. */
const RUNS = 200;
/** DATA-CONTRACT.md, "Limits": loaded or refused within 30 s. */
const LIMIT_MS = 30_000;

/** How every refusal of the import begins: a Dutch sentence, never an exception's text. */
const REFUSAL = /^(Het |Dit |Regel \d+: |Verplichte kolom|Kolom|Hoort bij geen enkele tabel|Bestandstype niet ondersteund|Een werkblad|De werkmap)/;

/** Values a column of each kind may hold, valid and not; ids of the region below and Object.prototype names. */
const PLAUSIBLE: Record<ColumnKind, string[]> = {
	text: ['P1', 'P2', 'W01', 'C1', 'M1', 'X9', '__proto__', 'Noord', ''],
	integer: ['1', '3', '0', '15.234', '-1'],
	number: ['16.5', '16,5', '1.234,5', '0'],
	share: ['0.35', '35%', '0,35', '1'],
	date: ['2024-10-01', '31-03-2024', '31-02-2024', '2024-Q3'],
	date_or_period: ['2024-Q3', '2024-07', '2024-10-01', '2024-Q5'],
	period: ['2024', '2024-Q3', '2024-Q5', ''],
	feedback: ['ja', '0', '1', 'x', 'misschien'],
	vocabulary: ['huisarts', 'lopend', 'telefoon', 'feedback_rate', 'netwerkbijeenkomst', 'schulden', 'kapper', 'zorg']
};
const JUNK = ['"', '""', '\n', '\r\n', ',', ';', '\t', ' ', '=1+1', '111222333', 'é€', '😀', 'constructor'];
/** Most rows as wide as the header, some a field short or over. */
const SHAPES = ['whole', 'whole', 'whole', 'whole', 'short', 'long'] as const;
const EXTRA = ['notitie', 'BSN', '__proto__', 'name', 'Naam cliënt'];

const cellOf = (kind: ColumnKind | undefined) =>
	fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PLAUSIBLE[kind ?? 'text']) }, { weight: 1, arbitrary: fc.array(fc.constantFrom(...JUNK), { minLength: 1, maxLength: 3 }).map((j) => j.join('')) });

const file = fc.constantFrom(...tables).chain((table) => {
	const required = table.columns.filter((c) => c.required);
	return fc.record({
		named: fc.boolean(),
		header: fc.tuple(fc.subarray(table.columns.filter((c) => !c.required)), fc.subarray(EXTRA, { maxLength: 1 })).map(([optional, extra]) => [...required, ...optional, ...extra]),
		dialect: fc.record({ delimiter: fc.constantFrom(',', ';', '\t'), eol: fc.constantFrom('\n', '\r\n'), encoding: fc.constantFrom('utf-8', 'windows-1252', 'utf-16le'), quoteAll: fc.boolean() }),
		shapes: fc.array(fc.constantFrom(...SHAPES), { maxLength: 8 })
	}).chain(({ named, header, dialect, shapes }) => {
		const kinds = header.map((c) => (typeof c === 'string' ? undefined : c.kind));
		const row = (shape: (typeof SHAPES)[number]) =>
			fc.tuple(...kinds.map(cellOf)).map((cells) => (shape === 'short' ? cells.slice(0, -1) : shape === 'long' ? [...cells, 'extra'] : cells));
		return fc.tuple(...shapes.map(row)).map((rows): ImportFile => {
			const { delimiter, eol, encoding, quoteAll } = dialect;
			const cell = (v: string) => (quoteAll || /[",;\t\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
			const names = header.map((c) => (typeof c === 'string' ? c : c.name));
			const text = [names, ...rows].map((r) => r.map(cell).join(delimiter)).join(eol) + eol;
			const bytes = encoding === 'utf-16le' ? utf16(text, 'le') : (encoding === 'windows-1252' && windows1252(text)) || new TextEncoder().encode(text);
			return { name: named ? `${table.name}.csv` : 'export.csv', bytes };
		});
	});
});

/** A region for the generated rows to refer to, written straight into the tables. */
const REGION = `INSERT INTO wijken (wijk_id, name) VALUES ('W01', 'Noord');
	INSERT INTO partners (partner_id, name, type, domain) VALUES ('P1', 'De Linde', 'huisartsenpraktijk', 'zorg'), ('P2', 'Wijkteam', 'wijkteam', 'sociaal');
	INSERT INTO coordinators (coordinator_id, name, wijk_id) VALUES ('C1', 'Anouk', 'W01');
	INSERT INTO meetings (meeting_id, date, type) VALUES ('M1', DATE '2024-10-01', 'overig');`;

describe('the import on generated, often broken files of every table', () => {
	it('ends in loaded rows and located rejections or a Dutch refusal, in time, with the tables holding what it reports', { timeout: RUNS * 1_000 }, async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(file, { minLength: 1, maxLength: 2 }), async (files) => {
				const db = database();
				await db.transaction(async (tx) => {
					await clearTables(tx);
					for (const sql of REGION.split(';').filter((s) => s.trim())) await tx.exec(sql);
				});
				const before = await tableCounts(db);
				const started = performance.now();
				const report = await runImport(db, files);
				expect(performance.now() - started).toBeLessThan(LIMIT_MS);
				for (const f of report.files) if (f.refused !== undefined) expect(f.refused).toMatch(REFUSAL);
				const labels = new Set(report.files.map((f) => f.file));
				for (const r of report.rejected) {
					expect(labels.has(r.file)).toBe(true);
					expect(Number.isInteger(r.line) && r.line >= 2).toBe(true);
					expect(r.reason).not.toBe('');
				}
				// Wijken named in other files are added without being loaded from a file; merged attendance adds up, adding no row.
				const after = await tableCounts(db);
				after.forEach(({ table, rows }, i) => {
					const added = rows - before[i].rows;
					const loaded = report.loaded[table as TableName] ?? 0;
					expect(table === 'wijken' ? added >= loaded : added === loaded, `${table}: ${added} rows added, ${loaded} loaded`).toBe(true);
				});
			}),
			{ numRuns: RUNS }
		);
	});
});
