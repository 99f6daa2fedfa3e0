import { type TableSpec } from '../contract';
import { type Connector, sqlIdentifier as id, sqlString } from '../db/connector';
import { rawColumn } from './typed-rows';

export const TYPED = '__typed';
export const REJECTS = '__rejects';

/** Rejects rows whose reference is not loaded; a missing wijk is added instead. Returns notices. */
export async function checkReferences(db: Connector, spec: TableSpec): Promise<string[]> {
	const notices: string[] = [];
	for (const c of spec.columns.filter((col) => col.references)) {
		const { table, column } = c.references!;
		const candidates = `FROM ${TYPED} t WHERE t.${id(c.name)} IS NOT NULL
			AND t.__row NOT IN (SELECT __row FROM ${REJECTS})
			AND t.${id(c.name)} NOT IN (SELECT ${id(column)} FROM ${id(table)})`;
		if (c.autoCreate) {
			const added = await db.query<{ wijk_id: string }>(`SELECT DISTINCT t.${id(c.name)} AS wijk_id ${candidates} ORDER BY 1`);
			if (!added.length) continue;
			await db.exec(`INSERT INTO ${id(table)} (${id(column)}, name) SELECT DISTINCT t.${id(c.name)}, t.${id(c.name)} ${candidates}`);
			const list = added.map((r) => r.wijk_id).join(', ');
			notices.push(`Wijk${added.length > 1 ? 'en' : ''} ${list} toegevoegd aan wijken (naam = code), want niet in een wijkenbestand.`);
		} else {
			await db.exec(`INSERT INTO ${REJECTS} SELECT t.__row, ${sqlString(c.name)}, t.${id(rawColumn(c))},
				${sqlString(`onbekende ${column}: niet in ${table} geladen`)} ${candidates}`);
		}
	}
	return notices;
}

/** Rejects a later row whose key was seen before (in this file or loaded earlier); merge tables warn instead. */
export async function checkKeys(db: Connector, spec: TableSpec): Promise<string[]> {
	if (!spec.key.length) return [];
	const key = spec.key.map(id).join(', ');
	const valid = `t.__row NOT IN (SELECT __row FROM ${REJECTS}) AND ${spec.key.map((k) => `t.${id(k)} IS NOT NULL`).join(' AND ')}`;
	if (spec.mergeDuplicates) {
		const [{ n }] = await db.query<{ n: number }>(`SELECT count(*) - count(DISTINCT (${key})) AS n FROM ${TYPED} t WHERE ${valid}`);
		return n > 0 ? [`${n} ${n === 1 ? 'dubbele regel' : 'dubbele regels'} (zelfde ${spec.key.join(' + ')}) samengevoegd; aantallen opgeteld.`] : [];
	}
	// The window below is the costly part: skip it when no key repeats and none is loaded already.
	const tuple = spec.key.length > 1 ? `(${key})` : key;
	const [{ repeated, known }] = await db.query<{ repeated: number; known: boolean }>(
		`SELECT count(${tuple}) - count(DISTINCT ${tuple}) AS repeated,
			EXISTS (SELECT 1 FROM ${TYPED} t SEMI JOIN ${id(spec.name)} o USING (${key})) AS known
		 FROM ${TYPED} t WHERE ${valid}`
	);
	if (!repeated && !known) return [];
	const keyValue = spec.key.map((k) => `t.${id(rawColumn(spec.columns.find((c) => c.name === k)!))}`).join(` || ' / ' || `);
	await db.exec(`INSERT INTO ${REJECTS}
		SELECT t.__row, ${sqlString(spec.key.join(' + '))}, ${keyValue}, 'dubbele sleutel: komt al eerder voor'
		FROM (SELECT *, row_number() OVER (PARTITION BY ${key} ORDER BY __row) AS __nth FROM ${TYPED}) t
		WHERE ${valid} AND (t.__nth > 1 OR (${key}) IN (SELECT (${key}) FROM ${id(spec.name)}))`);
	return [];
}
