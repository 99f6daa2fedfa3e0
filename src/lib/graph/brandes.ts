/** An undirected graph as compressed sparse rows: node i's neighbours are `neighbours[offsets[i] .. offsets[i + 1])`. */
export interface CompactGraph {
	offsets: Int32Array;
	neighbours: Int32Array;
}

/**
 * Exact betweenness of an unweighted graph (Brandes 2001), summed over every source: in an
 * undirected graph each pair is counted from both ends. Typed arrays throughout, the predecessor
 * lists one flat list of steps, instead of graphology-metrics' objects keyed by node.
 */
export function brandesSums({ offsets, neighbours }: CompactGraph): Float64Array {
	const n = offsets.length - 1;
	const sums = new Float64Array(n);
	const paths = new Float64Array(n);
	const dependency = new Float64Array(n);
	const distance = new Int32Array(n).fill(-1);
	const queue = new Int32Array(n);
	// The shortest-path steps (from, to) in the order the search takes them: read backwards, every
	// step into w comes after all steps out of w, so w's dependency is whole when it is passed on.
	const stepFrom = new Int32Array(neighbours.length);
	const stepTo = new Int32Array(neighbours.length);
	for (let source = 0; source < n; source++) {
		paths[source] = 1;
		distance[source] = 0;
		let head = 0;
		let tail = 0;
		let steps = 0;
		queue[tail++] = source;
		while (head < tail) {
			const v = queue[head++];
			const next = distance[v] + 1;
			const pathsV = paths[v];
			for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
				const w = neighbours[e];
				const seen = distance[w];
				if (seen < 0) {
					distance[w] = next;
					queue[tail++] = w;
				} else if (seen !== next) continue;
				paths[w] += pathsV;
				stepFrom[steps] = v;
				stepTo[steps++] = w;
			}
		}
		for (let i = steps - 1; i >= 0; i--) {
			const v = stepFrom[i];
			const w = stepTo[i];
			dependency[v] += (paths[v] / paths[w]) * (1 + dependency[w]);
		}
		// Only what this source reached was touched.
		for (let i = 0; i < tail; i++) {
			const v = queue[i];
			if (v !== source) sums[v] += dependency[v];
			paths[v] = 0;
			dependency[v] = 0;
			distance[v] = -1;
		}
	}
	return sums;
}
