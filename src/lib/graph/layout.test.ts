import { describe, expect, it, vi } from 'vitest';
import { type EdgeRow, type NodeRow } from './build-graph';
import { layoutGraph } from './layout';

const node = (partner_id: string): NodeRow => ({ partner_id, name: partner_id, type: 'overig', domain: null, wijk_id: null });
const rowsOf = (ids: string, edges: string) => ({
	nodes: [...ids].map(node),
	edges: edges.split(' ').filter(Boolean).map(([a, b]): EdgeRow => ({ a, b, meetings: 1, referrals: 0 }))
});
const distance = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);

describe('the network layout', () => {
	it('places every node at a finite position, the same every time', () => {
		const rows = rowsOf('abcdef', 'ab bc ca cd de ef fd');
		const first = layoutGraph(rows);
		expect(Object.keys(first).sort()).toEqual([...'abcdef']);
		expect(Object.values(first).every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
		expect(layoutGraph(rows)).toEqual(first);
	});

	it('pulls tied nodes together: a triangle ends up tighter than the bridge between two', () => {
		const p = layoutGraph(rowsOf('abcdef', 'ab bc ca cd de ef fd'));
		expect(distance(p.a, p.b)).toBeLessThan(distance(p.a, p.e));
	});

	it('keeps the position of every node already shown, and puts a new one near its neighbours', () => {
		const before = layoutGraph(rowsOf('abcd', 'ab bc cd'));
		const after = layoutGraph(rowsOf('abcdx', 'ab bc cd dx'), before);
		for (const id of 'abcd') expect(after[id]).toEqual(before[id]);
		const spread = Math.max(...Object.values(before).map((p) => distance(p, before.d)));
		expect(distance(after.x, after.d)).toBeLessThan(spread);
	});

	it('places partners whose ids name Object.prototype members, and keeps their places on the next view', () => {
		const ids = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
		const rows = { nodes: ids.map(node), edges: [{ a: '__proto__', b: 'constructor', meetings: 1, referrals: 0 }, { a: 'constructor', b: 'toString', meetings: 1, referrals: 0 }] };
		const first = layoutGraph(rows);
		expect(Object.keys(first).sort()).toEqual([...ids].sort());
		expect(Object.getPrototypeOf(first)).toBe(Object.prototype);
		expect(Object.values(first).every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
		// `valueOf` is new: it must start near its neighbour, not at Object.prototype.valueOf.
		const next = layoutGraph({ nodes: [...rows.nodes, node('valueOf')], edges: [...rows.edges, { a: 'toString', b: 'valueOf', meetings: 1, referrals: 0 }] }, first);
		for (const id of ids) expect(next[id]).toEqual(first[id]);
		const added = next['valueOf' as string];
		expect(Number.isFinite(added.x) && Number.isFinite(added.y)).toBe(true);
	});

	it('lays out an empty graph as nothing', () => {
		expect(layoutGraph({ nodes: [], edges: [] })).toEqual({});
	});
});

describe('the network layout with loose partners', () => {
	it('keeps partners without ties close under the core instead of far out', () => {
		const rows = rowsOf('abcdefxy', 'ab bc ca cd de ef fd');
		const p = layoutGraph(rows);
		const core = [...'abcdef'].map((id) => p[id]);
		const [minY, maxY] = [Math.min(...core.map((q) => q.y)), Math.max(...core.map((q) => q.y))];
		const [minX, maxX] = [Math.min(...core.map((q) => q.x)), Math.max(...core.map((q) => q.x))];
		const size = Math.max(maxX - minX, maxY - minY);
		for (const id of 'xy') {
			expect(p[id].y).toBeLessThan(minY);
			expect(p[id].y).toBeGreaterThan(minY - 0.3 * size);
			expect(p[id].x).toBeGreaterThanOrEqual(minX - 0.5 * size);
			expect(p[id].x).toBeLessThanOrEqual(maxX + 0.5 * size);
		}
		expect(distance(p.x, p.y)).toBeGreaterThan(0.1 * size);
	});
	it('stops a report\'s layout after a fixed amount of work, not time: the same on a slow machine', () => {
		const rows = rowsOf('abcdefghij', 'ab bc cd de ef fg gh hi ij ja ac eg');
		const unhurried = layoutGraph(rows, {}, { work: 200 });
		// Every reading of the clock 10 s later: a time budget stops after the first batch, a work budget does not notice.
		let clock = 0;
		const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 10_000));
		try {
			expect(layoutGraph(rows, {}, { work: 200 })).toEqual(unhurried);
			expect(layoutGraph(rows, {}, { ms: 1_500 })).not.toEqual(unhurried);
		} finally {
			now.mockRestore();
		}
		// 200 node-iterations of 10 nodes: 20 of the 300, so not the full run either.
		expect(layoutGraph(rows)).not.toEqual(unhurried);
	});
});
