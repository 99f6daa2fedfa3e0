import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { randomLcg } from 'd3';
import { describe, expect, it } from 'vitest';
import { buildGraph, type EdgeRow, type NodeRow } from './build-graph';
import { betweenness } from './figures';

const node = (i: number): NodeRow => ({ partner_id: `P${i}`, name: `P${i}`, type: 'overig', domain: null, wijk_id: null });

/** A seeded graph: `n` nodes, `ties` random ties (repeats merge), some nodes left isolated. */
function randomGraph(n: number, ties: number, seed: number) {
	const random = randomLcg(seed);
	const pick = (k: number) => Math.floor(random() * k);
	const edges: EdgeRow[] = Array.from({ length: ties }, () => {
		const [a, b] = [pick(n), pick(n)].sort((x, y) => x - y);
		return { a: `P${a}`, b: `P${b}`, meetings: 1, referrals: 0 };
	});
	return buildGraph(Array.from({ length: n }, (_, i) => node(i)), edges);
}

describe('betweenness (typed-array Brandes)', () => {
	it('agrees with graphology-metrics on sparse, dense, disconnected and tree-like graphs', () => {
		for (const [n, ties, seed] of [[3, 2, 1], [12, 11, 2], [40, 30, 3], [60, 400, 4], [200, 300, 5], [300, 2_000, 6]]) {
			const graph = randomGraph(n, ties, seed);
			const reference = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
			const ours = betweenness(graph);
			for (const [key, value] of Object.entries(reference)) expect(ours.get(key.slice(1)), `${n}/${ties}: ${key}`).toBeCloseTo(value, 12);
		}
	});

	it('gives a star its centre as the only broker, at 1, and a path its middle', () => {
		const star = buildGraph([0, 1, 2, 3, 4].map(node), [1, 2, 3, 4].map((i) => ({ a: 'P0', b: `P${i}`, meetings: 1, referrals: 0 })));
		expect(Object.fromEntries(betweenness(star))).toEqual({ P0: 1, P1: 0, P2: 0, P3: 0, P4: 0 });
		const path = buildGraph([0, 1, 2].map(node), [{ a: 'P0', b: 'P1', meetings: 1, referrals: 0 }, { a: 'P1', b: 'P2', meetings: 1, referrals: 0 }]);
		expect(betweenness(path).get('P1')).toBe(1);
	});
});
