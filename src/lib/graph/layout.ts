import { mean } from 'd3';
import { circular } from 'graphology-layout';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { connectedComponents } from 'graphology-components';
import { type UndirectedGraph } from 'graphology';
import { buildGraph, partnerIdOf, type EdgeRow, type NodeRow } from './build-graph';
import { packSatellites } from './pack-satellites';

type Placed = UndirectedGraph<NodeRow & { x: number; y: number; fixed: boolean }, EdgeRow & { weight: number }>;

/** Position by partner id: an own property for every id, `__proto__` and `constructor` too. */
export type Positions = Record<string, { x: number; y: number }>;

const FIRST_ITERATIONS = 300;
const SETTLE_ITERATIONS = 100;
/** Large graphs stop early: a view must appear within seconds, and ForceAtlas2 has found the shape long before it is still. */
const BUDGET_MS = 1_500;

/**
 * When a large graph's layout stops: after `ms` (the app's map, which must appear in time), or after
 * `work` node-iterations (a report, which must come out the same on every machine and under any load:
 * 240,000 takes about as long as 1.5 s here, and runs a graph of up to 800 partners to the end).
 */
export type LayoutBudget = { ms: number } | { work: number };
const BATCH = 10;

/**
 * Node positions for Graph(S, Q) by ForceAtlas2 (deterministic: it starts from a circle). Nodes that
 * have a position from the previous view keep it exactly (`fixed`), so the eye can follow a period
 * change; new nodes start at the centre of their placed neighbours and settle among them.
 * Small graphs run every iteration (the same result every time); large ones stop at the time budget.
 * Partners without ties and small groups apart from the rest then go in rows under the core.
 */
export function layoutGraph(rows: { nodes: NodeRow[]; edges: EdgeRow[] }, previous: Positions = {}, budget: LayoutBudget = { ms: BUDGET_MS }): Positions {
	const graph = buildGraph(rows.nodes, rows.edges) as unknown as Placed;
	if (!graph.order) return {};
	const circle = circular(graph, { scale: 100 });
	const before = new Map(Object.entries(previous));
	const previousOf = (node: string) => before.get(partnerIdOf(node));
	let placed = 0;
	graph.forEachNode((node) => {
		const known = previousOf(node);
		if (known) placed++;
		const neighbours = graph.neighbors(node).map(previousOf).filter((p) => p !== undefined);
		const start = known ?? (neighbours.length
			? { x: mean(neighbours, (p) => p.x)! + circle[node].x / 50, y: mean(neighbours, (p) => p.y)! + circle[node].y / 50 }
			: circle[node]);
		graph.mergeNodeAttributes(node, { ...start, fixed: !!known });
	});
	if (placed < graph.order) {
		const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 };
		const started = performance.now();
		const most = Math.min(placed ? SETTLE_ITERATIONS : FIRST_ITERATIONS, 'work' in budget ? Math.max(BATCH, Math.floor(budget.work / graph.order)) : Infinity);
		const inTime = () => !('ms' in budget) || performance.now() - started < budget.ms;
		for (let done = 0; done < most && inTime(); done += BATCH) {
			forceAtlas2.assign(graph, { iterations: BATCH, getEdgeWeight: 'weight', settings });
		}
	}
	// Packed by the graph's own node keys (prefixed, so never `__proto__`), handed out by partner id.
	// A shown node keeps its place exactly: ForceAtlas2 hands even fixed nodes back in 32-bit floats.
	const positions: Positions = Object.fromEntries(graph.mapNodes((node, { x, y }) => [node, previousOf(node) ?? { x, y }]));
	const anchored = new Set(graph.filterNodes((node) => before.has(partnerIdOf(node))));
	const packed = packSatellites(positions, connectedComponents(graph), anchored);
	// fromEntries defines own properties: `positions.__proto__ = …` would set the prototype instead.
	return Object.fromEntries(Object.entries(packed).map(([node, p]) => [partnerIdOf(node), p]));
}
