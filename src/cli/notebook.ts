// npm run notebook -- <file.md> --data <folder> [--period <YYYY-Qn>] [--wijk <wijk_id>] --out <file.md|file.html>
// Runs a notebook (notebooks/*.md) over the files of a folder with the same parser and runner as /notebooks,
// and writes it with its results as tables. Without --period, the last loaded quarter; without --wijk, the region.
// Exit 0 when every cell ran; 1 when a cell failed (each named on stderr, the file still written), the notebook
// could not be read or the data not loaded; 2 for bad arguments.
import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { openNodeConnector } from '../lib/db/node';
import { chartData } from '../lib/charts/notebook/chart-data';
import { ensureSchema } from '../lib/import';
import { isQuarter } from '../lib/metrics/period';
import { notebookHtml } from '../lib/notebooks/notebook-html';
import { NotebookSyntaxError, parseNotebook } from '../lib/notebooks/parse';
import { notebookWithResults } from '../lib/notebooks/results-markdown';
import { runNotebook } from '../lib/notebooks/run';
import { fail, readFolder } from './cli-io';
import { importAll, UnreadableDataError } from './metrics-report';
import { loadedOf } from './report-data';

const USAGE = 'Gebruik: npm run notebook -- <notebook.md> --data <map> [--period <JJJJ-Kn>] [--wijk <wijk_id>] --out <bestand.md|bestand.html>';

function readArguments() {
	try {
		const { values, positionals } = parseArgs({
			options: { data: { type: 'string' }, period: { type: 'string' }, wijk: { type: 'string' }, out: { type: 'string' } },
			allowPositionals: true, strict: true
		});
		if (positionals.length !== 1) fail(2, 'Geef precies één notebook op (een .md-bestand).', USAGE);
		if (!values.data) fail(2, 'Geef de map met gegevens op met --data.', USAGE);
		if (values.period !== undefined && !isQuarter(values.period)) fail(2, `--period is een kwartaal zoals 2024-Q4, niet "${values.period}".`, USAGE);
		const format = extname(values.out ?? '').slice(1).toLowerCase();
		if (!values.out || !['md', 'html'].includes(format)) fail(2, 'Geef met --out een bestand op dat eindigt op .md of .html.', USAGE);
		return { file: positionals[0], data: values.data, period: values.period ?? null, wijk: values.wijk ?? null, out: values.out, format };
	} catch (error) {
		return fail(2, error instanceof Error ? error.message : String(error), USAGE);
	}
}

const args = readArguments();
const source = await readFile(args.file, 'utf8').catch((error: NodeJS.ErrnoException) => fail(2, `Het notebook ${args.file} kan niet worden gelezen (${error.code ?? error.message}).`, USAGE));
let notebook;
try {
	notebook = parseNotebook(source);
} catch (error) {
	if (error instanceof NotebookSyntaxError) fail(1, `${args.file}, ${error.message}`);
	throw error;
}
const files = await readFolder(args.data);
const db = await openNodeConnector();
let failed = 0;
try {
	await ensureSchema(db);
	const { reader } = await importAll(db, files);
	// The data is in: from here a notebook (perhaps someone else's) reads the loaded tables and nothing else on this machine.
	await db.exec('SET enable_external_access = false; SET lock_configuration = true');
	const loaded = await loadedOf(reader);
	if (args.period !== null && !loaded.quarters.includes(args.period)) fail(2, `Het kwartaal ${args.period} zit niet in de gegevens.`, USAGE);
	if (args.wijk !== null && !loaded.wijkIds.includes(args.wijk)) fail(2, `Onbekende wijk "${args.wijk}": niet in de geladen gegevens.`, USAGE);
	const params = { period: args.period ?? loaded.quarters.at(-1) ?? null, wijk: args.wijk };
	const outcomes = await runNotebook(reader, notebook, params, (outcome) => {
		if (!outcome.ok) process.stderr.write(`${args.file}: ${outcome.error}\n`);
	});
	failed = outcomes.filter((o) => !o.ok).length;
	// A chart whose columns the cell does not have (or whose y is no number) fails here as it does on the page.
	for (const block of notebook.blocks) {
		const from = block.kind === 'chart' ? outcomes.find((o) => o.name === block.chart.from) : undefined;
		if (block.kind !== 'chart' || !from?.ok) continue;
		const missing = [block.chart.x, block.chart.y, block.chart.series].find((c) => c !== undefined && !from.columns.includes(c));
		const drawn = block.chart.type === 'table' ? null : chartData(block.chart, from.columns, from.rows);
		const problem = drawn && !drawn.ok ? drawn.error : missing !== undefined ? `De cel "${from.name}" heeft geen kolom "${missing}".` : null;
		if (!problem) continue;
		failed++;
		process.stderr.write(`${args.file}: grafiek (regel ${block.line}): ${problem}\n`);
	}
	const markdown = notebookWithResults(notebook, outcomes, params, basename(args.data));
	await writeFile(args.out, args.format === 'md' ? markdown : notebookHtml(notebook.title, markdown));
	process.stderr.write(`${args.out}: ${outcomes.length - failed} van ${outcomes.length} cellen uitgevoerd\n`);
} catch (error) {
	if (error instanceof UnreadableDataError) fail(1, `${args.data}: ${error.message}`);
	if (process.env.DEBUG) console.error(error);
	fail(1, `Het notebook kon niet worden uitgevoerd: ${error instanceof Error ? error.message : String(error)}`);
} finally {
	db.close();
}
process.exit(failed ? 1 : 0);
