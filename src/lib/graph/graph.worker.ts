import { buildGraph, type EdgeRow, type NodeRow } from './build-graph';
import { networkFigures } from './figures';

self.onmessage = (event: MessageEvent<{ id: number; nodes: NodeRow[]; edges: EdgeRow[] }>) => {
	const { id, nodes, edges } = event.data;
	try {
		self.postMessage({ id, figures: networkFigures(buildGraph(nodes, edges)) });
	} catch (error) {
		self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
	}
};
