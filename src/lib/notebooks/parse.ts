import { parse as parseYaml } from 'yaml';
import { tableNames } from '../contract/tables';

/** A notebook as written in `notebooks/<name>.md`: front matter, then text and fenced cells in order. */
export interface Notebook {
	title: string;
	description: string;
	blocks: Block[];
}

export type Block =
	| { kind: 'text'; markdown: string }
	| { kind: 'sql'; name: string; sql: string; /** Line of the cell's first SQL line in the file (1-based). */ line: number }
	| { kind: 'chart'; chart: ChartSpec; line: number };

export type ChartType = 'bar' | 'line' | 'table';
export interface ChartSpec {
	type: ChartType;
	from: string;
	x: string;
	y: string;
	series?: string;
}

/** A notebook that cannot be read: the line of the file and what is wrong there, in Dutch. */
export class NotebookSyntaxError extends Error {
	constructor(readonly line: number, message: string) {
		super(`regel ${line}: ${message}`);
	}
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const CHART_TYPES: readonly ChartType[] = ['bar', 'line', 'table'];

/** `key=value` pairs of a fence's info string (`sql name=x`, `chart type=bar from=x …`). */
function attributes(info: string, line: number): Map<string, string> {
	const pairs = new Map<string, string>();
	for (const word of info.split(/\s+/).filter(Boolean)) {
		const match = /^([a-z]+)=(\S+)$/.exec(word);
		if (!match) throw new NotebookSyntaxError(line, `"${word}" is geen sleutel=waarde.`);
		if (pairs.has(match[1])) throw new NotebookSyntaxError(line, `"${match[1]}" staat er twee keer.`);
		pairs.set(match[1], match[2]);
	}
	return pairs;
}

function chartOf(pairs: Map<string, string>, line: number): ChartSpec {
	const allowed = new Set(['type', 'from', 'x', 'y', 'series']);
	for (const key of pairs.keys()) if (!allowed.has(key)) throw new NotebookSyntaxError(line, `een grafiek kent geen "${key}" (wel type, from, x, y, series).`);
	const type = pairs.get('type') as ChartType | undefined;
	if (!type || !CHART_TYPES.includes(type)) throw new NotebookSyntaxError(line, 'een grafiek heeft type=bar, type=line of type=table.');
	const [from, x, y] = ['from', 'x', 'y'].map((key) => pairs.get(key));
	if (!from || !x || !y) throw new NotebookSyntaxError(line, 'een grafiek heeft from=, x= en y=.');
	return { type, from, x, y, ...(pairs.has('series') ? { series: pairs.get('series') } : {}) };
}

function frontMatter(lines: string[]): { meta: Record<string, unknown>; body: number } {
	if (lines[0]?.trim() !== '---') return { meta: {}, body: 0 };
	const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
	if (end < 0) throw new NotebookSyntaxError(1, 'de kop (front matter) opent met --- maar sluit niet.');
	let meta: unknown;
	try {
		meta = parseYaml(lines.slice(1, end).join('\n')) ?? {};
	} catch (error) {
		throw new NotebookSyntaxError(1 + ((error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 1), `de kop is geen geldige YAML (${(error as Error).message.split('\n')[0]}).`);
	}
	if (typeof meta !== 'object' || Array.isArray(meta)) throw new NotebookSyntaxError(2, 'de kop moet sleutels met waarden zijn (title, description).');
	return { meta: meta as Record<string, unknown>, body: end + 1 };
}

/**
 * Reads a notebook: YAML front matter (`title`, `description`), Markdown, and fenced cells:
 * ```` ```sql name=<id> ```` holds a query; ```` ```chart type=… from=<id> x=… y=… ```` has an empty body.
 * Other fences (```` ```js ````, plain ```` ``` ````) stay Markdown, shown as code and never run.
 */
export function parseNotebook(source: string): Notebook {
	const lines = source.replace(/\r\n?/g, '\n').split('\n');
	const { meta, body } = frontMatter(lines);
	const blocks: Block[] = [];
	const names = new Set<string>();
	let text: string[] = [];
	const flush = () => {
		if (text.join('').trim()) blocks.push({ kind: 'text', markdown: text.join('\n').trim() });
		text = [];
	};
	for (let i = body; i < lines.length; i++) {
		const fence = /^(`{3,}|~{3,})\s*(sql|chart)\b(.*)$/.exec(lines[i]);
		if (!fence) {
			text.push(lines[i]);
			continue;
		}
		const [, marks, kind, info] = fence;
		const start = i + 1;
		const close = lines.findIndex((l, j) => j > i && l.trim().startsWith(marks[0].repeat(marks.length)) && l.trim().replaceAll(marks[0], '') === '');
		if (close < 0) throw new NotebookSyntaxError(start, `het blok ${kind} dat hier opent, sluit niet met ${marks}.`);
		const content = lines.slice(i + 1, close).join('\n');
		const pairs = attributes(info, start);
		flush();
		if (kind === 'sql') {
			const name = pairs.get('name');
			if (!name || pairs.size !== 1) throw new NotebookSyntaxError(start, 'een SQL-cel opent met ```sql name=<naam> en niets anders.');
			if (!NAME.test(name)) throw new NotebookSyntaxError(start, `"${name}" is geen geldige naam: letters, cijfers en _, niet met een cijfer vooraan.`);
			if ((tableNames as readonly string[]).includes(name.toLowerCase())) throw new NotebookSyntaxError(start, `"${name}" is de naam van een tabel van de gegevens: kies een andere, anders verbergt de cel die tabel.`);
			if (names.has(name)) throw new NotebookSyntaxError(start, `de naam "${name}" is al gebruikt door een eerdere cel.`);
			if (!content.trim()) throw new NotebookSyntaxError(start, `de SQL-cel "${name}" is leeg.`);
			names.add(name);
			blocks.push({ kind: 'sql', name, sql: content, line: start + 1 });
		} else {
			if (content.trim()) throw new NotebookSyntaxError(start + 1, 'een grafiekblok is leeg: alles staat in de openingsregel.');
			const chart = chartOf(pairs, start);
			if (!names.has(chart.from)) throw new NotebookSyntaxError(start, `de grafiek toont "${chart.from}", maar geen eerdere SQL-cel heet zo.`);
			blocks.push({ kind: 'chart', chart, line: start });
		}
		i = close;
	}
	flush();
	const title = typeof meta.title === 'string' && meta.title.trim() ? meta.title.trim() : 'Naamloos notebook';
	return { title, description: typeof meta.description === 'string' ? meta.description.trim() : '', blocks };
}

/** The notebook as a file again: front matter, its text and its cells, so that an edited one can be saved and read back alike. */
export function writeNotebook(notebook: Notebook): string {
	const quote = (value: string) => JSON.stringify(value);
	const parts = [`---\ntitle: ${quote(notebook.title)}\ndescription: ${quote(notebook.description)}\n---`];
	for (const block of notebook.blocks) {
		if (block.kind === 'text') parts.push(block.markdown);
		else if (block.kind === 'sql') parts.push(`\`\`\`sql name=${block.name}\n${block.sql.replace(/\n+$/, '')}\n\`\`\``);
		else {
			const { type, from, x, y, series } = block.chart;
			parts.push(`\`\`\`chart type=${type} from=${from} x=${x} y=${y}${series ? ` series=${series}` : ''}\n\`\`\``);
		}
	}
	return `${parts.join('\n\n')}\n`;
}
