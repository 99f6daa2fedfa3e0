import { tableSpec, tables, type TableName } from '../contract';
import { type Connector } from '../db/connector';
import { mapHeader } from './header';
import { loadTable } from './load-table';
import { tableForFileName, tableForHeader } from './match-table';
import { type FileReport, type ImportProgress, type ImportReport } from './report';
import { stageFile, type StagedFile } from './stage-file';

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
}

const tableOrder = (name: TableName) => tables.findIndex((t) => t.name === name);
const listOfTables = () =>
	tables.map((t) => `${t.name} (${t.columns.filter((c) => c.required).map((c) => c.name).join(', ')})`).join('; ');

interface Staged extends StagedFile {
	file: ImportFile;
	tableName: TableName;
}

/**
 * One import: every file staged, matched and loaded in one transaction, tables in reference
 * order, so a cancel or failure leaves the data exactly as it was.
 */
export async function runImport(db: Connector, files: ImportFile[], options: ImportOptions = {}): Promise<ImportReport> {
	const report: ImportReport = { files: [], loaded: {}, rejected: [], rejectedTotal: 0, warnings: [], notices: [] };
	const progress = (file: string, stage: ImportProgress['stage'], done: number) =>
		options.onProgress?.({ file, stage, fraction: done / (2 * files.length) });
	await db.transaction(async (tx) => {
		if (options.replace) for (const t of [...tables].reverse()) await tx.exec(`DELETE FROM "${t.name}"`);
		const staged: Staged[] = [];
		for (const [i, file] of files.entries()) {
			options.signal?.throwIfAborted();
			progress(file.name, 'lezen', i);
			const fileReport: FileReport = { file: file.name, table: null, loaded: 0, rejectedRows: 0, warnings: [], notices: [] };
			report.files.push(fileReport);
			try {
				const s = await stageFile(tx, `import-${i}-${file.name}`, file.bytes, `__stage_${i}`);
				const tableName = tableForFileName(file.name) ?? tableForHeader(s.headers);
				if (!tableName) throw new Error(`Bestand hoort bij geen enkele tabel. Tabellen en hun verplichte kolommen: ${listOfTables()}.`);
				fileReport.table = tableName;
				staged.push({ ...s, file, tableName });
			} catch (error) {
				fileReport.refused = error instanceof Error ? error.message : String(error);
			}
		}
		staged.sort((a, b) => tableOrder(a.tableName) - tableOrder(b.tableName));
		for (const [i, s] of staged.entries()) {
			options.signal?.throwIfAborted();
			progress(s.file.name, 'controleren', files.length + i);
			const fileReport = report.files.find((f) => f.file === s.file.name && f.table === s.tableName)!;
			const spec = tableSpec(s.tableName);
			const header = mapHeader(spec, s.headers);
			if (header.missing.length) {
				fileReport.refused = `Verplichte kolom${header.missing.length > 1 ? 'men' : ''} ontbreekt: ${header.missing.map((c) => c.name).join(', ')}.`;
				continue;
			}
			if (header.unknown.length) fileReport.notices.push(`Kolommen genegeerd (niet opgeslagen): ${header.unknown.join(', ')}.`);
			const result = await loadTable(tx, spec, s.table, header.columns, { decimalComma: s.delimiter === ';' }, s.file.name);
			await tx.exec(`DROP TABLE ${s.table}`);
			Object.assign(fileReport, { loaded: result.loaded, rejectedRows: result.rejectedRows });
			fileReport.warnings.push(...result.warnings);
			fileReport.notices.push(...result.notices);
			report.loaded[s.tableName] = (report.loaded[s.tableName] ?? 0) + result.loaded;
			report.rejected.push(...result.rejections);
			report.rejectedTotal += result.rejectedRows;
		}
		options.signal?.throwIfAborted();
	});
	for (const f of report.files) {
		if (f.refused) report.warnings.push(`${f.file}: niet geladen. ${f.refused}`);
		report.warnings.push(...f.warnings.map((w) => `${f.file}: ${w}`));
		report.notices.push(...f.notices.map((n) => `${f.file}: ${n}`));
	}
	progress('', 'klaar', 2 * files.length);
	return report;
}
