import { UndirectedGraph } from 'graphology';

/** A node of Graph(S, Q): a partner. */
export type NodeRow = {
	partner_id: string;
	name: string;
	type: string;
	domain: string | null;
	wijk_id: string | null;
};

/** An edge of Graph(S, Q): a tie in W4(Q) between two partners, `a < b`. */
export type EdgeRow = {
	a: string;
	b: string;
	/** Meetings in W4(Q) both attended. */
	meetings: number;
	/** Sum of `count` of referrals in W4(Q) between them, either direction. */
	referrals: number;
};

export type NetworkGraph = UndirectedGraph<NodeRow, EdgeRow & { weight: number }>;

/** The graphology graph of METRICS.md's Graph(S, Q); edges to unknown nodes are an error of the caller. */
export function buildGraph(nodes: NodeRow[], edges: EdgeRow[]): NetworkGraph {
	const graph: NetworkGraph = new UndirectedGraph();
	for (const node of nodes) graph.addNode(node.partner_id, node);
	for (const edge of edges) {
		if (edge.a === edge.b) continue;
		graph.mergeEdge(edge.a, edge.b, { ...edge, weight: edge.meetings + edge.referrals });
	}
	return graph;
}
