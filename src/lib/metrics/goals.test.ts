import { read } from '../import/test-db';
import { describe, expect, it } from 'vitest';
import { resolveTarget, type GoalRow } from './goals';
import { metricCards } from './cards';
import { metricSeries } from './series';
import { useDemoDb } from './test-demo';

const goal = (target: number, wijk_id: string | null, period: string | null, metric = 'feedback_rate'): GoalRow => ({ metric, target, wijk_id, period });

describe('resolving a goal', () => {
	const goals = [goal(0.5, null, null), goal(0.55, null, '2024'), goal(0.6, null, '2024-Q3'), goal(0.7, 'W01', null), goal(0.1, 'W02', '2024-Q3')];

	it('takes the most specific period for the region: quarter, then year, then standing', () => {
		expect(resolveTarget(goals, 'feedback_rate', { wijk: null }, '2024-Q3')).toBe(0.6);
		expect(resolveTarget(goals, 'feedback_rate', { wijk: null }, '2024-Q1')).toBe(0.55);
		expect(resolveTarget(goals, 'feedback_rate', { wijk: null }, '2023-Q1')).toBe(0.5);
	});

	it('lets a wijk goal, even a standing one, override a goal without wijk', () => {
		expect(resolveTarget(goals, 'feedback_rate', { wijk: 'W01' }, '2024-Q3')).toBe(0.7);
		expect(resolveTarget(goals, 'feedback_rate', { wijk: 'W02' }, '2024-Q3')).toBe(0.1);
		expect(resolveTarget(goals, 'feedback_rate', { wijk: 'W02' }, '2024-Q2')).toBe(0.55);
	});

	it('ignores other metrics and other wijken, and gives null without a goal', () => {
		expect(resolveTarget(goals, 'meetings_total', { wijk: null }, '2024-Q3')).toBeNull();
		expect(resolveTarget([goal(3, 'W09', null)], 'feedback_rate', { wijk: null }, '2024-Q3')).toBeNull();
	});

	it('never judges a wijk against a count goal without wijk: that is the region’s total', () => {
		const counts = [goal(300, null, '2024', 'referrals_total'), goal(28, null, null, 'meetings_total'), goal(60, null, null, 'partners_reached'),
			goal(40, 'W01', null, 'meetings_total')];
		expect(resolveTarget(counts, 'referrals_total', { wijk: null }, '2024-Q4')).toBe(300);
		expect(resolveTarget(counts, 'referrals_total', { wijk: 'W01' }, '2024-Q4')).toBeNull();
		expect(resolveTarget(counts, 'partners_reached', { wijk: 'W02' }, '2024-Q4')).toBeNull();
		expect(resolveTarget(counts, 'meetings_total', { wijk: 'W02' }, '2024-Q4')).toBeNull();
		expect(resolveTarget(counts, 'meetings_total', { wijk: 'W01' }, '2024-Q4')).toBe(40);
	});

	it('applies a share goal without wijk to every wijk, also core_type_coverage (a value 0..1)', () => {
		const shares = [goal(0.875, null, null, 'core_type_coverage'), goal(0.5, null, '2024')];
		expect(resolveTarget(shares, 'core_type_coverage', { wijk: 'W03' }, '2024-Q4')).toBe(0.875);
		expect(resolveTarget(shares, 'feedback_rate', { wijk: 'W03' }, '2024-Q4')).toBe(0.5);
	});
});

describe('the demo overview of one wijk', () => {
	const db = useDemoDb();

	it('W07 2024-Q4: referrals have no target (the region’s 300 is not W07’s), feedback keeps the region’s 50%', async () => {
		const goals = await db().query<GoalRow>('SELECT metric, target, wijk_id, period FROM goals');
		const scope = { wijk: 'W07' };
		const cards = metricCards(await metricSeries(read(db()), scope, ['2024-Q4']), ['2024-Q4'], '2024-Q4', goals, scope);
		const card = (id: string) => cards.find((c) => c.id === id)!;
		expect(card('referrals_total')).toMatchObject({ target: null, met: null });
		expect(card('meetings_total')).toMatchObject({ target: null, met: null });
		expect(card('partners_reached')).toMatchObject({ target: null, met: null });
		expect(card('feedback_rate').target).toBe(0.5);
		expect(card('core_type_coverage').target).toBe(0.5);
	});
});
