import { describe, expect, it } from 'vitest';
import { type ActionRow } from '../queries/report-actions';
import { reportActions } from './report-sections';

const action = (id: string, status: ActionRow['status'], due: string | null, done: string | null): ActionRow =>
	({ action_id: id, wijk_id: 'W1', title: id, theme: null, status, due_date: due, done_date: done });

describe('the report\'s wijkplan actions', () => {
	const actions = [action('a', 'afgerond', '2024-03-01', '2024-02-01'), action('b', 'afgerond', '2024-03-01', '2024-11-01'),
		action('c', 'lopend', '2024-06-01', null), action('d', 'gepland', null, null), action('e', 'vervallen', '2024-01-01', null)];
	it('counts each status as it stood at the end of the period, and lists what was overdue then', () => {
		const q2 = reportActions(actions, '2024-Q2', new Map([['W1', 'Noord']]));
		expect(q2.as_of).toBe('2024-06-30');
		expect(Object.fromEntries(q2.by_status.map((s) => [s.status, s.count]))).toEqual({ gepland: 1, lopend: 2, afgerond: 1, vervallen: 1 });
		expect(q2.overdue.map((a) => [a.action_id, a.wijk])).toEqual([['b', 'Noord'], ['c', 'Noord']]);
		const q4 = reportActions(actions, '2024-Q4', new Map());
		expect(Object.fromEntries(q4.by_status.map((s) => [s.status, s.count]))).toEqual({ gepland: 1, lopend: 1, afgerond: 2, vervallen: 1 });
		expect(q4.overdue.map((a) => a.action_id)).toEqual(['c']);
	});
});
