// For tests: the committed demo region, loaded through the real import into a Node DuckDB, and as
// plain rows for the independent implementations in data/generate/story-*.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll } from 'vitest';
import { type Row, type Tables } from '../../../data/generate/story-check';
import { runImport } from '../import';
import { useSchemaDb } from '../import/test-db';

export const DEMO_DIR = join(import.meta.dirname, '../../../data/demo');
export const DEMO_QUARTERS = ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'];

export const demoFiles = () =>
	readdirSync(DEMO_DIR).filter((f) => f.endsWith('.csv')).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(DEMO_DIR, name))) }));

export function demoRows(): Tables {
	const rows = (name: string) => Papa.parse<Row>(readFileSync(join(DEMO_DIR, `${name}.csv`), 'utf8'), { header: true, skipEmptyLines: true }).data;
	const names = ['wijken', 'coordinators', 'partners', 'meetings', 'attendance', 'referrals', 'contacts', 'actions', 'goals'];
	return Object.fromEntries(names.map((n) => [n, rows(n)])) as Tables;
}

/** A Node DuckDB holding the demo region, shared by the test file. */
export function useDemoDb() {
	const db = useSchemaDb('file');
	beforeAll(async () => {
		const report = await runImport(db(), demoFiles());
		if (report.rejectedTotal) throw new Error(`demo rejected ${report.rejectedTotal} rows`);
	});
	return db;
}
