import { type Reader } from '../db/reader';
import { window4, type Quarter } from '../metrics/period';
import { inScope, type Scope } from '../metrics/scope';

/** Coordinators in scope and every partner they had a contact with in W4(Q): the network view's optional overlay. */
export async function coordinatorContacts(db: Reader, scope: Scope, quarter: Quarter): Promise<{ id: string; name: string; partners: string[] }[]> {
	const { start, end } = window4(quarter);
	const rows = await db.query<{ id: string; name: string; partners: string }>(`
		SELECT c.coordinator_id AS id, any_value(c.name) AS name, string_agg(DISTINCT k.partner_id, ',' ORDER BY k.partner_id) AS partners
		FROM coordinators c JOIN contacts k ON k.coordinator_id = c.coordinator_id AND k.date BETWEEN ?::DATE AND ?::DATE
		WHERE ${inScope(scope, 'c')} GROUP BY c.coordinator_id ORDER BY 1`, [start, end]);
	return rows.map((r) => ({ id: r.id, name: r.name, partners: r.partners.split(',') }));
}
