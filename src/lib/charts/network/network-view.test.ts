import { describe, expect, it } from 'vitest';
import { domainColours, faded, tieColours } from '../palette';
import { networkView, type ViewOptions } from './network-view';

const rows = {
	nodes: [
		{ partner_id: 'h', name: 'Hub', type: 'wijkteam', domain: 'sociaal', wijk_id: 'W1' },
		{ partner_id: 'a', name: 'A', type: 'huisartsenpraktijk', domain: 'zorg', wijk_id: 'W1' },
		{ partner_id: 'b', name: 'B', type: 'gemeente', domain: 'gemeente', wijk_id: 'W1' }
	],
	edges: [{ a: 'a', b: 'h', meetings: 2, referrals: 0 }, { a: 'b', b: 'h', meetings: 0, referrals: 8 }]
};
const positions = { h: { x: 0, y: 0 }, a: { x: 1, y: 0 }, b: { x: 0, y: 1 } };
const options: ViewOptions = { sizeBy: 'degree', showMeetings: true, showReferrals: true, highlighted: new Set(), selected: null };

describe('the network view', () => {
	it('draws a region with more ties than a function call takes arguments (the 1M benchmark region has ~200,000)', () => {
		const many = { nodes: [{ partner_id: 'a', name: 'A', type: 'welzijn', domain: 'sociaal', wijk_id: null }], edges: Array.from({ length: 300_000 }, (_, i) => ({ a: 'a', b: `n${i}`, meetings: 0, referrals: 1 + (i % 7) })) };
		expect(networkView(many as never, {}, {}, options).edges).toHaveLength(300_000);
	});
	it('colours nodes by domain and sizes them by degree', () => {
		const { nodes } = networkView(rows, {}, positions, options);
		expect(nodes.map((n) => n.color)).toEqual([domainColours.sociaal, domainColours.zorg, domainColours.gemeente]);
		expect(nodes[0].size).toBeGreaterThan(nodes[1].size);
		expect(nodes[1].size).toBe(nodes[2].size);
	});

	it('sizes by betweenness on demand', () => {
		const { nodes } = networkView(rows, { h: 1, a: 0, b: 0 }, positions, { ...options, sizeBy: 'betweenness' });
		expect(nodes[0].size).toBeGreaterThan(nodes[1].size);
	});

	it('tells meeting ties from referral ties, weights them, and hides a kind that is switched off', () => {
		const { edges } = networkView(rows, {}, positions, { ...options, showReferrals: false });
		expect(edges.map((e) => [e.kind, e.color, e.hidden])).toEqual([['meeting', tieColours.meeting, false], ['referral', tieColours.referral, true]]);
		expect(edges[1].size).toBeGreaterThan(edges[0].size);
	});

	it('fades every node outside the highlighted gaps', () => {
		const { nodes } = networkView(rows, {}, positions, { ...options, highlighted: new Set(['b']) });
		expect(nodes.map((n) => [n.id, n.color === faded, n.highlighted])).toEqual([['h', true, false], ['a', true, false], ['b', false, true]]);
	});
});

describe('the network view on demand', () => {
	it('marks ties new since the previous quarter, and draws the lost ones between shown partners', () => {
		const lost = [{ a: 'a', b: 'b', meetings: 1, referrals: 0 }, { a: 'a', b: 'gone', meetings: 1, referrals: 0 }];
		const { edges } = networkView(rows, {}, positions, { ...options, changes: { added: new Set(['b|h']), lost } });
		expect(edges.map((e) => [e.a, e.b, e.kind])).toEqual([['a', 'h', 'meeting'], ['b', 'h', 'added'], ['a', 'b', 'lost']]);
	});

	it('puts each coordinator among the partners they met, as an extra layer', () => {
		const overlay = [{ id: 'C1', name: 'Anna', partners: ['a', 'b', 'elsewhere'] }];
		const { nodes, edges } = networkView(rows, {}, positions, { ...options, overlay });
		expect(nodes.at(-1)).toMatchObject({ id: 'coordinator:C1', label: 'Anna', x: 0.5, y: 0.5 });
		expect(edges.filter((e) => e.kind === 'coordinator').map((e) => e.b)).toEqual(['a', 'b']);
		expect(nodes.filter((n) => !n.id.startsWith('coordinator:'))).toHaveLength(3);
	});
});
