import { type ColumnKind, type TableSpec } from './types';
import { tables } from './tables';

const sqlTypes: Record<ColumnKind, string> = {
	text: 'VARCHAR',
	integer: 'INTEGER',
	number: 'DOUBLE',
	share: 'DOUBLE',
	date: 'DATE',
	date_or_period: 'DATE',
	period: 'VARCHAR',
	feedback: 'INTEGER',
	vocabulary: 'VARCHAR'
};

export function sqlType(kind: ColumnKind): string {
	return sqlTypes[kind];
}

/** `CREATE TABLE IF NOT EXISTS` for one table; keys are enforced by the import, not by DuckDB. */
export function createTableSql(spec: TableSpec): string {
	const columns = spec.columns.map((c) => `  "${c.name}" ${sqlType(c.kind)}`).join(',\n');
	return `CREATE TABLE IF NOT EXISTS "${spec.name}" (\n${columns}\n);`;
}

/** The whole DuckDB schema derived from the data contract. */
export function schemaSql(): string {
	return tables.map(createTableSql).join('\n');
}
