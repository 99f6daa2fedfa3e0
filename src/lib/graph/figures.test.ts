import { describe, expect, it } from 'vitest';
import { buildGraph, nodeKey, type EdgeRow, type NodeRow } from './build-graph';
import { networkAnalysis, networkFigures } from './figures';

const node = (partner_id: string): NodeRow => ({ partner_id, name: partner_id, type: 'overig', domain: 'overig', wijk_id: null });
const graphOf = (ids: string, edges: string) =>
	buildGraph([...ids].map(node), edges.split(' ').filter(Boolean).map(([a, b]): EdgeRow => ({ a, b, meetings: 1, referrals: 0 })));

describe('network figures on graphs with textbook answers', () => {
	it('a path a–b–c–d', () => {
		const f = networkFigures(graphOf('abcd', 'ab bc cd'));
		expect(f).toMatchObject({ nodes: 4, edges: 3, density: 0.5, components: 1, isolates: [], largest_component_share: 1 });
		expect(f.articulation_points).toEqual(['b', 'c']);
		// b lies on the shortest paths a–c and a–d: 2 of the (n−1)(n−2)/2 = 3 pairs it could lie between.
		expect(f.top_brokers.map((b) => b.partner_id)).toEqual(['b', 'c', 'a', 'd']);
		expect(f.top_brokers.map((b) => b.betweenness)).toEqual([2 / 3, 2 / 3, 0, 0].map((x) => expect.closeTo(x, 12)));
	});

	it('a star: the centre brokers every pair', () => {
		const f = networkFigures(graphOf('habcd', 'ha hb hc hd'));
		expect(f).toMatchObject({ nodes: 5, edges: 4, density: 0.4, components: 1, articulation_points: ['h'] });
		expect(f.top_brokers[0]).toEqual({ partner_id: 'h', betweenness: 1 });
		expect(f.top_brokers.slice(1).every((b) => b.betweenness === 0)).toBe(true);
	});

	it('two triangles joined by a bridge', () => {
		const f = networkFigures(graphOf('abcdef', 'ab bc ca cd de ef fd'));
		expect(f).toMatchObject({ nodes: 6, edges: 7, density: 14 / 30, components: 1, isolates: [], articulation_points: ['c', 'd'] });
		// c lies between {a, b} and {d, e, f}: 6 of the 10 pairs.
		expect(f.top_brokers.slice(0, 2).map((b) => b.partner_id)).toEqual(['c', 'd']);
		for (const b of f.top_brokers.slice(0, 2)) expect(b.betweenness).toBeCloseTo(0.6, 12);
		expect(f.top_brokers.slice(2).every((b) => b.betweenness === 0)).toBe(true);
	});

	it('a disconnected pair', () => {
		const f = networkFigures(graphOf('xy', ''));
		expect(f).toEqual({
			nodes: 2, edges: 0, density: 0, components: 2, isolates: ['x', 'y'], largest_component_share: 0.5,
			articulation_points: [], top_brokers: [{ partner_id: 'x', betweenness: 0 }, { partner_id: 'y', betweenness: 0 }]
		});
	});

	it('an empty graph has null density and share', () => {
		expect(networkFigures(graphOf('', ''))).toMatchObject({ nodes: 0, edges: 0, density: null, components: 0, largest_component_share: null });
	});

	it('weights an edge by shared meetings plus referrals, and merges a repeated pair', () => {
		const g = buildGraph([node('a'), node('b')], [{ a: 'a', b: 'b', meetings: 2, referrals: 5 }]);
		expect(g.getEdgeAttribute(nodeKey('a'), nodeKey('b'), 'weight')).toBe(7);
		expect(networkFigures(g).density).toBe(1);
	});
});

describe('partner ids that name Object.prototype members are ids like any other', () => {
	// A path __proto__ – constructor – toString – hasOwnProperty, and valueOf on its own.
	const ids = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
	const path = (a: string, b: string): EdgeRow => ({ a, b, meetings: 1, referrals: 2 });
	const graph = () => buildGraph(ids.map(node), [path('__proto__', 'constructor'), path('constructor', 'toString'), path('toString', 'hasOwnProperty')]);

	it('give the figures of a path of four and an isolate', () => {
		const f = networkFigures(graph());
		expect(f).toMatchObject({ nodes: 5, edges: 3, components: 2, isolates: ['valueOf'], largest_component_share: 0.8 });
		expect(f.articulation_points).toEqual(['constructor', 'toString']);
		// Each middle node lies between 2 of the (n−1)(n−2)/2 = 6 pairs.
		expect(f.top_brokers.slice(0, 2)).toEqual([
			{ partner_id: 'constructor', betweenness: expect.closeTo(2 / 6, 12) },
			{ partner_id: 'toString', betweenness: expect.closeTo(2 / 6, 12) }
		]);
	});

	it('keep their betweenness as own entries', () => {
		const { betweenness } = networkAnalysis(graph());
		expect(Object.keys(betweenness).sort()).toEqual([...ids].sort());
		expect(betweenness.__proto__).toBe(0);
		expect(Object.getPrototypeOf(betweenness)).toBe(Object.prototype);
	});
});
