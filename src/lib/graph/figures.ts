import { connectedComponents } from 'graphology-components';
import { articulationPoints } from './articulation-points';
import { brandesSums } from './brandes';
import { compactOf, partnerIdOf, type NetworkGraph } from './build-graph';

export interface Broker {
	partner_id: string;
	betweenness: number;
}

/** The figures of Graph(S, Q) (shared/METRICS.md); id lists sorted ascending. */
export interface NetworkFigures {
	nodes: number;
	edges: number;
	density: number | null;
	components: number;
	isolates: string[];
	largest_component_share: number | null;
	articulation_points: string[];
	/** The five highest betweenness, descending, then partner_id ascending (ties within float noise count as equal). */
	top_brokers: Broker[];
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Betweenness per node, unweighted, normalised for an undirected graph by (n−1)(n−2)/2. */
export function betweenness(graph: NetworkGraph): Map<string, number> {
	if (graph.order < 3) return new Map(graph.nodes().map((n) => [partnerIdOf(n), 0]));
	// The sums count each undirected pair from both ends, so 1/((n−1)(n−2)) scales them by the (n−1)(n−2)/2 pairs.
	const keys = graph.nodes();
	const sums = brandesSums(compactOf(graph, keys));
	const scale = 1 / ((graph.order - 1) * (graph.order - 2));
	return new Map(keys.map((key, i) => [partnerIdOf(key), sums[i] * scale]));
}

export function networkFigures(graph: NetworkGraph, scores = betweenness(graph)): NetworkFigures {
	const n = graph.order;
	const components = connectedComponents(graph);
	const largest = Math.max(0, ...components.map((c) => c.length));
	const top = [...scores].map(([partner_id, value]) => ({ partner_id, betweenness: value }))
		.sort((a, b) => (Math.abs(b.betweenness - a.betweenness) > 1e-12 ? b.betweenness - a.betweenness : byId(a.partner_id, b.partner_id)))
		.slice(0, 5);
	return {
		nodes: n,
		edges: graph.size,
		density: n < 2 ? null : (2 * graph.size) / (n * (n - 1)),
		components: components.length,
		isolates: graph.filterNodes((node) => graph.degree(node) === 0).map(partnerIdOf).sort(byId),
		largest_component_share: n === 0 ? null : largest / n,
		articulation_points: articulationPoints(graph),
		top_brokers: top
	};
}

/** The figures and every node's betweenness, which the network view sizes nodes by. */
export function networkAnalysis(graph: NetworkGraph): { figures: NetworkFigures; betweenness: Record<string, number> } {
	const scores = betweenness(graph);
	return { figures: networkFigures(graph, scores), betweenness: Object.fromEntries(scores) };
}
