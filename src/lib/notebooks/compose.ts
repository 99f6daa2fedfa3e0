import { sqlIdentifier, type SqlValue } from '../db/connector';

/** What `${period}` and `${wijk}` stand for: the app's chosen quarter (`'2024-Q4'`) and wijk (`'W07'`, or null for the region). */
export interface NotebookParams {
	period: string | null;
	wijk: string | null;
}

/** A cell's query as it runs: the earlier cells as CTEs before it, parameters as `?` with their values in order. */
export interface CellQuery {
	sql: string;
	values: SqlValue[];
	/** Lines before the cell's own first line, to map an engine's "LINE n" back to the cell. */
	prefixLines: number;
}

/** A fault in the cell's text itself, before it reaches the engine: its line within the cell (1-based). */
export class CellTextError extends Error {
	constructor(readonly cellLine: number, message: string) {
		super(message);
	}
}

const LEADING = /^(?:\s|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/;

const withoutSemicolon = (sql: string) => sql.replace(/;\s*$/, '');

/**
 * `${period}` and `${wijk}` as placeholders, bound as values, never spliced into the SQL: outside
 * string literals, quoted names and comments only; one inside quotes, or an unknown `${…}`, is refused.
 */
function bind(sql: string, params: NotebookParams, values: SqlValue[]): string {
	let out = '';
	for (let i = 0; i < sql.length;) {
		const rest = sql.slice(i);
		const skipped = /^('(?:[^']|'')*'?|"(?:[^"]|"")*"?|--[^\n]*|\/\*[\s\S]*?(?:\*\/|$))/.exec(rest)?.[0];
		if (skipped) {
			if (/\$\{\s*(period|wijk)\s*\}/.test(skipped) && !skipped.startsWith('-') && !skipped.startsWith('/')) {
				throw new CellTextError(lineAt(sql, i), `zet \${…} niet tussen aanhalingstekens: het wordt als waarde ingevuld (schrijf \${period}, niet '\${period}').`);
			}
			out += skipped;
			i += skipped.length;
			continue;
		}
		const param = /^\$\{\s*([^}]*?)\s*\}/.exec(rest);
		if (param) {
			if (param[1] !== 'period' && param[1] !== 'wijk') throw new CellTextError(lineAt(sql, i), `onbekende parameter \${${param[1]}}: er zijn alleen \${period} en \${wijk}.`);
			values.push(params[param[1]]);
			out += '?';
			i += param[0].length;
			continue;
		}
		out += sql[i++];
	}
	return out;
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/**
 * The query of a cell with the cells before it as named subqueries (`WITH <name> AS (…)`), so that
 * it can select from them as tables while nothing is ever created in the database. A cell that opens
 * with its own `WITH` gets the earlier ones prepended to its list.
 */
export function composeCell(earlier: { name: string; sql: string }[], sql: string, params: NotebookParams): CellQuery {
	const values: SqlValue[] = [];
	// Values in the order of their placeholders: the earlier cells' first.
	const ctes = earlier.map((c) => `${sqlIdentifier(c.name)} AS (\n${bind(withoutSemicolon(c.sql), params, values)}\n)`);
	const body = bind(withoutSemicolon(sql), params, values);
	if (!ctes.length) return { sql: body, values, prefixLines: 0 };
	const lead = LEADING.exec(body)![0];
	const own = /^with(\s+recursive)?\b/i.exec(body.slice(lead.length));
	const prefix = `WITH${own?.[1] ? ' RECURSIVE' : ''} ${ctes.join(',\n')}${own ? ',' : ''}\n`;
	// The cell's own WITH blanked in place, so that its lines stay where they were.
	const rest = own ? `${lead}${own[0].replace(/[^\n]/g, ' ')}${body.slice(lead.length + own[0].length)}` : body;
	return { sql: prefix + rest, values, prefixLines: prefix.split('\n').length - 1 };
}
