import { type EdgeRow, type NodeRow } from './build-graph';
import { type NetworkFigures } from './figures';
import GraphWorker from './graph.worker?worker';

type Reply = { id: number; figures?: NetworkFigures; error?: string };

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (f: NetworkFigures) => void; reject: (e: Error) => void }>();

/** The figures of Graph(S, Q) computed in one long-lived worker, so betweenness never blocks the page. */
export function figuresInWorker(rows: { nodes: NodeRow[]; edges: EdgeRow[] }): Promise<NetworkFigures> {
	if (!worker) {
		worker = new GraphWorker();
		worker.onmessage = ({ data }: MessageEvent<Reply>) => {
			const call = pending.get(data.id);
			pending.delete(data.id);
			if (data.error !== undefined) call?.reject(new Error(data.error));
			else call?.resolve(data.figures!);
		};
		worker.onerror = (event) => {
			for (const call of pending.values()) call.reject(new Error(event.message || 'De netwerkberekening is mislukt.'));
			pending.clear();
			worker?.terminate();
			worker = null;
		};
	}
	const id = nextId++;
	return new Promise((resolve, reject) => {
		pending.set(id, { resolve, reject });
		worker!.postMessage({ id, ...rows });
	});
}
