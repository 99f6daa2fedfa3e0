import { describe, expect, it } from 'vitest';
import { networkSvgBody } from './network-svg';

const node = (id: string, x: number, y: number, size = 5) => ({ id, label: `Partner ${id} & co`, x, y, size, color: '#0072B2', highlighted: false });

describe('the network as SVG', () => {
	it('fits the nodes in the box, draws visible ties only, and labels the largest nodes', () => {
		const body = networkSvgBody({
			nodes: [node('a', 0, 0, 12), node('b', 10, 10), node('c', 10, 0)],
			edges: [
				{ a: 'a', b: 'b', kind: 'meeting', size: 2, color: '#56B4E9', hidden: false },
				{ a: 'a', b: 'c', kind: 'referral', size: 2, color: '#D55E00', hidden: true }
			]
		}, 200, 100, 1);
		expect(body.match(/<line /g)).toHaveLength(1);
		expect(body.match(/<circle /g)).toHaveLength(3);
		expect(body).toContain('>Partner a &amp; co</text>');
		expect(body).not.toContain('>Partner b &amp; co</text>');
		const coordinates = [...body.matchAll(/c[xy]="([\d.]+)"/g)].map((m) => Number(m[1]));
		expect(Math.min(...coordinates)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...coordinates)).toBeLessThanOrEqual(200);
		// y upwards as on screen: a (y = 0) lies below b (y = 10).
		expect(body).toMatch(/<circle cx="\d+\.\d" cy="76\.0"/);
	});

	it('is empty for an empty network', () => {
		expect(networkSvgBody({ nodes: [], edges: [] }, 100, 100)).toBe('');
	});
});

describe('the network as SVG, labelled', () => {
	it('centres the graph and keeps every label inside the box and apart', () => {
		const nodes = Array.from({ length: 30 }, (_, i) => node(`n${i}`, i % 6, Math.floor(i / 6), 4 + (i % 5)));
		const body = networkSvgBody({ nodes, edges: [] }, 400, 300);
		const cx = [...body.matchAll(/cx="([\d.]+)"/g)].map((m) => Number(m[1]));
		expect(Math.min(...cx) + Math.max(...cx)).toBeCloseTo(400, 0);
		const labels = [...body.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]+)</g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3] }));
		expect(labels.length).toBeGreaterThan(3);
		for (const l of labels) {
			expect(l.x).toBeGreaterThanOrEqual(0);
			expect(l.x + l.text.length * 11 * 0.56).toBeLessThanOrEqual(400);
		}
		const sameLine = labels.filter((l, i) => labels.some((m, j) => j !== i && Math.abs(m.y - l.y) < 12 && Math.abs(m.x - l.x) < l.text.length * 11 * 0.56));
		expect(sameLine).toEqual([]);
	});
});

describe('the network as SVG, turned', () => {
	it('turns a tall network a quarter to fill a wide picture, as the map does', () => {
		const tall = [node('top', 0, 100), node('bottom', 0, 0), node('side', 20, 50)];
		const body = networkSvgBody({ nodes: tall, edges: [] }, 400, 200);
		const at = (id: string) => {
			const m = new RegExp(`<circle cx="([\\d.]+)" cy="([\\d.]+)"[^>]*><title>Partner ${id} `).exec(body)!;
			return { x: Number(m[1]), y: Number(m[2]) };
		};
		expect(Math.abs(at('top').x - at('bottom').x)).toBeGreaterThan(300);
		expect(Math.abs(at('top').y - at('bottom').y)).toBeLessThan(1);
	});
});
