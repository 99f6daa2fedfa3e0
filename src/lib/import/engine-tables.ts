import { schemaSql, tables } from '../contract';
import { sqlIdentifier, sqlString, type Connector } from '../db/connector';

/** Creates the contract's tables where they do not exist yet. */
export async function ensureSchema(db: Connector): Promise<void> {
	await db.exec(schemaSql());
}

/** Row count per table, in contract order. */
export async function tableCounts(db: Pick<Connector, 'query'>): Promise<{ table: string; rows: number }[]> {
	const sql = tables.map((t) => `SELECT ${sqlString(t.name)} AS "table", count(*)::INTEGER AS rows FROM ${sqlIdentifier(t.name)}`).join(' UNION ALL ');
	const rows = await db.query<{ table: string; rows: number }>(sql);
	return tables.map((t) => rows.find((r) => r.table === t.name) ?? { table: t.name, rows: 0 });
}

/** Empties every table, referring tables first; run it inside a transaction. */
export async function clearTables(db: Connector): Promise<void> {
	for (const t of [...tables].reverse()) await db.exec(`DELETE FROM ${sqlIdentifier(t.name)}`);
}
