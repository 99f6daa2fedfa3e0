import { sqlType, type ColumnSpec, type TableSpec } from '../contract';
import { sqlIdentifier as id, sqlNumber, sqlString } from '../db/connector';
import { convert, type NumberDialect } from './sql-convert';

/** Name of the raw (trimmed text) copy of a column in the typed table. */
export const rawName = (column: string) => `__raw_${column}`;
/** Name of the flag saying a vocabulary value was unknown and became `overig`. */
export const unknownName = (column: string) => `__unknown_${column}`;

const defaultSql = (c: ColumnSpec) =>
	c.defaultValue === undefined ? 'NULL' : typeof c.defaultValue === 'number' ? String(c.defaultValue) : sqlString(c.defaultValue);

/** In the lookup of `feedback`, a boolean word meaning "all of `count`" (digits are never negative). */
const ALL_OF_COUNT = -1;

/**
 * SQL that turns the staging table (raw text per contract column, see stage-file.ts) into one typed row per line: for every contract
 * column its raw text, its typed value (NULL when unreadable) and, for vocabularies that map
 * the unknown to `overig`, whether that happened. Conversions (dates, numbers, vocabularies) run
 * once per distinct value and are joined back: a million referrals hold a few thousand distinct
 * dates, and the per-value regular expressions were most of the import's time.
 */
export function typedRowsSql(spec: TableSpec, staged: string, present: Set<string>, dialect: NumberDialect): string {
	const looked = spec.columns.filter((c) => present.has(c.name) && c.kind !== 'text');
	const lookup = (c: ColumnSpec) => `${id(`__lookup_${c.name}`)}.v`;
	const joins = looked.map((c) => {
		const { typed } = convert(c, 'k', dialect, String(ALL_OF_COUNT));
		const alias = id(`__lookup_${c.name}`);
		return `LEFT JOIN (SELECT k, ${typed} AS v FROM (SELECT DISTINCT ${id(rawName(c.name))} AS k FROM ${staged})) AS ${alias}
			ON raw.${id(rawName(c.name))} = ${alias}.k`;
	});
	const converted = (c: ColumnSpec) => (c.kind === 'text' ? `raw.${id(rawName(c.name))}` : present.has(c.name) ? lookup(c) : 'NULL');
	const typedValue = (c: ColumnSpec): string => {
		const raw = `raw.${id(rawName(c.name))}`;
		let value = converted(c);
		if (c.kind === 'vocabulary' && c.vocabulary?.unknown === 'overig') value = `COALESCE(${value}, 'overig')`;
		if (c.kind === 'feedback') {
			const count = spec.columns.find((col) => col.name === 'count')!;
			value = `CASE WHEN ${value} = ${sqlNumber(ALL_OF_COUNT)} THEN ${typedValue(count)} ELSE ${value} END`;
		}
		return `CAST(CASE WHEN ${raw} IS NULL THEN ${defaultSql(c)} ELSE ${value} END AS ${sqlType(c.kind)})`;
	};
	const typedSelect = spec.columns.flatMap((c) => {
		const columns = [`${typedValue(c)} AS ${id(c.name)}`];
		if (c.kind === 'vocabulary' && c.vocabulary?.unknown === 'overig')
			columns.push(`(raw.${id(rawName(c.name))} IS NOT NULL AND ${converted(c)} IS NULL) AS ${id(unknownName(c.name))}`);
		return columns;
	});
	return `SELECT raw.__row, ${spec.columns.map((c) => `raw.${id(rawName(c.name))}`).join(', ')}, ${typedSelect.join(',\n')}
		FROM ${staged} AS raw ${joins.join('\n')}`;
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
		if (c.min !== undefined) checks.push(select(`${value} < ${sqlNumber(c.min)}`, `moet minstens ${c.min} zijn`));
		if (c.kind === 'feedback') checks.push(select(`${value} > "count"`, 'meer terugkoppelingen dan verwijzingen (aantal)'));
		return checks;
	});
	return parts.join('\nUNION ALL\n');
}
