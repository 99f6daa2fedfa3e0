import { type EdgeRow, type NodeRow } from './build-graph';
import { type networkAnalysis, type NetworkFigures } from './figures';
import type { GraphRequest } from './graph.worker';
import GraphWorker from './graph.worker?worker';
import { type GraphWork } from './graph-work';
import { type LayoutBudget, type Positions } from './layout';

type Reply = { id: number; result?: unknown; error?: string; ms?: number };
type Rows = { nodes: NodeRow[]; edges: EdgeRow[] };
// Omit over the union, one member at a time.
type Task = GraphRequest extends infer R ? (R extends GraphRequest ? Omit<R, 'id'> : never) : never;

// One worker per task kind, so that a long betweenness never holds up the next layout (a period change).
const workers = new Map<string, Worker>();
let nextId = 0;
const pending = new Map<number, { task: string; resolve: (value: unknown) => void; reject: (e: Error) => void }>();

function start(kind: string): Worker {
	const created = new GraphWorker();
	created.onmessage = ({ data }: MessageEvent<Reply>) => {
		const call = pending.get(data.id);
		pending.delete(data.id);
		if (data.error !== undefined) call?.reject(new Error(data.error));
		else call?.resolve(data.result);
		// The worker's own compute time, readable by benchmarks as `wijkradar:<task>`.
		if (call && data.ms !== undefined) performance.measure(`wijkradar:${call.task}`, { start: performance.now() - data.ms, duration: data.ms });
	};
	created.onerror = (event) => {
		for (const [id, call] of pending) {
			if (call.task !== kind) continue;
			call.reject(new Error(event.message || 'De netwerkberekening is mislukt.'));
			pending.delete(id);
		}
		created.terminate();
		workers.delete(kind);
	};
	workers.set(kind, created);
	return created;
}

/** Long-lived workers for the graph's heavy work, so betweenness and layout never block the page. */
function run<T>(task: Task): Promise<T> {
	const worker = workers.get(task.task) ?? start(task.task);
	const id = nextId++;
	return new Promise((resolve, reject) => {
		pending.set(id, { task: task.task, resolve: resolve as (value: unknown) => void, reject });
		worker.postMessage({ id, ...task });
	});
}

export const graphInWorkers: GraphWork = {
	figures: (rows: Rows) => run<NetworkFigures>({ task: 'figures', rows }),
	structure: (rows: Rows) => run<NetworkFigures>({ task: 'structure', rows }),
	layout: (rows: Rows, previous: Positions, budget?: LayoutBudget) => run<Positions>({ task: 'layout', rows, previous, budget }),
	analysis: (rows: Rows) => run<ReturnType<typeof networkAnalysis>>({ task: 'analysis', rows })
};
