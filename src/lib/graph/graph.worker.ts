import { type EdgeRow, type NodeRow } from './build-graph';
import { graphHere } from './graph-work';
import { type LayoutBudget, type Positions } from './layout';

export type GraphRequest =
	| { id: number; task: 'figures' | 'structure'; rows: { nodes: NodeRow[]; edges: EdgeRow[] } }
	| { id: number; task: 'analysis'; rows: { nodes: NodeRow[]; edges: EdgeRow[] } }
	| { id: number; task: 'layout'; rows: { nodes: NodeRow[]; edges: EdgeRow[] }; previous: Positions; budget?: LayoutBudget };

self.onmessage = async (event: MessageEvent<GraphRequest>) => {
	const request = event.data;
	try {
		const start = performance.now();
		const result = request.task === 'layout' ? await graphHere.layout(request.rows, request.previous, request.budget) : await graphHere[request.task](request.rows);
		self.postMessage({ id: request.id, result, ms: performance.now() - start });
	} catch (error) {
		self.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
	}
};
