import { describe, expect, it } from 'vitest';
import { type Flow } from '../queries/flows';
import { shieldFlowCube } from './flow-shield';
import { reportFeedback, reportFlows } from './report-flows';
import { reportSankey } from './report-sankey';

const flow = (from: string, to: string, count: number, feedback = 0): Flow =>
	({ from_key: from, from_label: from, to_key: to, to_label: to, to_domain: 'zorg', count, feedback });

/** The flows of one scope alone, suppressed as a batch of just that scope. */
const shielded = (flows: Flow[], k: number | null) =>
	reportFlows(flows, k, k === null ? null : shieldFlowCube(flows.map((f) => ({ ...f, wijk_id: null })), k, []).of(null));

describe('the report\'s referrals from type to type', () => {
	// huisartsenpraktijk → wijkteam 25, → welzijn 3 (28); ggz → wijkteam 40, → welzijn 12 (52); 80 in all. With k = 10 the
	// 3 is small, and in its sender's line the smallest other non-zero cell, 25, is hidden with it; the totals stay.
	// In the query's order: by count, the senders interleaved.
	const flows = [flow('ggz', 'wijkteam', 40), flow('huisartsenpraktijk', 'wijkteam', 25), flow('ggz', 'welzijn', 12), flow('huisartsenpraktijk', 'welzijn', 3)];

	it('hides small flows and what would give them back, and merges the hidden receivers', () => {
		const { senders, total } = shielded(flows, 10);
		expect(total).toEqual({ shown: '80', value: 80 });
		const [ggz, practices] = senders;
		expect(practices.total).toEqual({ shown: '28', value: 28 });
		expect(practices.merged).toBe(2);
		expect(practices.receivers.map((r) => [r.label, r.count.shown])).toEqual([['overige (<10)', '']]);
		expect(JSON.stringify(practices)).not.toMatch(/\b(25|3)\b/);
		expect(ggz.receivers.map((r) => [r.type, r.count.shown])).toEqual([['wijkteam', '40'], ['welzijn', '12']]);
	});
	it('shows every flow in the internal report', () => {
		expect(shielded(flows, null).senders.map((s) => [s.type, s.total.shown, s.receivers.map((r) => `${r.type} ${r.count.shown}`)])).toEqual([
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

	it('draws in the sankey only what the table prints: hidden receivers and senders as one band of what the totals leave', () => {
		const bands = (k: number | null, more: Flow[] = []) => reportSankey(shielded([...flows, ...more], k), 'overige (<10)').map((b) => `${b.from_key}→${b.to_key} ${b.count}`);
		// The practices' 25 and 3 are hidden: one band of their total 28 less nothing shown.
		expect(bands(10)).toEqual(['ggz→wijkteam 40', 'ggz→welzijn 12', 'huisartsenpraktijk→overige 28']);
		// Two small senders (3 and 4) are hidden with their totals; the 7 they make is the total less the shown senders.
		expect(bands(10, [flow('cjg', 'welzijn', 3), flow('apotheek', 'wijkteam', 4)])).toEqual(
			['ggz→wijkteam 40', 'ggz→welzijn 12', 'huisartsenpraktijk→overige 28', 'overige→overige 7']);
		expect(bands(null)).toEqual(['ggz→wijkteam 40', 'ggz→welzijn 12', 'huisartsenpraktijk→wijkteam 25', 'huisartsenpraktijk→welzijn 3']);
	});
	it('leaves out of the sankey a rest whose total is hidden too', () => {
		// The scope's total hidden (by the batch, see flow-shield.test.ts), and with it a sender: 80 less 52 would give back 28.
		const { senders, total } = reportFlows(flows, 10, { cell: (from) => from === 'huisartsenpraktijk', sender: (from) => from === 'huisartsenpraktijk', total: true });
		expect([total.shown, senders[1].total.shown]).toEqual(['<10', '<10']);
		expect(reportSankey({ senders, total }, 'overige').map((b) => `${b.from_key}→${b.to_key} ${b.count}`)).toEqual(['ggz→wijkteam 40', 'ggz→welzijn 12']);
	});
	it('hides the period\'s feedback share with its referrals when they are hidden elsewhere, as the KPI table does', () => {
		// 18 referrals, 11 with feedback, hidden by the secondary rule: 61% of 11 to 19 would give back 11 of 18.
		const [q] = reportFeedback([{ period: '2024-Q4', key: 'wijkteam', count: 18, feedback: 11 }], ['2024-Q4'], 10, true);
		expect(q).toEqual({ period: '2024-Q4', share: { shown: '<10', hidden: 'secondary' }, referrals: { shown: '<10', hidden: 'secondary' } });
	});
});
