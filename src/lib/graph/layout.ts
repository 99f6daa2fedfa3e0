import { circular } from 'graphology-layout';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { type UndirectedGraph } from 'graphology';
import { buildGraph, type EdgeRow, type NodeRow } from './build-graph';

type Placed = UndirectedGraph<NodeRow & { x: number; y: number; fixed: boolean }, EdgeRow & { weight: number }>;

export type Positions = Record<string, { x: number; y: number }>;

const FIRST_ITERATIONS = 300;
const SETTLE_ITERATIONS = 100;

/**
 * Node positions for Graph(S, Q) by ForceAtlas2 (deterministic: it starts from a circle). Nodes that
 * have a position from the previous view keep it exactly (`fixed`), so the eye can follow a period
 * change; new nodes start at the centre of their placed neighbours and settle among them.
 */
export function layoutGraph(rows: { nodes: NodeRow[]; edges: EdgeRow[] }, previous: Positions = {}): Positions {
	const graph = buildGraph(rows.nodes, rows.edges) as unknown as Placed;
	if (!graph.order) return {};
	const circle = circular(graph, { scale: 100 });
	let placed = 0;
	graph.forEachNode((node) => {
		const known = previous[node];
		if (known) placed++;
		const neighbours = graph.neighbors(node).map((n) => previous[n]).filter(Boolean);
		const start = known ?? (neighbours.length
			? { x: mean(neighbours.map((p) => p.x)) + circle[node].x / 50, y: mean(neighbours.map((p) => p.y)) + circle[node].y / 50 }
			: circle[node]);
		graph.mergeNodeAttributes(node, { ...start, fixed: !!known });
	});
	if (placed < graph.order) {
		forceAtlas2.assign(graph, {
			iterations: placed ? SETTLE_ITERATIONS : FIRST_ITERATIONS,
			getEdgeWeight: 'weight',
			settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 }
		});
	}
	const positions: Positions = {};
	graph.forEachNode((node, attributes) => (positions[node] = { x: attributes.x, y: attributes.y }));
	return positions;
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
