import { describe, expect, it } from 'vitest';
import { feedbackSeries, stackedSeries } from './quarter-series';

const row = (period: string, key: string, count: number, feedback = 0) => ({ period, key, count, feedback });
const rows = [row('Q1', 'a', 10, 5), row('Q1', 'b', 4, 0), row('Q2', 'a', 6, 6), row('Q2', 'c', 2, 1), row('Q2', 'd', 1, 1)];

describe('stackedSeries', () => {
	it('keeps the largest keys and adds the rest together, so every quarter keeps its total', () => {
		const s = stackedSeries(rows, ['Q1', 'Q2', 'Q3'], 2, 'rest');
		expect(s.keys).toEqual(['a', 'b', 'rest']);
		expect(s.counts.map((c) => c.total)).toEqual([14, 9, 0]);
		expect(s.counts[1].counts).toEqual({ a: 6, b: 0, rest: 3 });
	});
	it('does not make a rest of a single key', () => {
		expect(stackedSeries(rows, ['Q1', 'Q2'], 3, 'rest').keys).toEqual(['a', 'b', 'c', 'd']);
	});
	it('counts and ranks only the quarters it shows: the view loads every quarter once, the chart shows eight', () => {
		const s = stackedSeries(rows, ['Q2'], 1, 'rest');
		expect(s.keys).toEqual(['a', 'rest']);
		expect(s.counts).toEqual([{ period: 'Q2', counts: { a: 6, rest: 3 }, total: 9 }]);
	});
});

describe('feedbackSeries', () => {
	it('gives each of the largest receivers its rate per quarter, and null for a quarter without referrals', () => {
		const s = feedbackSeries(rows, ['Q1', 'Q2'], 2);
		expect(s.keys).toEqual(['a', 'b']);
		expect(s.lines[0].rates).toEqual([0.5, 1]);
		expect(s.lines[1].rates).toEqual([0, null]);
		expect(s.overall).toEqual([5 / 14, 8 / 9]);
	});
	it('ranks receivers by the quarters it shows only', () => {
		const s = feedbackSeries([...rows, row('Q0', 'z', 100, 0)], ['Q2'], 2);
		expect(s.keys).toEqual(['a', 'c']);
		expect(s.overall).toEqual([8 / 9]);
	});
});
