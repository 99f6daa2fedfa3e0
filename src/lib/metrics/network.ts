import { type Connector } from '../db/connector';
import { buildGraph, type EdgeRow, type NetworkGraph, type NodeRow } from '../graph';
import { type Quarter } from './period';
import { activeIn, inScope, type Scope } from './scope';
import { periodsCte, tiesCte } from './sql/periods';

/** Nodes of Graph(S, Q): partners in S active in W4(Q); for a wijk also unwijked partners tied to one of those. */
export function networkNodesSql(scope: Scope, quarter: Quarter): string {
	const active = activeIn('pa', 'p.w_start', 'p.q_end');
	const guests = scope.wijk === null ? '' : `UNION
		SELECT pa.partner_id FROM partners pa, periods p WHERE pa.wijk_id IS NULL AND ${active}
			AND EXISTS (SELECT 1 FROM w4 JOIN own ON own.partner_id = w4.b WHERE w4.a = pa.partner_id)`;
	return `WITH ${periodsCte([quarter])}, ${tiesCte},
		w4 AS (SELECT t.* FROM ties t, periods p WHERE t.date BETWEEN p.w_start AND p.q_end),
		own AS (SELECT pa.partner_id FROM partners pa, periods p WHERE ${inScope(scope, 'pa')} AND ${active}),
		nodes AS (SELECT partner_id FROM own ${guests})`;
}

/** Graph(S, Q) of shared/METRICS.md as node and edge rows, sorted. */
export async function networkRows(db: Connector, scope: Scope, quarter: Quarter): Promise<{ nodes: NodeRow[]; edges: EdgeRow[] }> {
	const base = networkNodesSql(scope, quarter);
	const nodes = await db.query<NodeRow>(`${base}
		SELECT pa.partner_id, pa.name, pa.type, pa.domain, pa.wijk_id FROM partners pa JOIN nodes USING (partner_id) ORDER BY 1`);
	const edges = await db.query<EdgeRow>(`${base}
		SELECT a, b, sum(meetings)::INTEGER AS meetings, sum(referrals)::INTEGER AS referrals FROM w4
		WHERE a < b AND a IN (SELECT partner_id FROM nodes) AND b IN (SELECT partner_id FROM nodes)
		GROUP BY a, b ORDER BY a, b`);
	return { nodes, edges };
}

export async function networkGraph(db: Connector, scope: Scope, quarter: Quarter): Promise<NetworkGraph> {
	const { nodes, edges } = await networkRows(db, scope, quarter);
	return buildGraph(nodes, edges);
}
