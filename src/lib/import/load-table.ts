import { partnerTypes, type TableSpec } from '../contract';
import { type Connector, sqlIdentifier as id, sqlString } from '../db/connector';
import { checkKeys, checkReferences, TYPED, REJECTS } from './row-checks';
import { recordRejects, type RejectionSource } from './rejections';
import { BSN_COLUMN } from './stage-file';
import { rawColumn, rawName, unknownName, valueRejectionsSql } from './typed-rows';

export interface TableLoad {
	loaded: number;
	rejectedRows: number;
	warnings: string[];
	notices: string[];
}

export interface LoadInput {
	spec: TableSpec;
	columns: Set<string>;
	label: string;
	/** Where the rejected rows are recorded (rejections.ts). */
	rejections: RejectionSource;
	/** recordLines[row] = the editor line on which record `row` starts. */
	recordLines: Int32Array;
	scannedForBsn: boolean;
}

const BSN_REASON = 'bevat een BSN: patiëntgegevens horen niet in deze export';

async function warnUnknownValues(db: Connector, input: LoadInput, warnings: string[]): Promise<void> {
	for (const c of input.spec.columns.filter((col) => col.vocabulary?.unknown === 'overig' && input.columns.has(col.name))) {
		const unknown = await db.query<{ value: string; rows: string }>(
			`SELECT ${id(rawName(c.name))} AS value, array_to_string(list(__row ORDER BY __row)[1:50], ',') AS rows
			 FROM ${TYPED} WHERE ${id(unknownName(c.name))} GROUP BY 1 ORDER BY 1`
		);
		for (const u of unknown) {
			const lines = u.rows.split(',').map((row) => input.recordLines[Number(row)]).join(', ');
			warnings.push(`Onbekende ${c.name} "${u.value}" gelezen als "overig" (regel ${lines}).`);
		}
	}
}

/** Validates the typed rows of one source (`TYPED`, see stage-file.ts) and inserts the valid ones, all in SQL. */
export async function loadTable(db: Connector, input: LoadInput): Promise<TableLoad> {
	const { spec } = input;
	const warnings: string[] = [];
	const notices: string[] = [];
	// Excel writes rows of only delimiters (`;;;`) below the data: empty rows, not errors.
	const allEmpty = spec.columns.map((c) => `${id(rawColumn(c))} IS NULL`).join(' AND ');
	const [{ n: emptyRows }] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${TYPED} WHERE ${allEmpty}`);
	if (emptyRows) {
		await db.exec(`DELETE FROM ${TYPED} WHERE ${allEmpty}`);
		notices.push(`${emptyRows} ${emptyRows === 1 ? 'lege regel' : 'lege regels'} overgeslagen.`);
	}
	if (spec.name === 'partners') {
		const map = partnerTypes.entries.map((e) => `WHEN ${sqlString(e.id)} THEN ${sqlString(e.domain!)}`).join(' ');
		await db.exec(`UPDATE ${TYPED} SET domain = CASE type ${map} END WHERE ${id(rawName('domain'))} IS NULL`);
	}
	const bsn = input.scannedForBsn
		? `SELECT __row, ${BSN_COLUMN} AS "column", '*********' AS value, ${sqlString(BSN_REASON)} AS reason
			FROM ${TYPED} WHERE ${BSN_COLUMN} IS NOT NULL`
		: null;
	const byValue = valueRejectionsSql(spec, TYPED);
	await db.exec(`CREATE OR REPLACE TEMP TABLE ${REJECTS} AS ${bsn ? `${bsn} UNION ALL SELECT * FROM (${byValue})
		WHERE __row NOT IN (SELECT __row FROM ${TYPED} WHERE ${BSN_COLUMN} IS NOT NULL)` : byValue}`);
	notices.push(...(await checkReferences(db, spec)));
	warnings.push(...(await checkKeys(db, spec)));
	await warnUnknownValues(db, input, warnings);
	const [{ n: rejectedRows }] = await db.query<{ n: number }>(`SELECT count(DISTINCT __row) AS n FROM ${REJECTS}`);
	const loaded = await insertAccepted(db, spec, rejectedRows > 0);
	await recordRejects(db, input.rejections, input.recordLines);
	await db.exec(`DROP TABLE ${TYPED}; DROP TABLE ${REJECTS};`);
	return { loaded, rejectedRows, warnings, notices };
}

/** Inserts every row without a rejection; attendance merges duplicate keys by summing. */
async function insertAccepted(db: Connector, spec: TableSpec, anyRejected: boolean): Promise<number> {
	const columns = spec.columns.map((c) => id(c.name)).join(', ');
	// The anti-join costs a third of the insert at a million rows; most files have nothing to leave out.
	const accepted = `FROM ${TYPED}${anyRejected ? ` WHERE __row NOT IN (SELECT __row FROM ${REJECTS})` : ''}`;
	let rows = `SELECT ${columns} ${accepted}`;
	let target = columns;
	if (spec.mergeDuplicates) {
		const keys = spec.key.map(id).join(', ');
		const sum = id(spec.mergeDuplicates.sum);
		rows = `SELECT ${keys}, sum(${sum})::INTEGER AS ${sum} ${accepted} GROUP BY ${keys}`;
		await db.exec(`UPDATE ${id(spec.name)} AS old SET ${sum} = old.${sum} + new.${sum} FROM (${rows}) AS new
			WHERE ${spec.key.map((k) => `old.${id(k)} = new.${id(k)}`).join(' AND ')}`);
		rows = `SELECT * FROM (${rows}) WHERE (${keys}) NOT IN (SELECT (${keys}) FROM ${id(spec.name)})`;
		target = `${keys}, ${sum}`;
	}
	const [inserted] = await db.query(`INSERT INTO ${id(spec.name)} (${target}) ${rows}`);
	return Number(Object.values(inserted ?? {})[0] ?? 0);
}
