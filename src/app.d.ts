import { type Row, type SqlValue } from '$lib/db/connector';
import { type ImportFile, type ImportOptions, type ImportReport } from '$lib/import';

declare global {
	namespace App {}
	interface Window {
		/** For the browser console, the parity test and the benchmarks: the same engine and import the views use. */
		wijkradar?: {
			query: (sql: string, params?: SqlValue[]) => Promise<Row[]>;
			/** Statements through the session's write path (the benchmarks' baselines). */
			exec: (sql: string) => Promise<void>;
			registerFile: (name: string, bytes: Uint8Array) => Promise<string>;
			/** Resolves when the imported data is committed, usable and stored; `saved()` when every save has finished. */
			importFiles: (files: ImportFile[], options?: Pick<ImportOptions, 'replace' | 'onProgress'>) => Promise<ImportReport>;
			saved: () => Promise<void>;
			/** A link followed inside the app, as a click would: what is loaded stays, and each view keeps the parts its new settings share. */
			navigate: (url: string) => Promise<void>;
			/** Terminates the running workers of a kind, as the browser would; returns how many. */
			stopWorkers: (kind: 'prepare' | 'engine') => Promise<number>;
		};
	}
}

export {};
