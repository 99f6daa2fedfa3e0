import { partnerTypes, type TableSpec } from '../contract';
import { type Connector, sqlIdentifier as id, sqlString } from '../db/connector';
import { type Rejection } from './report';
import { type NumberDialect } from './sql-convert';
import { rawName, typedRowsSql, unknownName, valueRejectionsSql } from './typed-rows';

export interface TableLoad {
	loaded: number;
	rejections: Rejection[];
	rejectedRows: number;
	warnings: string[];
	notices: string[];
}

const REPORT_LIMIT = 10_000;
const TYPED = '__typed';
const REJECTS = '__rejects';

/** Rejects rows whose reference does not exist; a missing wijk is added instead (with a notice). */
async function checkReferences(db: Connector, spec: TableSpec, notices: string[]): Promise<void> {
	for (const c of spec.columns.filter((col) => col.references)) {
		const { table, column } = c.references!;
		const candidates = `FROM ${TYPED} t WHERE t.${id(c.name)} IS NOT NULL
			AND t.__line NOT IN (SELECT __line FROM ${REJECTS})
			AND t.${id(c.name)} NOT IN (SELECT ${id(column)} FROM ${id(table)})`;
		if (c.autoCreate) {
			const added = await db.query<{ wijk_id: string }>(`SELECT DISTINCT t.${id(c.name)} AS wijk_id ${candidates} ORDER BY 1`);
			if (!added.length) continue;
			await db.exec(`INSERT INTO ${id(table)} (${id(column)}, name) SELECT DISTINCT t.${id(c.name)}, t.${id(c.name)} ${candidates}`);
			const list = added.map((r) => r.wijk_id).join(', ');
			notices.push(`Wijk${added.length > 1 ? 'en' : ''} ${list} toegevoegd aan wijken (naam = code), want niet in een wijkenbestand.`);
		} else {
			await db.exec(`INSERT INTO ${REJECTS} SELECT t.__line, ${sqlString(c.name)}, t.${id(rawName(c.name))},
				${sqlString(`onbekende ${column}: niet in ${table} geladen`)} ${candidates}`);
		}
	}
}

/** Rejects a later row with a key seen before (in this file or loaded earlier); attendance merges. */
async function checkKeys(db: Connector, spec: TableSpec, warnings: string[]): Promise<void> {
	if (!spec.key.length) return;
	const key = spec.key.map(id).join(', ');
	const keyValue = spec.key.map((k) => `t.${id(rawName(k))}`).join(` || ' / ' || `);
	const valid = `t.__line NOT IN (SELECT __line FROM ${REJECTS}) AND ${spec.key.map((k) => `t.${id(k)} IS NOT NULL`).join(' AND ')}`;
	if (spec.mergeDuplicates) {
		const merged = await db.query<{ n: number }>(`SELECT count(*) - count(DISTINCT (${key})) AS n FROM ${TYPED} t WHERE ${valid}`);
		if (merged[0].n > 0) warnings.push(`${merged[0].n} dubbele regel(s) (zelfde ${spec.key.join(' + ')}) samengevoegd; aantallen opgeteld.`);
		return;
	}
	await db.exec(`INSERT INTO ${REJECTS}
		SELECT t.__line, ${sqlString(spec.key.join(' + '))}, ${keyValue}, 'dubbele sleutel: komt al eerder voor'
		FROM (SELECT *, row_number() OVER (PARTITION BY ${key} ORDER BY __line) AS __nth FROM ${TYPED}) t
		WHERE ${valid} AND (t.__nth > 1 OR (${key}) IN (SELECT (${key}) FROM ${id(spec.name)}))`);
}

async function warnUnknownValues(db: Connector, spec: TableSpec, warnings: string[]): Promise<void> {
	for (const c of spec.columns.filter((col) => col.vocabulary?.unknown === 'overig')) {
		const unknown = await db.query<{ value: string; lines: string }>(
			`SELECT ${id(rawName(c.name))} AS value, string_agg(__line::VARCHAR, ', ' ORDER BY __line) AS lines
			 FROM ${TYPED} WHERE ${id(unknownName(c.name))} GROUP BY 1 ORDER BY 1`
		);
		for (const u of unknown) warnings.push(`Onbekende ${c.name} "${u.value}" gelezen als "overig" (regel ${u.lines}).`);
	}
}

/** Validates the staged text rows of one file and inserts the valid ones into the table. */
export async function loadTable(db: Connector, spec: TableSpec, staged: string, sourceOf: Map<string, string>,
	dialect: NumberDialect, file: string): Promise<TableLoad> {
	const warnings: string[] = [];
	const notices: string[] = [];
	await db.exec(`CREATE OR REPLACE TEMP TABLE ${TYPED} AS ${typedRowsSql(spec, staged, sourceOf, dialect)}`);
	if (spec.name === 'partners') {
		const map = partnerTypes.entries.map((e) => `WHEN ${sqlString(e.id)} THEN ${sqlString(e.domain!)}`).join(' ');
		await db.exec(`UPDATE ${TYPED} SET domain = CASE type ${map} END WHERE ${id(rawName('domain'))} IS NULL`);
	}
	await db.exec(`CREATE OR REPLACE TEMP TABLE ${REJECTS} AS ${valueRejectionsSql(spec, TYPED)}`);
	await checkReferences(db, spec, notices);
	await checkKeys(db, spec, warnings);
	await warnUnknownValues(db, spec, warnings);

	const columns = spec.columns.map((c) => id(c.name)).join(', ');
	const accepted = `FROM ${TYPED} WHERE __line NOT IN (SELECT __line FROM ${REJECTS})`;
	let rows = `SELECT ${columns} ${accepted}`;
	if (spec.mergeDuplicates) {
		const keys = spec.key.map(id).join(', ');
		const sum = id(spec.mergeDuplicates.sum);
		rows = `SELECT ${keys}, sum(${sum})::INTEGER AS ${sum} ${accepted} GROUP BY ${keys}`;
		await db.exec(`UPDATE ${id(spec.name)} AS old SET ${sum} = old.${sum} + new.${sum} FROM (${rows}) AS new
			WHERE ${spec.key.map((k) => `old.${id(k)} = new.${id(k)}`).join(' AND ')}`);
		rows = `SELECT * FROM (${rows}) WHERE (${keys}) NOT IN (SELECT (${keys}) FROM ${id(spec.name)})`;
	}
	const [{ n: loaded }] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM (${rows})`);
	await db.exec(`INSERT INTO ${id(spec.name)} (${spec.mergeDuplicates ? [...spec.key, spec.mergeDuplicates.sum].map(id).join(', ') : columns}) ${rows}`);
	const [{ n: rejectedRows }] = await db.query<{ n: number }>(`SELECT count(DISTINCT __line) AS n FROM ${REJECTS}`);
	const rejections = await db.query<Omit<Rejection, 'file'>>(
		`SELECT __line AS line, "column", value, reason FROM ${REJECTS} ORDER BY __line, "column" LIMIT ${REPORT_LIMIT}`
	);
	await db.exec(`DROP TABLE ${TYPED}; DROP TABLE ${REJECTS};`);
	return { loaded, rejectedRows, warnings, notices, rejections: rejections.map((r) => ({ file, ...r })) };
}
