import { describe, expect, it } from 'vitest';
import { type Flow } from '../queries/flows';
import { reportFeedback, reportFlows } from './report-flows';

const flow = (from: string, to: string, count: number, feedback = 0): Flow =>
	({ from_key: from, from_label: from, to_key: to, to_label: to, to_domain: 'zorg', count, feedback });

describe('the report\'s referrals from type to type', () => {
	// huisartsenpraktijk → wijkteam 25, → welzijn 3 (28); ggz → wijkteam 40, → welzijn 12 (52); 80 in all. With k = 10 the
	// 3 is small, and in its sender's line the smallest other non-zero cell, 25, is hidden with it; the totals stay.
	// In the query's order: by count, the senders interleaved.
	const flows = [flow('ggz', 'wijkteam', 40), flow('huisartsenpraktijk', 'wijkteam', 25), flow('ggz', 'welzijn', 12), flow('huisartsenpraktijk', 'welzijn', 3)];

	it('hides small flows and what would give them back, and merges the hidden receivers', () => {
		const { senders, total } = reportFlows(flows, 10);
		expect(total).toEqual({ shown: '80', value: 80 });
		const [ggz, practices] = senders;
		expect(practices.total).toEqual({ shown: '28', value: 28 });
		expect(practices.merged).toBe(2);
		expect(practices.receivers.map((r) => [r.label, r.count.shown])).toEqual([['overige (afgeschermd)', '']]);
		expect(JSON.stringify(practices)).not.toMatch(/\b(25|3)\b/);
		expect(ggz.receivers.map((r) => [r.type, r.count.shown])).toEqual([['wijkteam', '40'], ['welzijn', '12']]);
	});
	it('shows every flow in the internal report', () => {
		expect(reportFlows(flows, null).senders.map((s) => [s.type, s.total.shown, s.receivers.map((r) => `${r.type} ${r.count.shown}`)])).toEqual([
			['ggz', '52', ['wijkteam 40', 'welzijn 12']], ['huisartsenpraktijk', '28', ['wijkteam 25', 'welzijn 3']]]);
	});
	it('hides a quarter\'s feedback share when it rests on fewer than k referrals', () => {
		const quarters = [{ period: '2024-Q3', key: 'wijkteam', count: 6, feedback: 3 }, { period: '2024-Q4', key: 'wijkteam', count: 30, feedback: 12 }];
		const trend = reportFeedback(quarters, ['2024-Q2', '2024-Q3', '2024-Q4'], 10);
		// Earlier quarters' referrals only internally (across a batch they would give back counts without a wijk).
		expect(trend.map((q) => [q.period, q.share.shown, q.referrals?.shown])).toEqual([['2024-Q2', '–', undefined], ['2024-Q3', 'n<10', undefined], ['2024-Q4', '40%', '30']]);
		expect(reportFeedback(quarters, ['2024-Q2', '2024-Q3', '2024-Q4'], null).map((q) => q.referrals?.shown)).toEqual(['0', '6', '30']);
		expect(trend[1].share).not.toHaveProperty('value');
	});
});
