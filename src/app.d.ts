import { type Row, type SqlValue } from '$lib/db/connector';

declare global {
	namespace App {}
	interface Window {
		/** Read-only access for the browser console and the parity test: the same engine the views use. */
		wijkradar?: { query: (sql: string, params?: SqlValue[]) => Promise<Row[]> };
	}
}

export {};
