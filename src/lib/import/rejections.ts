import { type Reader } from '../db/reader';
import { type Connector } from '../db/connector';
import { type ImportReport, type Rejection } from './report';
import { REJECTS } from './row-checks';

/** Every rejection of the last import, in the database: a million bad rows must not have to live in the page. */
const REJECTIONS = '__import_rejections';
const LINES = '__rejected_lines';
/** What the screen shows of them (DATA-CONTRACT: "the first few hundred with the total count"). */
export const REJECTIONS_SHOWN = 200;
const COLUMNS = ['import_id', 'file_rank', 'file', 'line', 'column', 'value', 'reason'];

let lastImport = 0;

/** Starts the rejection list of a new import, replacing the previous one; returns its id. */
export async function startRejections(db: Connector): Promise<number> {
	await db.exec(`CREATE OR REPLACE TEMP TABLE ${REJECTIONS} (import_id INTEGER, file_rank INTEGER, file VARCHAR, line INTEGER,
		"column" VARCHAR, value VARCHAR, reason VARCHAR)`);
	return ++lastImport;
}

export interface RejectionSource {
	importId: number;
	/** Place of the file in the report's order (file names as `localeCompare` sorts them). */
	fileRank: number;
	file: string;
}

/** The first line when every record sits on the line after the one before (the usual file), else null. */
function consecutiveFrom(recordLines: Int32Array): number | null {
	const first = recordLines[0] ?? 0;
	return recordLines.every((line, i) => line === first + i) ? first : null;
}

/** Adds the rows of `__rejects` (record index, column, value, reason), each at its editor line. */
export async function recordRejects(db: Connector, source: RejectionSource, recordLines: Int32Array): Promise<void> {
	const insert = (line: string, join = '', params: number[] = []) => db.query(`INSERT INTO ${REJECTIONS} SELECT ?, ?, ?, ${line}, r."column", r.value, r.reason
		FROM ${REJECTS} r ${join}`, [source.importId, source.fileRank, source.file, ...params]);
	const first = consecutiveFrom(recordLines);
	if (first !== null) {
		await insert('r.__row + ?::INTEGER', '', [first]);
		return;
	}
	// Blank lines or values over several lines: the lines of the rejected records go to the database first.
	const rows = await db.query<{ row: number }>(`SELECT DISTINCT __row AS row FROM ${REJECTS}`);
	if (!rows.length) return;
	await db.exec(`CREATE OR REPLACE TEMP TABLE ${LINES} (row INTEGER, line INTEGER)`);
	await db.insertRows(LINES, ['row', 'line'], rows.map(({ row }) => [String(row), String(recordLines[row])]));
	await insert('l.line', `JOIN ${LINES} l ON l.row = r.__row`);
	await db.exec(`DROP TABLE ${LINES}`);
}

/** Adds rejections found outside SQL (rows with the wrong number of fields). */
export async function recordRejections(db: Connector, source: RejectionSource, rejections: Omit<Rejection, 'file'>[]): Promise<void> {
	if (!rejections.length) return;
	const meta = [String(source.importId), String(source.fileRank), source.file];
	await db.insertRows(REJECTIONS, COLUMNS, rejections.map((r) => [...meta, String(r.line), r.column, r.value, r.reason]));
}

const SELECT = `SELECT file, line, "column", value, reason FROM ${REJECTIONS} WHERE import_id = ? ORDER BY file_rank, line, "column"`;

/** The first rejections of an import, in file and line order, for the screen. */
export async function firstRejections(db: Connector, importId: number): Promise<Rejection[]> {
	return db.query<Rejection & { [k: string]: string | number | null }>(`${SELECT} LIMIT ?`, [importId, REJECTIONS_SHOWN]);
}

/** Every rejection of the report's import, in file and line order: for the command line and the downloadable report. */
export async function allRejections(db: Reader, report: Pick<ImportReport, 'importId' | 'rejectedTotal'>): Promise<Rejection[]> {
	const current = await db.query('SELECT 1 FROM duckdb_tables() WHERE table_name = ?', [REJECTIONS]);
	const rows = current.length ? await db.query<Rejection & { [k: string]: string | number | null }>(SELECT, [report.importId]) : [];
	if (report.rejectedTotal && !rows.length) throw new Error('Dit importrapport hoort bij een eerdere import; de afgekeurde rijen zijn niet meer bewaard.');
	return rows;
}
