import fc from 'fast-check';
import { countConnectedComponents } from 'graphology-components';
import { describe, expect, it } from 'vitest';
import { articulationPoints } from './articulation-points';
import { buildGraph, partnerIdOf } from './build-graph';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `P${String(i).padStart(2, '0')}`);
const graphArb = fc.integer({ min: 0, max: 14 }).chain((n) =>
	fc.array(fc.tuple(fc.nat(Math.max(0, n - 1)), fc.nat(Math.max(0, n - 1))), { maxLength: 30 }).map((pairs) => {
		const names = ids(n);
		return buildGraph(
			names.map((partner_id) => ({ partner_id, name: partner_id, type: 'overig', domain: null, wijk_id: null })),
			n ? pairs.map(([a, b]) => ({ a: names[a], b: names[b], meetings: 1, referrals: 0 })) : []
		);
	})
);

describe('articulation points', () => {
	it('are exactly the nodes whose removal leaves more components (checked by brute force)', () => {
		fc.assert(
			fc.property(graphArb, (graph) => {
				const before = countConnectedComponents(graph);
				const expected = graph.nodes().filter((node) => {
					if (graph.degree(node) === 0) return false;
					const without = graph.copy();
					without.dropNode(node);
					return countConnectedComponents(without) > before;
				});
				expect(articulationPoints(graph)).toEqual(expected.map(partnerIdOf).sort());
			}),
			{ numRuns: 300 }
		);
	});

	it('handle a path of 20,000 nodes without overflowing the stack', () => {
		const names = ids(20_000).map((_, i) => `N${i}`);
		const graph = buildGraph(
			names.map((partner_id) => ({ partner_id, name: partner_id, type: 'overig', domain: null, wijk_id: null })),
			names.slice(1).map((b, i) => ({ a: names[i], b, meetings: 1, referrals: 0 }))
		);
		expect(articulationPoints(graph)).toHaveLength(19_998);
	});
});
