import { sqlString } from '../db/connector';
import { type Reader } from '../db/reader';
import { buildGraph, type EdgeRow, type NetworkGraph, type NodeRow } from '../graph';
import { type Quarter } from './period';
import { activeIn, type Scope } from './scope';
import { periodsCte, tiesCte } from './sql/periods';

/** Which graphs: Graph(region, Q), Graph(w, Q) for one wijk, or Graph(w, Q) for every wijk at once. */
export type GraphSet = Scope | 'each-wijk';

/**
 * CTEs up to `nodes(graph, partner_id)`: for the region one graph ('') of every partner active in
 * W4(Q); per wijk (graph = wijk_id) its own partners active in W4(Q) plus every partner without
 * wijk_id active in W4(Q) with a tie in W4(Q) to one of those. `w4` holds the window's ties.
 */
function nodesCtes(set: GraphSet, quarter: Quarter): string {
	const base = `WITH ${periodsCte([quarter])}, ${tiesCte},
		w4 AS (SELECT t.* FROM ties t, periods p WHERE t.date BETWEEN p.w_start AND p.q_end),
		active AS (SELECT pa.partner_id, pa.wijk_id FROM partners pa, periods p WHERE ${activeIn('pa', 'p.w_start', 'p.q_end')})`;
	if (set !== 'each-wijk' && set.wijk === null) return `${base}, nodes AS (SELECT '' AS graph, partner_id FROM active)`;
	const only = set === 'each-wijk' ? '' : `AND wijk_id = ${sqlString(set.wijk!)}`;
	return `${base},
		own AS (SELECT wijk_id AS graph, partner_id FROM active WHERE wijk_id IS NOT NULL ${only}),
		nodes AS (SELECT * FROM own UNION
			SELECT DISTINCT own.graph, g.partner_id FROM active g JOIN w4 ON w4.a = g.partner_id JOIN own ON own.partner_id = w4.b
			WHERE g.wijk_id IS NULL)`;
}

type Rows = { nodes: NodeRow[]; edges: EdgeRow[] };

/** Node and edge rows of each graph of the set, by graph ('' for the region, else the wijk_id), sorted. */
export async function graphRows(db: Reader, set: GraphSet, quarter: Quarter): Promise<Map<string, Rows>> {
	const ctes = nodesCtes(set, quarter);
	const nodes = await db.query<NodeRow & { graph: string }>(`${ctes}
		SELECT n.graph, pa.partner_id, pa.name, pa.type, pa.domain, pa.wijk_id FROM nodes n JOIN partners pa USING (partner_id) ORDER BY 1, 2`);
	const edges = await db.query<EdgeRow & { graph: string }>(`${ctes}
		SELECT x.graph, w4.a, w4.b, sum(w4.meetings)::INTEGER AS meetings, sum(w4.referrals)::INTEGER AS referrals
		FROM w4 JOIN nodes x ON x.partner_id = w4.a JOIN nodes y ON y.partner_id = w4.b AND y.graph = x.graph
		WHERE w4.a < w4.b GROUP BY ALL ORDER BY 1, 2, 3`);
	const graphs = new Map<string, Rows>();
	const of = (graph: string) => graphs.get(graph) ?? graphs.set(graph, { nodes: [], edges: [] }).get(graph)!;
	for (const { graph, ...node } of nodes) of(graph).nodes.push(node);
	for (const { graph, ...edge } of edges) of(graph).edges.push(edge);
	return graphs;
}

/** Graph(S, Q) of shared/METRICS.md as node and edge rows, sorted. */
export async function networkRows(db: Reader, scope: Scope, quarter: Quarter): Promise<Rows> {
	const graphs = await graphRows(db, scope, quarter);
	return graphs.get(scope.wijk ?? '') ?? { nodes: [], edges: [] };
}

export async function networkGraph(db: Reader, scope: Scope, quarter: Quarter): Promise<NetworkGraph> {
	const { nodes, edges } = await networkRows(db, scope, quarter);
	return buildGraph(nodes, edges);
}
