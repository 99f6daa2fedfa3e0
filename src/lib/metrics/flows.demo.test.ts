import { describe, expect, it } from 'vitest';
import { referralReasons } from '../contract';
import { flowRows, flowsByQuarter, oneWayPairs, type FlowQuery } from './flows';
import { findGaps } from './gaps';
import { REGION, type Scope } from './scope';
import { metricSeries } from './series';
import { DEMO_QUARTERS, useDemoDb } from './test-demo';

const db = useDemoDb();
const total = (rows: { count: number }[]) => rows.reduce((sum, r) => sum + r.count, 0);
const query = (scope: Scope, first: string, last = first, more: Partial<FlowQuery> = {}): FlowQuery =>
	({ scope, first, last, from: 'type', to: 'type', reasons: null, ...more });

describe('referral flows of the demo region', () => {
	// W08 exports its referrals aggregated per quarter (count > 1), W06 holds the one-way pair.
	const scopes: Scope[] = [REGION, { wijk: 'W06' }, { wijk: 'W08' }];

	it('sum to referrals_total in every quarter and scope, at every level of detail', async () => {
		for (const scope of scopes) {
			const series = (await metricSeries(db(), scope, DEMO_QUARTERS)).referrals_total;
			for (const [i, q] of DEMO_QUARTERS.entries()) {
				for (const [from, to] of [['type', 'type'], ['partner', 'partner'], ['partner', 'type']] as const) {
					expect(total(await flowRows(db(), query(scope, q, q, { from, to }))), `${scope.wijk} ${q} ${from}→${to}`).toBe(series[i]);
				}
			}
			const range = await flowRows(db(), query(scope, '2024-Q1', '2024-Q4'));
			expect(total(range)).toBe(series.slice(4).reduce<number>((s, v) => s + v!, 0));
		}
	});

	it('filter by reason: the reasons together make the whole, one reason its own share', async () => {
		const all = await flowRows(db(), query(REGION, '2024-Q1', '2024-Q4'));
		const byReason = await flowsByQuarter(db(), REGION, '2024-Q1', '2024-Q4', 'reason', null);
		let sum = 0;
		for (const reason of referralReasons.entries.map((e) => e.id)) {
			const only = total(await flowRows(db(), query(REGION, '2024-Q1', '2024-Q4', { reasons: [reason] })));
			expect(only, reason).toBe(total(byReason.filter((r) => r.key === reason)));
			sum += only;
		}
		expect(sum).toBe(total(all));
		expect(total(await flowRows(db(), query(REGION, '2024-Q4', '2024-Q4', { reasons: [] })))).toBe(0);
	});

	it('per quarter by domain and by type sum to referrals_total, with the feedback of feedback_rate', async () => {
		const series = await metricSeries(db(), REGION, DEMO_QUARTERS);
		for (const by of ['domain', 'type'] as const) {
			const rows = await flowsByQuarter(db(), REGION, DEMO_QUARTERS[0], DEMO_QUARTERS.at(-1)!, by, null);
			for (const [i, q] of DEMO_QUARTERS.entries()) {
				const inQ = rows.filter((r) => r.period === q);
				expect(total(inQ), `${by} ${q}`).toBe(series.referrals_total[i]);
				expect(inQ.reduce((s, r) => s + r.feedback, 0) / total(inQ)).toBeCloseTo(series.feedback_rate[i]!, 12);
			}
		}
	});

	it('list the one pair that never gets feedback, as the gap list has it, with its ten referrals', async () => {
		const pairs = await oneWayPairs(db(), REGION, '2024-Q4');
		expect(pairs).toEqual([{ wijk_id: 'W06', partner_id: 'P074', from_name: expect.stringContaining('Eikenlaan'),
			to_partner_id: 'P078', to_name: expect.stringContaining('wijkteam'), count: 10 }]);
		const gaps = (await findGaps(db(), REGION, '2024-Q4')).filter((g) => g.kind === 'one_way_referrals');
		expect(gaps.map((g) => [g.partner_id, g.to_partner_id])).toEqual(pairs.map((p) => [p.partner_id, p.to_partner_id]));
		expect(await oneWayPairs(db(), { wijk: 'W05' }, '2024-Q4')).toEqual([]);
	});
});
