import { describe, expect, it } from 'vitest';
import { packSatellites } from './pack-satellites';

// A core of three around (0, 0) with a size of 100, an isolate and a pair flung far out.
const positions = {
	a: { x: -50, y: -50 }, b: { x: 50, y: -50 }, c: { x: 0, y: 50 },
	lone: { x: 900, y: 900 }, p: { x: -800, y: 400 }, q: { x: -780, y: 410 }
};
const components = [['a', 'b', 'c'], ['lone'], ['p', 'q']];

describe('packing the loose parts of a network under its core', () => {
	it('puts an isolate and a small group in a row just under the core, inside its width', () => {
		const packed = packSatellites(positions, components, new Set());
		for (const id of ['a', 'b', 'c']) expect(packed[id]).toEqual(positions[id as keyof typeof positions]);
		for (const id of ['lone', 'p', 'q']) {
			expect(packed[id].y).toBeLessThan(-50);
			expect(packed[id].y).toBeGreaterThan(-50 - 30);
			expect(Math.abs(packed[id].x)).toBeLessThanOrEqual(50);
		}
		// Each part keeps its own shape, and the two do not overlap.
		expect(packed.q.x - packed.p.x).toBeCloseTo(20);
		expect(packed.q.y - packed.p.y).toBeCloseTo(10);
		expect(packed.lone.x > packed.q.x || packed.lone.x < packed.p.x).toBe(true);
	});

	it('never moves a part that was shown before, and packs around it', () => {
		const packed = packSatellites(positions, components, new Set(['lone']));
		expect(packed.lone).toEqual(positions.lone);
		expect(packed.a).toEqual(positions.a);
		expect(packed.p.y).toBeLessThan(Math.min(positions.a.y, positions.lone.y));
	});

	it('starts a new row when one is full, so many isolates stay as wide as the core', () => {
		const many = Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`i${i}`, { x: i * 1000, y: 0 }]));
		const packed = packSatellites({ ...positions, ...many }, [['a', 'b', 'c'], ...Object.keys(many).map((id) => [id])], new Set());
		const xs = Object.keys(many).map((id) => packed[id].x);
		const ys = new Set(Object.keys(many).map((id) => packed[id].y));
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(-50);
		expect(Math.max(...xs)).toBeLessThanOrEqual(50);
		expect(ys.size).toBe(3);
	});

	it('leaves a network that is all one part as it is', () => {
		expect(packSatellites(positions, [Object.keys(positions)], new Set())).toEqual(positions);
	});
});
