import { describe, expect, it } from 'vitest';
import { type Flow } from '../../queries/flows';
import { domainColours } from '../palette';
import { CELL, flowMatrix, matrixLayout } from './flow-matrix';
import { sankeyLayout } from './sankey-layout';

const flow = (from: string, to: string, count: number, to_domain = 'sociaal', feedback = 0): Flow =>
	({ from_key: from, from_label: `${from} naam`, to_key: to, to_label: `${to} naam`, to_domain, count, feedback });
// A type that both sends and receives (wijkteam), which a one-column sankey could not lay out.
const flows = [flow('huisarts', 'wijkteam', 30, 'sociaal', 12), flow('wijkteam', 'huisarts', 5, 'zorg', 5),
	flow('huisarts', 'schuldhulp', 10), flow('poh', 'wijkteam', 7)];

describe('sankeyLayout', () => {
	const layout = sankeyLayout(flows, 900, 400, new Set(['huisarts→schuldhulp']));

	it('puts senders left and receivers right, each column carrying the whole total', () => {
		expect(layout.total).toBe(52);
		const from = layout.nodes.filter((n) => n.side === 'from');
		const to = layout.nodes.filter((n) => n.side === 'to');
		expect(from.map((n) => n.key).sort()).toEqual(['huisarts', 'poh', 'wijkteam']);
		expect(to.map((n) => n.key).sort()).toEqual(['huisarts', 'schuldhulp', 'wijkteam']);
		expect(from.reduce((s, n) => s + n.value, 0)).toBe(52);
		expect(to.reduce((s, n) => s + n.value, 0)).toBe(52);
		expect(Math.max(...from.map((n) => n.x1))).toBeLessThan(Math.min(...to.map((n) => n.x0)));
	});

	it('colours a band by its receiver\'s domain, sizes it by its count and marks the one-way pair', () => {
		const back = layout.bands.find((b) => b.from === 'wijkteam' && b.to === 'huisarts')!;
		expect(back.color).toBe(domainColours.zorg);
		const big = layout.bands.find((b) => b.to === 'wijkteam' && b.from === 'huisarts')!;
		expect(big.width).toBeCloseTo(back.width * 6, 6);
		expect(layout.bands.filter((b) => b.oneWay).map((b) => `${b.from}→${b.to}`)).toEqual(['huisarts→schuldhulp']);
		expect(big.path).toMatch(/^M[\d.]+,[\d.]+C/);
	});

	it('gives each side the room of its longest label, cuts a name longer than 30% of the width, and keeps labels a line apart', () => {
		const mono = (text: string, size: number) => text.length * size * 0.6;
		const many = Array.from({ length: 30 }, (_, i) => flow(`p${i}`, `q${i % 29}`, i === 0 ? 500 : 1 + (i % 3)));
		many[1] = { ...many[1], from_label: 'Huisartsenpraktijk Met Een Naam Die Langer Is Dan Elke Marge' };
		const wide = sankeyLayout(many, 1000, 700, new Set(), mono);
		const long = wide.nodes.find((n) => n.key === 'p1')!;
		expect(long.label).toBe(many[1].from_label);
		expect(long.text).toMatch(/^Huisartsenpraktijk Met.*… \(\d+\)$/);
		expect(mono(long.text, 11)).toBeLessThanOrEqual(0.3 * 1000);
		for (const node of wide.nodes) {
			const textWidth = mono(node.text, 11);
			if (node.side === 'from') expect(node.x0 - 6 - textWidth, node.text).toBeGreaterThanOrEqual(0);
			else expect(node.x1 + 6 + textWidth, node.text).toBeLessThanOrEqual(1000);
		}
		for (const side of ['from', 'to']) {
			const middles = wide.nodes.filter((n) => n.side === side).map((n) => (n.y0 + n.y1) / 2).sort((a, b) => a - b);
			for (let i = 1; i < middles.length; i++) expect(middles[i] - middles[i - 1], `${side} ${i}`).toBeGreaterThanOrEqual(16 - 1e-6);
			expect(middles[0]).toBeGreaterThanOrEqual(8);
			expect(middles.at(-1)!).toBeLessThanOrEqual(700 - 8);
		}
	});

	it('is empty without flows', () => {
		expect(sankeyLayout([], 900, 400)).toEqual({ nodes: [], bands: [], total: 0 });
	});
});

describe('flowMatrix', () => {
	it('holds every flow once, with row and column totals that add up to the sankey total', () => {
		const m = flowMatrix(flows);
		expect(m.rows.map((r) => [r.key, r.total])).toEqual([['huisarts', 40], ['poh', 7], ['wijkteam', 5]]);
		expect(m.columns.map((c) => [c.key, c.total])).toEqual([['wijkteam', 37], ['schuldhulp', 10], ['huisarts', 5]]);
		expect(m.cell('poh', 'wijkteam')?.count).toBe(7);
		expect(m.cell('poh', 'huisarts')).toBeNull();
		expect(m.total).toBe(52);
		expect(m.max).toBe(30);
	});

	it('gives the labels room measured from the longest, the rising label of the last column included', () => {
		const mono = (text: string, size: number) => text.length * size * 0.6;
		const m = flowMatrix([...flows, flow('huisarts', 'ouderenzorg', 1)]);
		m.columns.at(-1)!.label = 'Wijkverpleging Zorgkring, team Lindenhaven-Noord en omstreken';
		const layout = matrixLayout(m, mono);
		expect(layout.left).toBe(8 + mono('huisarts naam', 10));
		const last = layout.columns.at(-1)!;
		expect(last).toMatch(/…$/);
		expect(mono(last, 10)).toBeLessThanOrEqual(180);
		const sin = Math.sin((55 * Math.PI) / 180);
		const cos = Math.cos((55 * Math.PI) / 180);
		expect(layout.columnX(m.columns.length - 1) + mono(last, 10) * cos).toBeLessThanOrEqual(layout.width);
		expect(mono(last, 10) * sin).toBeLessThanOrEqual(layout.top - 6);
		expect(layout.height).toBeGreaterThanOrEqual(layout.top + m.rows.length * CELL);
	});
});
