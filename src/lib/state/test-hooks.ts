import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { type ImportFile, type ImportOptions } from '../import';
import { holds, runningWorkers, type WorkerKind } from '../workers/watch';
import { session } from './session.svelte';

declare global {
	interface Window {
		/** Set by a test or benchmark before the app starts; in normal use there is no door besides the pages. */
		wijkradarTestHooks?: boolean;
	}
}

/**
 * For the end-to-end tests and benchmarks only, when they ask for it before the app starts: the
 * same reader, write path and import the views use, from the page's console.
 */
export function installTestHooks(): void {
	if (window.wijkradarTestHooks !== true) return;
	window.wijkradar = {
		query: (sql, values) => session.reader.query(sql, values),
		exec: (sql) => session.write((db) => db.exec(sql)),
		registerFile: (name, bytes) => session.write((db) => db.registerFile(name, bytes)),
		importFiles: (files: ImportFile[], options: Pick<ImportOptions, 'replace' | 'onProgress'> = {}) => session.importFiles(files, options),
		saved: () => session.saved(),
		navigate: (path: string) => goto(resolve(path as '/')),
		// As the browser does when it runs out of memory: a worker at work ends without a word to the page.
		stopWorkers: async (kind: WorkerKind) => {
			const working = [];
			for (const [worker, w] of runningWorkers) if (w.kind === kind && (await holds(w.lock))) working.push(worker);
			for (const worker of working) worker.terminate();
			return working.length;
		}
	};
}
