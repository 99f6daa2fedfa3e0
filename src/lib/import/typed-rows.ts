import { sqlType, type ColumnSpec, type TableSpec } from '../contract';
import { sqlIdentifier as id, sqlNumber, sqlString } from '../db/connector';
import { convert, convertFast, type NumberDialect } from './sql-convert';

/** Name of a column's raw (trimmed) text in the rows read from the file, and in the typed table unless `rawColumn` says otherwise. */
export const rawName = (column: string) => `__raw_${column}`;
/**
 * The typed table's column holding a column's raw text: a text column without default is its own
 * raw text, stored once (a second copy of every id cost an eighth of a large import's read).
 */
export const rawColumn = (c: ColumnSpec) => (c.kind === 'text' && c.defaultValue === undefined ? c.name : rawName(c.name));
/** Name of the flag saying a vocabulary value was unknown and became `overig`. */
export const unknownName = (column: string) => `__unknown_${column}`;

const defaultSql = (c: ColumnSpec) =>
	c.defaultValue === undefined ? 'NULL' : typeof c.defaultValue === 'number' ? String(c.defaultValue) : sqlString(c.defaultValue);

/**
 * SQL that turns the raw rows (`__row` and the trimmed text per contract column, see stage-file.ts)
 * into one typed row per line: for every contract column its raw text, its typed value (NULL when
 * unreadable) and, for vocabularies that map the unknown to `overig`, whether that happened. It
 * reads its source once, row by row, so the file can be read and typed in one pass; the cheap
 * branches of `convertFast` keep that fast for the usual spellings.
 */
export function typedRowsSql(spec: TableSpec, source: string, present: Set<string>, dialect: NumberDialect, keep: string[] = []): string {
	const raw = (c: ColumnSpec) => `raw.${id(rawName(c.name))}`;
	const converted = (c: ColumnSpec, countSql = '1'): string =>
		!present.has(c.name) ? 'NULL' : c.kind === 'text' ? raw(c) : convertFast(c, raw(c), dialect, countSql);
	const typedValue = (c: ColumnSpec): string => {
		let value = c.kind === 'feedback' ? converted(c, typedValue(spec.columns.find((col) => col.name === 'count')!)) : converted(c);
		if (c.kind === 'vocabulary' && c.vocabulary?.unknown === 'overig') value = `COALESCE(${value}, 'overig')`;
		return `CAST(CASE WHEN ${raw(c)} IS NULL THEN ${defaultSql(c)} ELSE ${value} END AS ${sqlType(c.kind)})`;
	};
	const typedSelect = spec.columns.flatMap((c) => {
		const columns = [`${rawColumn(c) === c.name ? raw(c) : typedValue(c)} AS ${id(c.name)}`];
		if (c.kind === 'vocabulary' && c.vocabulary?.unknown === 'overig')
			columns.push(`(${raw(c)} IS NOT NULL AND ${converted(c)} IS NULL) AS ${id(unknownName(c.name))}`);
		return columns;
	});
	const passed = [...spec.columns.filter((c) => rawColumn(c) !== c.name).map(raw), ...keep.map((k) => `raw.${id(k)}`)];
	return `SELECT ${['raw.__row', ...passed, ...typedSelect].join(',\n')}
		FROM ${source} AS raw`;
}

/** SQL selecting (line, column, value, reason) for every value that breaks its column's rule. */
export function valueRejectionsSql(spec: TableSpec, typed: string): string {
	const parts = spec.columns.flatMap((c) => {
		const raw = id(rawColumn(c));
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
