import { buildGraph, type EdgeRow, type NodeRow } from './build-graph';
import { networkAnalysis, networkFigures } from './figures';
import { layoutGraph, type Positions } from './layout';

export type GraphRequest =
	| { id: number; task: 'figures'; rows: { nodes: NodeRow[]; edges: EdgeRow[] } }
	| { id: number; task: 'analysis'; rows: { nodes: NodeRow[]; edges: EdgeRow[] } }
	| { id: number; task: 'layout'; rows: { nodes: NodeRow[]; edges: EdgeRow[] }; previous: Positions };

self.onmessage = (event: MessageEvent<GraphRequest>) => {
	const request = event.data;
	try {
		const start = performance.now();
		const graph = () => buildGraph(request.rows.nodes, request.rows.edges);
		const result = request.task === 'layout' ? layoutGraph(request.rows, request.previous)
			: request.task === 'analysis' ? networkAnalysis(graph()) : networkFigures(graph());
		self.postMessage({ id: request.id, result, ms: performance.now() - start });
	} catch (error) {
		self.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
	}
};
