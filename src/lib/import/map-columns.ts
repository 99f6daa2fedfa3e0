import { normaliseName, type ColumnSpec, type TableSpec } from '../contract';

export interface HeaderMapping {
	/** Canonical column → the file's own column name. */
	columns: Map<string, string>;
	/** File columns that are not in the contract: never stored. */
	unknown: string[];
	/** Required columns the file lacks. */
	missing: ColumnSpec[];
	/** File columns that name a contract column a second time. */
	duplicates: string[];
}

export function mapHeader(spec: TableSpec, headers: string[]): HeaderMapping {
	const columns = new Map<string, string>();
	const unknown: string[] = [];
	const duplicates: string[] = [];
	for (const header of headers) {
		const normalised = normaliseName(header);
		const column = spec.columns.find((c) => [c.name, ...c.aliases].some((n) => normaliseName(n) === normalised));
		if (!column) unknown.push(header);
		else if (columns.has(column.name)) duplicates.push(header);
		else columns.set(column.name, header);
	}
	const missing = spec.columns.filter((c) => c.required && !columns.has(c.name));
	return { columns, unknown, missing, duplicates };
}
