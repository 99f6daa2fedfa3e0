import { tableSpec, tables, type TableName } from '../contract';
import { type Connector } from '../db/connector';
import { describeHeader } from './describe-header';
import { loadTable } from './load-table';
import { tableForFileName, tableForHeader } from './match-table';
import { prepareFile, type PreparedSource } from './prepare-file';
import { firstRejections, recordRejections, startRejections } from './rejections';
import { type FileReport, type ImportProgress, type ImportReport } from './report';
import { clearTables } from './engine-tables';
import { stageText } from './stage-file';
import { TYPED } from './row-checks';
import { measureStep } from './measure-step';

export interface ImportFile {
	name: string;
	/** Handed over to the engine: detached once the import has read it. */
	bytes: Uint8Array;
}

export interface ImportOptions {
	/** Empty every table first (inside the same transaction). */
	replace?: boolean;
	onProgress?: (p: ImportProgress) => void;
	signal?: AbortSignal;
	/** Decoding and parsing; the browser passes one that runs in a worker. */
	prepare?: (file: ImportFile) => Promise<PreparedSource[]>;
}

interface Matched {
	source: PreparedSource;
	table: TableName;
	report: FileReport;
}

const order = (name: TableName) => tables.findIndex((t) => t.name === name);
const listOfTables = () =>
	tables.map((t) => `${t.name} (${t.columns.filter((c) => c.required).map((c) => c.name).join(', ')})`).join('; ');
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const emptyReport = (file: string): FileReport => ({ file, table: null, loaded: 0, rejectedRows: 0, warnings: [], notices: [] });

/** Reads every file and matches each source to its table; unreadable files are refused whole. */
async function prepareAll(files: ImportFile[], options: ImportOptions, report: ImportReport): Promise<Matched[]> {
	const matched: Matched[] = [];
	for (const [i, file] of files.entries()) {
		options.signal?.throwIfAborted();
		options.onProgress?.({ file: file.name, stage: 'lezen', fraction: i / (2 * files.length) });
		let sources: PreparedSource[];
		const start = performance.now();
		try {
			sources = await (options.prepare ?? prepareFile)(file);
			measureStep('prepare', start);
		} catch (error) {
			report.files.push({ ...emptyReport(file.name), refused: message(error) });
			continue;
		}
		for (const source of sources) {
			const fileReport = emptyReport(source.label);
			report.files.push(fileReport);
			const table = tableForFileName(source.matchName) ?? tableForHeader(source.text.headers);
			if (table) matched.push({ source, table, report: Object.assign(fileReport, { table }) });
			else fileReport.refused = `Hoort bij geen enkele tabel (naam en kolommen herkend). Tabellen met hun verplichte kolommen: ${listOfTables()}.`;
		}
	}
	return matched.sort((a, b) => order(a.table) - order(b.table));
}

/**
 * One import: every file read, matched and loaded in one transaction, tables in reference order,
 * so a cancel or failure leaves the data exactly as it was. The files' bytes are handed over, not
 * copied: the browser transfers them to its workers and a clean file goes to the engine as it is,
 * so a caller that needs them afterwards keeps its own copy.
 */
export async function runImport(db: Connector, files: ImportFile[], options: ImportOptions = {}): Promise<ImportReport> {
	const report: ImportReport = { files: [], loaded: {}, rejected: [], rejectedTotal: 0, importId: 0, warnings: [], notices: [] };
	const matched = await prepareAll(files, options, report);
	const labels = [...new Set(matched.map((m) => m.source.label))].sort((a, b) => a.localeCompare(b));
	await db.transaction(async (tx) => {
		report.importId = await startRejections(tx);
		// Replaced only once a file is loadable: an import whose every file is refused changes nothing.
		let cleared = !options.replace;
		for (const [i, { source, table, report: fileReport }] of matched.entries()) {
			options.signal?.throwIfAborted();
			options.onProgress?.({ file: source.label, stage: 'controleren', fraction: 0.5 + i / (2 * matched.length) });
			const spec = tableSpec(table);
			const header = describeHeader(spec, source.text.headers);
			fileReport.warnings.push(...source.text.warnings, ...header.warnings);
			fileReport.notices.push(...header.notices);
			if (header.refused) {
				fileReport.refused = header.refused;
				continue;
			}
			if (!cleared) {
				await clearTables(tx);
				cleared = true;
			}
			const scannedForBsn = table === 'referrals';
			await stageText(tx, `import-${i}.csv`, source.text, TYPED, {
				spec, keep: header.columns, scanForBsn: scannedForBsn, trim: source.trim, longestLine: source.longestLine,
				dialect: { decimalComma: source.text.delimiter === ';' }
			});
			const start = performance.now();
			const rejections = { importId: report.importId, fileRank: labels.indexOf(source.label), file: source.label };
			const result = await loadTable(tx, {
				spec, scannedForBsn, label: source.label, rejections,
				columns: new Set(header.columns.keys()),
				recordLines: source.text.recordLines
			});
			measureStep('check-insert', start);
			const ragged = source.text.ragged.map((r) => ({
				line: r.line, column: '', value: null, reason: `regel heeft ${r.fields} velden, de kopregel ${r.expected}`
			}));
			await recordRejections(tx, rejections, ragged);
			Object.assign(fileReport, { loaded: result.loaded, rejectedRows: result.rejectedRows + ragged.length });
			fileReport.warnings.push(...result.warnings);
			fileReport.notices.push(...result.notices);
			report.loaded[table] = (report.loaded[table] ?? 0) + result.loaded;
			report.rejectedTotal += fileReport.rejectedRows;
		}
		options.signal?.throwIfAborted();
		report.rejected = await firstRejections(tx, report.importId);
	});
	for (const f of report.files) {
		if (f.refused) report.warnings.push(`${f.file}: niet geladen. ${f.refused}`);
		report.warnings.push(...f.warnings.map((w) => `${f.file}: ${w}`));
		report.notices.push(...f.notices.map((n) => `${f.file}: ${n}`));
	}
	options.onProgress?.({ file: '', stage: 'klaar', fraction: 1 });
	return report;
}
