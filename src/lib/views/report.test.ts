import { describe, expect, it } from 'vitest';
import { fewTies } from './report';

describe('the ties the report draws', () => {
	const ties = Array.from({ length: 10_000 }, (_, i) => ({ a: `P${i}`, b: `P${(i * 7) % 10_000}`, referrals: i % 13 }));
	it('are all of them when they fit, and a fixed choice of them when they do not', () => {
		expect(fewTies(ties.slice(0, 50), 100)).toHaveLength(50);
		const few = fewTies(ties, 1_000);
		expect(few).toHaveLength(1_000);
		expect(fewTies([...ties].reverse(), 1_000).map((e) => e.a).sort()).toEqual(few.map((e) => e.a).sort());
	});
	it('do not depend on how many referrals a tie holds', () => {
		const heavier = ties.map((e) => ({ ...e, referrals: e.referrals * 100 + 1 }));
		expect(fewTies(heavier, 1_000).map((e) => e.a)).toEqual(fewTies(ties, 1_000).map((e) => e.a));
	});
});
