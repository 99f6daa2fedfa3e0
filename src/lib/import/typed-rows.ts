import { type ColumnSpec, type TableSpec } from '../contract';
import { sqlIdentifier as id, sqlString } from '../db/connector';
import { convert, type NumberDialect } from './sql-convert';

/** Name of the raw (trimmed text) copy of a column in the typed table. */
export const rawName = (column: string) => `__raw_${column}`;
/** Name of the flag saying a vocabulary value was unknown and became `overig`. */
export const unknownName = (column: string) => `__unknown_${column}`;

const defaultSql = (c: ColumnSpec) =>
	c.defaultValue === undefined ? 'NULL' : typeof c.defaultValue === 'number' ? String(c.defaultValue) : sqlString(c.defaultValue);

/**
 * SQL that turns the all-text staging table into one typed row per line: for every contract
 * column its raw text, its typed value (NULL when unreadable) and, for vocabularies that map
 * the unknown to `overig`, whether that happened.
 */
export function typedRowsSql(spec: TableSpec, staged: string, present: Set<string>, dialect: NumberDialect): string {
	const rawSelect = spec.columns.map((c) => {
		const raw = present.has(c.name) ? `NULLIF(trim(${id(c.name)}, ' \t\u00a0'), '')` : 'NULL::VARCHAR';
		return `${raw} AS ${id(rawName(c.name))}`;
	});
	const countColumn = spec.columns.find((c) => c.name === 'count');
	const countSql = countColumn
		? `COALESCE(${convert(countColumn, id(rawName('count')), dialect).typed}, 1)`
		: '1';
	const typedSelect = spec.columns.flatMap((c) => {
		const raw = id(rawName(c.name));
		const { typed } = convert(c, raw, dialect, countSql);
		const overig = c.kind === 'vocabulary' && c.vocabulary?.unknown === 'overig';
		const value = overig ? `COALESCE(${typed}, 'overig')` : typed;
		const columns = [`CASE WHEN ${raw} IS NULL THEN ${defaultSql(c)} ELSE ${value} END AS ${id(c.name)}`];
		if (overig) columns.push(`(${raw} IS NOT NULL AND ${typed} IS NULL) AS ${id(unknownName(c.name))}`);
		return columns;
	});
	return `SELECT __row, ${spec.columns.map((c) => id(rawName(c.name))).join(', ')}, ${typedSelect.join(',\n')}
		FROM (SELECT __row, ${rawSelect.join(', ')} FROM ${staged})`;
}

/** SQL selecting (line, column, value, reason) for every value that breaks its column's rule. */
export function valueRejectionsSql(spec: TableSpec, typed: string): string {
	const parts = spec.columns.flatMap((c) => {
		const raw = id(rawName(c.name));
		const value = id(c.name);
		const select = (where: string, reason: string) =>
			`SELECT __row, ${sqlString(c.name)} AS "column", ${raw} AS value, ${sqlString(reason)} AS reason FROM ${typed} WHERE ${where}`;
		const checks: string[] = [];
		if (c.required && c.defaultValue === undefined) checks.push(select(`${raw} IS NULL`, 'verplichte waarde ontbreekt'));
		const { reason } = convert(c, raw, { decimalComma: false });
		if (reason) checks.push(select(`${raw} IS NOT NULL AND ${value} IS NULL`, reason));
		if (c.min !== undefined) checks.push(select(`${value} < ${c.min}`, `moet minstens ${c.min} zijn`));
		if (c.kind === 'feedback') checks.push(select(`${value} > "count"`, 'meer terugkoppelingen dan verwijzingen (aantal)'));
		return checks;
	});
	return parts.join('\nUNION ALL\n');
}
