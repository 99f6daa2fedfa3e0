// npm run metrics -- --data <folder> --period <YYYY-Qn> [--wijk <wijk_id> | --compare]
// Prints the JSON of shared/METRICS.md on stdout ("The command line", or with --compare "Comparing wijken"). Exit 0 on success (also with rejected rows),
// 2 for bad arguments, 1 when the data could not be read at all; the reason goes to stderr.
import { parseArgs } from 'node:util';
import { openNodeConnector } from '../lib/db/node';
import { ensureSchema } from '../lib/import';
import { isQuarter } from '../lib/metrics/period';
import { fail as exitWith, readFolder } from './cli-io';
import { compareReport, metricsReport, UnknownWijkError, UnreadableDataError } from './metrics-report';

const USAGE = 'Gebruik: npm run metrics -- --data <map> --period <JJJJ-Kn, bijv. 2024-Q4> [--wijk <wijk_id> | --compare]';

function fail(code: 1 | 2, reason: string): never {
	return exitWith(code, reason, USAGE);
}

function readArguments() {
	try {
		const { values } = parseArgs({
			options: { data: { type: 'string' }, period: { type: 'string' }, wijk: { type: 'string' }, compare: { type: 'boolean' } },
			strict: true
		});
		if (!values.data) fail(2, 'Geef de map met gegevens op met --data.');
		if (!isQuarter(values.period)) fail(2, `Geef een kwartaal op met --period, zoals 2024-Q4${values.period ? ` (niet "${values.period}")` : ''}.`);
		if (values.compare && values.wijk !== undefined) fail(2, '--compare vergelijkt alle wijken: laat --wijk weg.');
		return { data: values.data, period: values.period, wijk: values.wijk ?? null, compare: values.compare ?? false };
	} catch (error) {
		return fail(2, error instanceof Error ? error.message : String(error));
	}
}

const args = readArguments();
const files = await readFolder(args.data);
const db = await openNodeConnector();
try {
	await ensureSchema(db);
	const report = args.compare ? await compareReport(db, files, args.period) : await metricsReport(db, files, args.period, args.wijk);
	process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} catch (error) {
	if (error instanceof UnknownWijkError) fail(2, error.message);
	if (error instanceof UnreadableDataError) fail(1, `${args.data}: ${error.message}`);
	fail(1, `De gegevens konden niet worden gelezen: ${error instanceof Error ? error.message : String(error)}`);
} finally {
	db.close();
}
