import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The rule of eslint.routes.js, run as `npm run lint` runs it: a route is markup over its view's data.
const eslint = new ESLint({ cwd: process.cwd() });
const problems = async (code: string, file = 'src/routes/example/helper.ts') =>
	(await eslint.lintText(code, { filePath: file }))[0].messages.map((m) => m.ruleId);

describe('a file under src/routes', () => {
	it('may not hold SQL', async () => {
		expect(await problems(`export const q = 'SELECT name FROM partners';`)).toContain('no-restricted-syntax');
		expect(await problems('export const q = (t: string) => `DELETE FROM ${t}`;')).toContain('no-restricted-syntax');
	});
	it('may not reach the database handle, the reader or the write path', async () => {
		const code = (member: string) => `import { session } from '$lib/state/session.svelte';\nexport const x = () => session.${member};`;
		for (const member of ['db', 'reader', 'write']) expect(await problems(code(member))).toContain('no-restricted-syntax');
		expect(await problems(code('importFiles'))).toEqual([]);
	});
	it('may not import query functions, only their types', async () => {
		expect(await problems(`import { findGaps } from '$lib/metrics/gaps';\nexport const f = findGaps;`)).toContain('@typescript-eslint/no-restricted-imports');
		expect(await problems(`import { readerOver } from '$lib/db/reader';\nexport const f = readerOver;`)).toContain('@typescript-eslint/no-restricted-imports');
		expect(await problems(`import { type Gap } from '$lib/metrics/gaps';\nexport type G = Gap;`)).toEqual([]);
	});
	it('is free to do all this under src/lib', async () => {
		expect(await problems(`export const q = 'SELECT name FROM partners';`, 'src/lib/views/example.ts')).toEqual([]);
	});
});
