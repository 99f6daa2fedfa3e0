import { beforeAll, describe, expect, it } from 'vitest';
import { fractionIds } from '../contract';
import { runImport } from '../import';
import { read, useSchemaDb } from '../import/test-db';
import { fixtureFiles } from './fixture.test-data';
import { metricResults, WIJKEN_PER_QUERY, wijkenResults } from './series';

const db = useSchemaDb('file');
beforeAll(async () => {
	await runImport(db(), fixtureFiles());
});

const fraction = (numerator: number, denominator: number) => [{ numerator, denominator }];

describe('what each share is made of, on the hand-built region of metrics.test.ts', () => {
	it('gives numerator and denominator beside every share, from the same query', async () => {
		const { series, fractions } = await metricResults(read(db()), { wijk: null }, ['2024-Q3']);
		expect(fractions).toEqual({
			coordinators_gemeente_contact_share: fraction(1, 2),
			practices_wijkteam_linked_share: fraction(1, 2),
			referrals_social_share: fraction(5, 7),
			feedback_rate: fraction(5, 12),
			active_partners_share: fraction(5, 6),
			kaart_freshness_share: fraction(4, 6),
			actions_done_share: fraction(1, 3)
		});
		for (const id of fractionIds) expect(series[id][0]).toBe(fractions[id][0].numerator / fractions[id][0].denominator);
	});

	it('gives 0 of 0 where a share is null', async () => {
		const { series, fractions } = await metricResults(read(db()), { wijk: 'W1' }, ['2024-Q2', '2024-Q3']);
		expect(series.coordinators_gemeente_contact_share).toEqual([null, 1]);
		expect(fractions.coordinators_gemeente_contact_share).toEqual([{ numerator: 0, denominator: 0 }, { numerator: 1, denominator: 1 }]);
	});

	it('answers for every wijk at once exactly as for each wijk alone', async () => {
		const quarters = ['2024-Q2', '2024-Q3', '2024-Q4'];
		const all = await wijkenResults(read(db()), ['W1', 'W2'], quarters);
		expect([...all.keys()]).toEqual(['W1', 'W2']);
		for (const wijk of ['W1', 'W2']) expect(all.get(wijk)).toEqual(await metricResults(read(db()), { wijk }, quarters));
		expect(await wijkenResults(read(db()), [], quarters)).toEqual(new Map());
	});

	it('answers in batches of wijken exactly as in one query, since one query may not hold 1,000 of them', async () => {
		// The national monitor compares 1,000 wijken; DuckDB's parser refuses more than 1,000 nested UNION ALL branches.
		expect(WIJKEN_PER_QUERY).toBeLessThan(1_000);
		const quarters = ['2024-Q2', '2024-Q3'];
		const wijken = ['W1', 'X1', 'W2', 'X2', 'X3'];
		expect(await wijkenResults(read(db()), wijken, quarters, 2)).toEqual(await wijkenResults(read(db()), wijken, quarters));
		const batched = await wijkenResults(read(db()), wijken, quarters, 2);
		expect(batched.get('W2')).toEqual(await metricResults(read(db()), { wijk: 'W2' }, quarters));
	});
});
