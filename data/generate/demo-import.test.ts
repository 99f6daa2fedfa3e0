import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/lib/import';
import { useSchemaDb } from '../../src/lib/import/test-db';

const database = useSchemaDb();
const demo = join(import.meta.dirname, '../demo');

describe('the committed demo region', () => {
	it('loads through the real import with no rejection, warning or notice', async () => {
		const names = (await readdir(demo)).filter((f) => f.endsWith('.csv'));
		const files = await Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(demo, name))) })));
		const report = await runImport(database(), files);
		expect(report.files.filter((f) => f.refused)).toEqual([]);
		expect(report.rejected).toEqual([]);
		expect(report.warnings).toEqual([]);
		expect(report.notices).toEqual([]);
		expect(Object.keys(report.loaded).sort()).toEqual(
			['actions', 'attendance', 'contacts', 'coordinators', 'goals', 'meetings', 'partners', 'referrals', 'wijken']);
	});
});
