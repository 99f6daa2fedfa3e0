import { describe, expect, it } from 'vitest';
import { tieChanges } from './tie-changes';

const tie = (a: string, b: string) => ({ a, b, meetings: 1, referrals: 0 });

describe('tie changes between quarters', () => {
	it('name the ties that are new and those that are gone', () => {
		const { added, lost } = tieChanges([tie('a', 'b'), tie('b', 'c')], [tie('a', 'b'), tie('a', 'c')]);
		expect([...added]).toEqual(['b|c']);
		expect(lost).toEqual([tie('a', 'c')]);
	});
});
