import { read } from '../import/test-db';
import { describe, expect, it } from 'vitest';
import { referralReasons } from '../contract';
import { chartFlows, flowRows, flowsByQuarter, flowsPerWijk, oneWayPairs, OTHERS, type Flow, type FlowQuery } from './flows';
import { findGaps } from '../metrics/gaps';
import { limitFlows } from './limit-flows.test-ref';
import { REGION, type Scope } from '../metrics/scope';
import { metricSeries } from '../metrics/series';
import { DEMO_QUARTERS, useDemoDb } from '../metrics/test-demo';

const db = useDemoDb();
const total = (rows: { count: number }[]) => rows.reduce((sum, r) => sum + r.count, 0);
const query = (scope: Scope, first: string, last = first, more: Partial<FlowQuery> = {}): FlowQuery =>
	({ scope, first, last, from: 'type', to: 'type', reasons: null, ...more });

describe('referral flows of the demo region', () => {
	// W08 exports its referrals aggregated per quarter (count > 1), W06 holds the one-way pair.
	const scopes: Scope[] = [REGION, { wijk: 'W06' }, { wijk: 'W08' }];

	it('sum to referrals_total in every quarter and scope, at every level of detail', async () => {
		for (const scope of scopes) {
			const series = (await metricSeries(read(db()), scope, DEMO_QUARTERS)).referrals_total;
			for (const [i, q] of DEMO_QUARTERS.entries()) {
				for (const [from, to] of [['type', 'type'], ['partner', 'partner'], ['partner', 'type']] as const) {
					expect(total(await flowRows(read(db()), query(scope, q, q, { from, to }))), `${scope.wijk} ${q} ${from}→${to}`).toBe(series[i]);
				}
			}
			const range = await flowRows(read(db()), query(scope, '2024-Q1', '2024-Q4'));
			expect(total(range)).toBe(series.slice(4).reduce<number>((s, v) => s + v!, 0));
		}
	});

	it('at type level, from the pre-aggregate, equal the organisations\' flows summed by their types', async () => {
		const types = new Map((await read(db()).query<{ partner_id: string; type: string }>('SELECT partner_id, type FROM partners'))
			.map((p) => [p.partner_id, p.type]));
		const byType = (rows: Flow[]) => {
			const sums = new Map<string, [number, number]>();
			for (const r of rows) {
				const key = `${types.get(r.from_key)}→${types.get(r.to_key)}`;
				const sum = sums.get(key) ?? [0, 0];
				sums.set(key, [sum[0] + r.count, sum[1] + r.feedback]);
			}
			return [...sums].sort(([a], [b]) => a.localeCompare(b));
		};
		for (const scope of scopes) {
			for (const [first, last] of [['2024-Q4', '2024-Q4'], ['2023-Q2', '2024-Q3']]) {
				const typed = await flowRows(read(db()), query(scope, first, last));
				expect(typed.length).toBeGreaterThan(0);
				const summed = byType(await flowRows(read(db()), query(scope, first, last, { from: 'partner', to: 'partner' })));
				expect(typed.map((f) => [`${f.from_key}→${f.to_key}`, [f.count, f.feedback]]).sort(([a], [b]) => String(a).localeCompare(String(b))),
					`${scope.wijk} ${first}…${last}`).toEqual(summed);
			}
		}
	});

	it('filter by reason: the reasons together make the whole, one reason its own share', async () => {
		const all = await flowRows(read(db()), query(REGION, '2024-Q1', '2024-Q4'));
		const byReason = await flowsByQuarter(read(db()), REGION, '2024-Q1', '2024-Q4', 'reason', null);
		let sum = 0;
		for (const reason of referralReasons.entries.map((e) => e.id)) {
			const only = total(await flowRows(read(db()), query(REGION, '2024-Q1', '2024-Q4', { reasons: [reason] })));
			expect(only, reason).toBe(total(byReason.filter((r) => r.key === reason)));
			sum += only;
		}
		expect(sum).toBe(total(all));
		expect(total(await flowRows(read(db()), query(REGION, '2024-Q4', '2024-Q4', { reasons: [] })))).toBe(0);
	});

	it('per quarter by domain and by type sum to referrals_total, with the feedback of feedback_rate', async () => {
		const series = await metricSeries(read(db()), REGION, DEMO_QUARTERS);
		for (const by of ['domain', 'type'] as const) {
			const rows = await flowsByQuarter(read(db()), REGION, DEMO_QUARTERS[0], DEMO_QUARTERS.at(-1)!, by, null);
			for (const [i, q] of DEMO_QUARTERS.entries()) {
				const inQ = rows.filter((r) => r.period === q);
				expect(total(inQ), `${by} ${q}`).toBe(series.referrals_total[i]);
				expect(inQ.reduce((s, r) => s + r.feedback, 0) / total(inQ)).toBeCloseTo(series.feedback_rate[i]!, 12);
			}
		}
	});

	it('per quarter by domain and by type, from the pre-aggregate, equal the referrals themselves (all reasons: every referral has one)', async () => {
		const everyReason = referralReasons.entries.map((e) => e.id);
		for (const scope of scopes) {
			for (const by of ['domain', 'type'] as const) {
				const pre = await flowsByQuarter(read(db()), scope, '2023-Q2', '2024-Q3', by, null);
				expect(pre.length).toBeGreaterThan(0);
				expect(pre, `${scope.wijk} ${by}`).toEqual(await flowsByQuarter(read(db()), scope, '2023-Q2', '2024-Q3', by, everyReason));
			}
		}
	});

	it('per wijk of the sender, for the report, equal the referrals grouped by hand', async () => {
		const plain = await read(db()).query<Flow & { wijk_id: string | null }>(`SELECT f.wijk_id, f.type AS from_key, t.type AS to_key,
				sum(r.count)::BIGINT AS count, sum(r.feedback)::BIGINT AS feedback
			FROM referrals r JOIN partners f ON f.partner_id = r.from_partner_id JOIN partners t ON t.partner_id = r.to_partner_id
			WHERE r.date BETWEEN DATE '2024-07-01' AND DATE '2024-09-30' GROUP BY ALL ORDER BY count DESC, from_key, to_key, f.wijk_id`);
		expect(plain.length).toBeGreaterThan(10);
		const pre = await flowsPerWijk(read(db()), '2024-Q3');
		expect(pre.map(({ wijk_id, from_key, to_key, count, feedback }) => ({ wijk_id, from_key, to_key, count, feedback }))).toEqual(plain);
	});

	it('list the one pair that never gets feedback, as the gap list has it, with its ten referrals', async () => {
		const pairs = await oneWayPairs(read(db()), REGION, '2024-Q4');
		expect(pairs).toEqual([{ wijk_id: 'W06', partner_id: 'P074', from_name: expect.stringContaining('Eikenlaan'),
			to_partner_id: 'P078', to_name: expect.stringContaining('wijkteam'), count: 10 }]);
		const gaps = (await findGaps(read(db()), REGION, '2024-Q4')).filter((g) => g.kind === 'one_way_referrals');
		expect(gaps.map((g) => [g.partner_id, g.to_partner_id])).toEqual(pairs.map((p) => [p.partner_id, p.to_partner_id]));
		expect(await oneWayPairs(read(db()), { wijk: 'W05' }, '2024-Q4')).toEqual([]);
	});

	it('for charts, keep the largest senders and receivers and merge the rest, as the plain implementation does', async () => {
		const labels = { from: 'overige verwijzers', to: 'overige ontvangers' };
		const strip = (flows: (Flow & { all_flows?: number })[]) => flows.map(({ all_flows: _, ...f }) => f);
		for (const [max, q] of [[30, query(REGION, '2024-Q4', '2024-Q4', { from: 'partner', to: 'partner' })], [5, query(REGION, '2024-Q1', '2024-Q4')],
			[4, query({ wijk: 'W06' }, '2024-Q4', '2024-Q4', { from: 'partner', to: 'type' })], [50, query({ wijk: 'W06' }, '2024-Q4')]] as const) {
			const all = await flowRows(read(db()), q);
			const charted = await chartFlows(read(db()), q, max, labels);
			const sortKey = (f: Flow) => `${String(1e9 - f.count).padStart(10, '0')}${f.from_key}→${f.to_key}`;
			const sorted = (fs: Flow[]) => [...fs].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
			expect(sorted(charted), `max ${max}`).toEqual(sorted(limitFlows(strip(all), max, labels)));
			expect(new Set(charted.map((f) => f.from_key)).size).toBeLessThanOrEqual(max);
			expect(total(charted)).toBe(total(all));
		}
		const region = await chartFlows(read(db()), query(REGION, '2024-Q4', '2024-Q4', { from: 'partner', to: 'partner' }), 30, labels);
		expect(region.some((f) => f.from_key === OTHERS)).toBe(true);
	});

	it('limit the table to the largest flows, each row knowing how many there are in all', async () => {
		const q = query(REGION, '2024-Q4', '2024-Q4', { from: 'partner', to: 'partner' });
		const all = await flowRows(read(db()), q);
		const top = await flowRows(read(db()), q, 10);
		expect(top).toEqual(all.slice(0, 10));
		expect(top[0].all_flows).toBe(all.length);
	});
});

