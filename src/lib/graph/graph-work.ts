import { buildGraph, type EdgeRow, type NodeRow } from './build-graph';
import { networkAnalysis, networkFigures, type NetworkFigures } from './figures';
import { layoutGraph, type LayoutBudget, type Positions } from './layout';

export type GraphRows = { nodes: NodeRow[]; edges: EdgeRow[] };

/** The graph's heavy work: in workers in the browser (graph-in-worker.ts), in-process in Node. */
export interface GraphWork {
	figures(rows: GraphRows): Promise<NetworkFigures>;
	/** The figures without betweenness (`top_brokers` empty): exact betweenness of a dense region takes long (18 s for 2,000 partners and 476,000 ties). */
	structure(rows: GraphRows): Promise<NetworkFigures>;
	layout(rows: GraphRows, previous: Positions, budget?: LayoutBudget): Promise<Positions>;
	analysis(rows: GraphRows): Promise<ReturnType<typeof networkAnalysis>>;
}

/** The same work in this thread: for Node (command line, tests, the report) and inside the worker. */
export const graphHere: GraphWork = {
	figures: async (rows) => networkFigures(buildGraph(rows.nodes, rows.edges)),
	structure: async (rows) => networkFigures(buildGraph(rows.nodes, rows.edges), new Map()),
	layout: async (rows, previous, budget) => layoutGraph(rows, previous, budget),
	analysis: async (rows) => networkAnalysis(buildGraph(rows.nodes, rows.edges))
};
