import { describe, expect, it } from 'vitest';
import { corpus, type CorpusFile, type Expectation } from '../../../tests/fixtures/hostile/corpus';
import { clearTables, runImport, type ImportReport } from './index';
import { useSchemaDb } from './test-db';

const database = useSchemaDb('file');
/** DATA-CONTRACT.md, "Limits": any file is loaded or refused within 30 s. */
const LIMIT_MS = 30_000;

// The import takes the bytes over (the engine detaches what it is handed), so each run gets its own copy.
const copies = (files: CorpusFile[]) => files.map((f) => ({ name: f.name, bytes: f.bytes.slice() }));

function assertReport(report: ImportReport, expected: Expectation): void {
	const refused = report.files.filter((f) => f.refused).map((f) => ({ file: f.file, refused: f.refused }));
	expect(refused, 'refused').toEqual((expected.refused ?? []).map((r) => ({
		file: r.file,
		refused: expect.stringMatching(r.line === undefined ? r.reason : new RegExp(`^(?=[\\s\\S]*\\b[Rr]egel ${r.line}\\b)[\\s\\S]*?(?:${r.reason.source})`))
	})));
	expect(report.loaded, 'loaded').toEqual(expected.loaded);
	expect(report.rejected, 'rejected').toEqual((expected.rejected ?? []).map((r) => ({
		file: r.file,
		line: r.line,
		column: r.column ?? expect.any(String),
		value: r.value === undefined ? expect.toSatisfy(() => true) : r.value,
		reason: expect.stringMatching(r.reason)
	})));
	// Every warning expected and no other, in any order (the contract orders none of them).
	const warnings = report.files.flatMap((f) => f.warnings);
	expect(warnings, 'warnings').toHaveLength(expected.warnings?.length ?? 0);
	expect(warnings, 'warnings').toEqual(expect.arrayContaining((expected.warnings ?? []).map((w) => expect.stringMatching(w))));
	expect(report.files.flatMap((f) => f.notices), 'notices').toEqual(expect.arrayContaining((expected.notices ?? []).map((n) => expect.stringMatching(n))));
}

describe('the hostile corpus through the whole import (tests/fixtures/hostile/corpus)', () => {
	it('holds at least 100 cases, each with its own name', () => {
		expect(corpus.length).toBeGreaterThanOrEqual(100);
		expect(new Set(corpus.map((c) => `${c.source}: ${c.name}`)).size).toBe(corpus.length);
	});

	for (const c of corpus) {
		// A disagreement between code and contract stays visible: the case must fail until the code is fixed.
		// CORPUS_DISAGREEMENTS=1 runs those cases as plain tests, to see how they fail.
		(c.disagreement && !process.env.CORPUS_DISAGREEMENTS ? it.fails : it)(`${c.source}: ${c.name}`, { timeout: LIMIT_MS }, async () => {
			const db = database();
			await db.transaction((tx) => clearTables(tx));
			if (c.before) expect((await runImport(db, copies(c.before))).rejected).toEqual([]);
			assertReport(await runImport(db, copies(c.files)), c.expect);
			if (c.expect.rows) expect(await db.query(c.expect.rows.sql)).toEqual(c.expect.rows.equals);
		});
	}
});
