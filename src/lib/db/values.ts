import { type SqlValue } from './connector';

/** Formats epoch milliseconds of a DATE as `YYYY-MM-DD` (UTC, as DuckDB means it). */
export function isoDate(epochMs: number): string {
	return new Date(epochMs).toISOString().slice(0, 10);
}

/** Turns an engine's JS value into the plain value every Connector returns. */
export function plainValue(value: unknown, kind: 'date' | 'timestamp' | 'other'): SqlValue {
	if (value === null || value === undefined) return null;
	if (typeof value === 'bigint') return Number(value);
	if (value instanceof Date) return kind === 'date' ? isoDate(value.getTime()) : value.toISOString();
	if (typeof value === 'number' && kind === 'date') return isoDate(value);
	if (typeof value === 'number' && kind === 'timestamp') return new Date(value).toISOString();
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
	return String(value);
}
