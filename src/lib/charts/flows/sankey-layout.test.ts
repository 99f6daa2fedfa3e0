import { describe, expect, it } from 'vitest';
import { type Flow } from '../../metrics/flows';
import { domainColours } from '../palette';
import { flowMatrix } from './flow-matrix';
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
});
