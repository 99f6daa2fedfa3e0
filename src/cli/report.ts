// npm run report -- --data <folder> --period <YYYY-Qn> [--wijk <wijk_id> | --all-wijken] [--min-cell <k>] [--intern] --out <file.pdf|file.json|file.xlsx|folder>
// The quarterly report of shared/METRICS.md ("The quarterly report"): extern with k = 10 unless --intern. JSON and
// Excel from the report model in Node; PDF by printing /rapport of the built app in headless Chromium. With
// --all-wijken, --out is a folder and gets one report per wijk plus the region's (--format pdf|json|xlsx, pdf by default).
// Exit 0 on success, 2 for bad arguments, 1 when the data could not be read; the reason goes to stderr (DEBUG=1: with its stack).
import { mkdir, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { openNodeConnector } from '../lib/db/node';
import { checkMinCell, DEFAULT_MIN_CELL } from '../lib/export/suppress';
import { xlsxBlob } from '../lib/export/xlsx';
import { ensureSchema } from '../lib/import';
import { isQuarter } from '../lib/metrics/period';
import { reportWorkbook } from '../lib/report/report-workbook';
import { type ReportSettings } from '../lib/views/report';
import { fail, readFolder } from './cli-io';
import { importAll, UnknownWijkError, UnreadableDataError } from './metrics-report';
import { checkScope, loadedOf, ReportArgumentError, reportFor } from './report-data';
import { printReports } from './report-pdf';

const USAGE = 'Gebruik: npm run report -- --data <map> --period <JJJJ-Kn> [--wijk <wijk_id> | --all-wijken] [--min-cell <k>] [--intern] --out <bestand.pdf|.json|.xlsx|map>';
const formats = ['pdf', 'json', 'xlsx'] as const;
type Format = (typeof formats)[number];

function readArguments() {
	try {
		const { values } = parseArgs({
			options: { data: { type: 'string' }, period: { type: 'string' }, wijk: { type: 'string' }, 'min-cell': { type: 'string' }, intern: { type: 'boolean' },
				out: { type: 'string' }, 'all-wijken': { type: 'boolean' }, format: { type: 'string' } },
			strict: true
		});
		if (!values.data) fail(2, 'Geef de map met gegevens op met --data.', USAGE);
		if (!isQuarter(values.period)) fail(2, `Geef een kwartaal op met --period, zoals 2024-Q4${values.period ? ` (niet "${values.period}")` : ''}.`, USAGE);
		if (!values.out) fail(2, 'Geef met --out op waar het rapport heen moet.', USAGE);
		if (values['all-wijken'] && values.wijk !== undefined) fail(2, '--all-wijken maakt een rapport per wijk: laat --wijk weg.', USAGE);
		if (values.intern && values['min-cell'] !== undefined) fail(2, '--intern schermt niets af: laat --min-cell weg.', USAGE);
		const given = values['min-cell'];
		if (given !== undefined && !/^\d+$/.test(given)) fail(2, `De drempel --min-cell moet een geheel getal van 5 tot en met 20 zijn, niet "${given}".`, USAGE);
		const minCell = given === undefined ? DEFAULT_MIN_CELL : checkMinCell(Number(given));
		if (values.format !== undefined && !values['all-wijken']) fail(2, '--format hoort bij --all-wijken; voor één rapport zegt de naam van --out het formaat (.pdf, .json of .xlsx).', USAGE);
		const format = (values['all-wijken'] ? (values.format ?? 'pdf') : extname(values.out).slice(1).toLowerCase()) as Format;
		if (!formats.includes(format)) fail(2, values['all-wijken'] ? `Onbekend --format "${values.format}": pdf, json of xlsx.` : `--out moet eindigen op .pdf, .json of .xlsx (niet "${values.out}").`, USAGE);
		return { data: values.data, period: values.period, wijk: values.wijk ?? null, all: values['all-wijken'] ?? false, out: values.out, format,
			audience: values.intern ? 'intern' as const : 'extern' as const, minCell };
	} catch (error) {
		return fail(2, error instanceof Error ? error.message : String(error), USAGE);
	}
}

const args = readArguments();
const files = await readFolder(args.data);
const db = await openNodeConnector();
try {
	await ensureSchema(db);
	// The import takes the bytes over; the PDF's page imports the same files again.
	const forPrint = args.format === 'pdf' ? files.map((f) => ({ ...f, bytes: f.bytes.slice() })) : [];
	const { reader } = await importAll(db, files);
	const loaded = await loadedOf(reader);
	const scopes = args.all ? [null, ...loaded.wijkIds] : [args.wijk];
	const settingsOf = (wijk: string | null): ReportSettings & { period: string } => ({ period: args.period, wijk, audience: args.audience, minCell: args.minCell });
	const target = (wijk: string | null) => (args.all ? join(args.out, `rapport-${args.period}-${wijk ?? 'regio'}.${args.format}`) : args.out);
	if (args.all) await mkdir(args.out, { recursive: true });
	if (args.format === 'pdf') {
		for (const wijk of scopes) checkScope(loaded, settingsOf(wijk));
		await printReports(forPrint, scopes.map((wijk) => ({ settings: settingsOf(wijk), loaded, file: target(wijk) })));
	} else {
		for (const wijk of scopes) {
			const model = await reportFor(reader, loaded, settingsOf(wijk));
			const bytes = args.format === 'json' ? `${JSON.stringify(model, null, 2)}\n` : new Uint8Array(await (await xlsxBlob(reportWorkbook(model))).arrayBuffer());
			await writeFile(target(wijk), bytes);
		}
	}
	for (const wijk of scopes) process.stderr.write(`${target(wijk)}\n`);
} catch (error) {
	if (error instanceof UnknownWijkError || error instanceof ReportArgumentError) fail(2, error.message, USAGE);
	if (error instanceof UnreadableDataError) fail(1, `${args.data}: ${error.message}`);
	if (process.env.DEBUG) console.error(error);
	fail(1, `Het rapport kon niet worden gemaakt: ${error instanceof Error ? error.message : String(error)}`);
} finally {
	db.close();
}
