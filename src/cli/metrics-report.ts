import { type MetricId, type TableName } from '../lib/contract';
import { type Connector } from '../lib/db/connector';
import { storeOver } from '../lib/views/store';
import { networkFigures, type NetworkFigures } from '../lib/graph';
import { allRejections, runImport, type ImportFile } from '../lib/import';
import { loadComparison, type Comparison } from '../lib/metrics/compare';
import { findGaps, type Gap } from '../lib/metrics/gaps';
import { networkGraph } from '../lib/metrics/network';
import { type Quarter } from '../lib/metrics/period';
import { metricSeries } from '../lib/metrics/series';
import { type Scope } from '../lib/metrics/scope';

/** The JSON object of `npm run metrics` (shared/METRICS.md, "The command line"). */
export interface MetricsReport {
	period: Quarter;
	scope: string;
	metrics: Record<MetricId, number | null>;
	network: NetworkFigures;
	gaps: Gap[];
	import: {
		loaded: Partial<Record<TableName, number>>;
		rejected: { file: string; line: number; column: string; reason: string }[];
		warnings: string[];
	};
}

export class UnknownWijkError extends Error {}
/** Not one file could be read: METRICS.md's exit status 1. */
export class UnreadableDataError extends Error {}

/** Imports `files` into an empty database; throws when not one of them could be read. */
export async function importAll(db: Connector, files: ImportFile[]) {
	const store = storeOver(db);
	const imported = await store.write((tx) => runImport(tx, files));
	if (!Object.keys(imported.loaded).length) {
		throw new UnreadableDataError(`Geen enkel bestand kon worden gelezen.\n${imported.warnings.join('\n')}`);
	}
	return { reader: store.reader, imported };
}

/** Imports `files` into an empty database and answers for one period and scope. */
export async function metricsReport(db: Connector, files: ImportFile[], period: Quarter, wijk: string | null): Promise<MetricsReport> {
	const { reader, imported } = await importAll(db, files);
	if (wijk !== null && !(await reader.query(`SELECT 1 FROM wijken WHERE wijk_id = ?`, [wijk])).length) {
		throw new UnknownWijkError(`Onbekende wijk "${wijk}": niet in de geladen gegevens.`);
	}
	const scope: Scope = { wijk };
	const series = await metricSeries(reader, scope, [period]);
	const metrics = Object.fromEntries(Object.entries(series).map(([id, values]) => [id, values[0]])) as Record<MetricId, number | null>;
	return {
		period,
		scope: wijk ?? 'region',
		metrics,
		network: networkFigures(await networkGraph(reader, scope, period)),
		gaps: await findGaps(reader, scope, period),
		import: {
			loaded: imported.loaded,
			rejected: (await allRejections(reader, imported)).map(({ file, line, column, reason }) => ({ file, line, column, reason })),
			warnings: imported.warnings
		}
	};
}

/** Imports `files` into an empty database and compares every wijk at `period` (`--compare`). */
export async function compareReport(db: Connector, files: ImportFile[], period: Quarter): Promise<Comparison> {
	return loadComparison((await importAll(db, files)).reader, period);
}
