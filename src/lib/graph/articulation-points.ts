import { partnerIdOf, type NetworkGraph } from './build-graph';

/**
 * Partners (ids, sorted) whose removal splits their component (Hopcroft–Tarjan, iterative so that a long path cannot
 * overflow the stack). Written here because graphology's standard library has no biconnectivity;
 * articulation-points.test.ts checks it against removal and graphology-components on random graphs.
 */
export function articulationPoints(graph: NetworkGraph): string[] {
	const order = new Map<string, number>();
	const low = new Map<string, number>();
	const points = new Set<string>();
	let counter = 0;
	for (const root of graph.nodes()) {
		if (order.has(root)) continue;
		order.set(root, counter);
		low.set(root, counter++);
		let rootChildren = 0;
		const stack: { node: string; parent: string | null; neighbours: string[]; next: number }[] = [
			{ node: root, parent: null, neighbours: graph.neighbors(root), next: 0 }
		];
		while (stack.length) {
			const frame = stack[stack.length - 1];
			if (frame.next < frame.neighbours.length) {
				const next = frame.neighbours[frame.next++];
				if (!order.has(next)) {
					order.set(next, counter);
					low.set(next, counter++);
					if (frame.node === root) rootChildren++;
					stack.push({ node: next, parent: frame.node, neighbours: graph.neighbors(next), next: 0 });
				} else if (next !== frame.parent) {
					low.set(frame.node, Math.min(low.get(frame.node)!, order.get(next)!));
				}
				continue;
			}
			stack.pop();
			const parent = frame.parent;
			if (parent === null) continue;
			low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
			if (parent !== root && low.get(frame.node)! >= order.get(parent)!) points.add(parent);
		}
		if (rootChildren > 1) points.add(root);
	}
	return [...points].sort().map(partnerIdOf);
}
