import { normaliseName, tables, type TableName, type TableSpec } from '../contract';

const namesOf = (t: TableSpec) => [t.name, ...t.aliases].map(normaliseName);

/**
 * The table a file belongs to by its name: the table's name or an alias, optionally followed by
 * `_` and any suffix (`Verwijzingen 2024-Q4.csv` → referrals). The longest matching name wins.
 */
export function tableForFileName(fileName: string): TableName | null {
	const base = normaliseName(fileName.replace(/\.[^.]*$/, ''));
	let best: { table: TableName; length: number } | null = null;
	for (const table of tables) {
		for (const name of namesOf(table)) {
			const matches = base === name || base.startsWith(`${name}_`);
			if (matches && (!best || name.length > best.length)) best = { table: table.name, length: name.length };
		}
	}
	return best?.table ?? null;
}

/** The table whose required columns are all in the header; the one with most matches wins. */
export function tableForHeader(headers: string[]): TableName | null {
	const present = new Set(headers.map(normaliseName));
	const candidates = tables
		.map((table) => {
			const required = table.columns.filter((c) => c.required);
			const has = (names: string[]) => names.some((n) => present.has(normaliseName(n)));
			const complete = required.every((c) => has([c.name, ...c.aliases]));
			const score = table.columns.filter((c) => has([c.name, ...c.aliases])).length;
			return { table: table.name, complete, score };
		})
		.filter((c) => c.complete)
		.sort((a, b) => b.score - a.score);
	return candidates[0]?.table ?? null;
}
