import { describe, expect, it } from 'vitest';
import { resolveTarget, type GoalRow } from './goals';

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
});
