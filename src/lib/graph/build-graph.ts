import { UndirectedGraph } from 'graphology';
import { type CompactGraph } from './brandes';

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

/** Graph(S, Q) in graphology, each node keyed by `nodeKey(partner_id)`. */
export type NetworkGraph = UndirectedGraph<NodeRow, EdgeRow & { weight: number }>;

/*
 * graphology (and graphology-metrics, -layout) keep neighbours and results in plain objects keyed by
 * node, so a partner id that names an Object.prototype member (`constructor`, `toString`,
 * `__proto__`) corrupts them or crashes. Behind a prefix no such member starts with, every id is a key
 * like any other; the prefix is the same for all, so keys sort as the ids do.
 */
const PREFIX = '#';
export const nodeKey = (partnerId: string): string => PREFIX + partnerId;
export const partnerIdOf = (key: string): string => key.slice(PREFIX.length);

/** The graphology graph of METRICS.md's Graph(S, Q); edges to unknown nodes are an error of the caller. */
export function buildGraph(nodes: NodeRow[], edges: EdgeRow[]): NetworkGraph {
	const graph: NetworkGraph = new UndirectedGraph();
	for (const node of nodes) graph.addNode(nodeKey(node.partner_id), node);
	for (const edge of edges) {
		if (edge.a === edge.b) continue;
		graph.mergeEdge(nodeKey(edge.a), nodeKey(edge.b), { ...edge, weight: edge.meetings + edge.referrals });
	}
	return graph;
}

/** The graph as compressed sparse rows over `keys` (its nodes, in that order), for the typed-array algorithms. */
export function compactOf(graph: NetworkGraph, keys: string[]): CompactGraph {
	const index = new Map(keys.map((key, i) => [key, i]));
	const offsets = new Int32Array(keys.length + 1);
	const neighbours = new Int32Array(2 * graph.size);
	keys.forEach((key, i) => {
		let at = offsets[i];
		graph.forEachNeighbor(key, (neighbour) => void (neighbours[at++] = index.get(neighbour)!));
		offsets[i + 1] = at;
	});
	return { offsets, neighbours };
}
