// For tests: the command line run as `npm run metrics` runs it.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const ROOT = join(import.meta.dirname, '../..');

/** Runs the command line as `npm run metrics` does (tsx), returning exit code, stdout and stderr. */
export const cli = (...args: string[]) => runScript('src/cli/metrics.ts', ...args);

/** Runs `npm run report`'s script the same way. */
export const reportCli = (...args: string[]) => runScript('src/cli/report.ts', ...args);

/** Runs `npm run notebook`'s script the same way. */
export const notebookCli = (...args: string[]) => runScript('src/cli/notebook.ts', ...args);

async function runScript(script: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, maxBuffer: 2 ** 26 });
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}
