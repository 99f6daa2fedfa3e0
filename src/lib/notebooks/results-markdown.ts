import { type Row, type SqlValue } from '../db/connector';
import { formatNumber } from '../i18n';
import { type NotebookParams } from './compose';
import { type Notebook } from './parse';
import { type CellOutcome } from './run';

/** Rows of a result written into the file: enough to read, the rest counted. */
export const ROWS_IN_FILE = 100;

/** A value as a notebook's tables show it: numbers the Dutch way, nothing for NULL. */
export const cellText = (value: SqlValue): string => (value === null ? '' : typeof value === 'number' ? formatNumber(value) : String(value));

// A value is text, never Markdown or HTML: a name like `<img onerror=…>` or `|` must not become markup.
const escaped = (text: string) => text.replace(/[\\`*_[\]<>|&]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');

function table(columns: string[], rows: Row[], truncated: boolean): string {
	if (!columns.length) return '_Geen kolommen._';
	const lines = [`| ${columns.map(escaped).join(' | ')} |`, `|${columns.map(() => ' --- |').join('')}`,
		...rows.slice(0, ROWS_IN_FILE).map((row) => `| ${columns.map((c) => escaped(cellText(row[c] ?? null))).join(' | ')} |`)];
	const more = rows.length > ROWS_IN_FILE || truncated ? `\n\n_… en nog ${truncated ? 'meer dan ' : ''}${formatNumber(rows.length - ROWS_IN_FILE)} rijen._` : '';
	return `${lines.join('\n')}${rows.length ? '' : '\n\n_Geen rijen._'}${more}`;
}

/**
 * The notebook with its results: its text, each SQL cell followed by its table (or why it failed),
 * each chart by the table of what it draws. What `npm run notebook` writes, as Markdown or as HTML.
 */
export function notebookWithResults(notebook: Notebook, outcomes: CellOutcome[], params: NotebookParams, source: string): string {
	const byName = new Map(outcomes.map((o) => [o.name, o]));
	const parts = [`# ${escaped(notebook.title)}`, notebook.description && `_${escaped(notebook.description)}_`,
		`> Uitgevoerd op ${source}, kwartaal ${params.period ?? '–'}, ${params.wijk === null ? 'de hele regio' : `wijk ${escaped(params.wijk)}`}.`];
	for (const block of notebook.blocks) {
		if (block.kind === 'text') parts.push(block.markdown);
		else if (block.kind === 'sql') {
			const outcome = byName.get(block.name)!;
			parts.push(`\`\`\`sql name=${block.name}\n${block.sql.replace(/\n+$/, '')}\n\`\`\``,
				outcome.ok ? table(outcome.columns, outcome.rows, outcome.truncated) : `> **Fout.** ${escaped(outcome.error)}`);
		} else {
			const { type, from, x, y, series } = block.chart;
			const outcome = byName.get(from);
			const columns = [x, ...(series ? [series] : []), y];
			parts.push(`_Grafiek (${type}) van \`${from}\`: ${columns.join(', ')}._`,
				outcome?.ok ? table(columns.filter((c) => outcome.columns.includes(c)), outcome.rows, outcome.truncated) : '> De cel van deze grafiek gaf geen resultaat.');
		}
	}
	return `${parts.filter(Boolean).join('\n\n')}\n`;
}
