import { describe, expect, it } from 'vitest';
import { type Flow } from '../../metrics/flows';
import { limitFlows, OTHERS } from './limit-flows';

const flow = (from: string, to: string, count: number, feedback = 0): Flow =>
	({ from_key: from, from_label: from, to_key: to, to_label: to, to_domain: 'sociaal', count, feedback });
const labels = { from: 'overige verwijzers', to: 'overige ontvangers' };

describe('limitFlows', () => {
	it('leaves flows within the limit as they are', () => {
		const flows = [flow('a', 'x', 3), flow('b', 'y', 1)];
		expect(limitFlows(flows, 2, labels)).toBe(flows);
	});

	it('keeps the largest senders and receivers and merges the rest, keeping total and feedback', () => {
		const flows = [flow('a', 'x', 10, 4), flow('b', 'x', 5, 1), flow('c', 'y', 2, 2), flow('d', 'z', 1), flow('a', 'z', 1, 1)];
		const limited = limitFlows(flows, 2, labels);
		expect(limited).toEqual([
			{ from_key: 'a', from_label: 'a', to_key: 'x', to_label: 'x', to_domain: 'sociaal', count: 10, feedback: 4 },
			{ from_key: OTHERS, from_label: 'overige verwijzers', to_key: 'x', to_label: 'x', to_domain: 'sociaal', count: 5, feedback: 1 },
			{ from_key: OTHERS, from_label: 'overige verwijzers', to_key: OTHERS, to_label: 'overige ontvangers', to_domain: 'overig', count: 3, feedback: 2 },
			{ from_key: 'a', from_label: 'a', to_key: OTHERS, to_label: 'overige ontvangers', to_domain: 'overig', count: 1, feedback: 1 }
		]);
		const sum = (fs: Flow[], k: 'count' | 'feedback') => fs.reduce((s, f) => s + f[k], 0);
		expect(sum(limited, 'count')).toBe(sum(flows, 'count'));
		expect(sum(limited, 'feedback')).toBe(sum(flows, 'feedback'));
	});
});
