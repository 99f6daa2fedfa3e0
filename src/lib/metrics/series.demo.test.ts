import { read } from '../import/test-db';
import { describe, expect, it } from 'vitest';
import {
	coreCoverage, feedbackRate, gemeenteContactShare, meetingsTotal, partnersReached, practicesLinked, socialShare
} from '../../../data/generate/story-check';
import { metricIds } from '../contract';
import { dropDerived, ensureDerived } from './derived';
import { metricSeries } from './series';
import { REGION } from './scope';
import { DEMO_QUARTERS, demoRows, useDemoDb } from './test-demo';

const db = useDemoDb();
const t = demoRows();

describe('metrics of the demo region against the independent implementation in data/generate', () => {
	it('agree for the region in every quarter', async () => {
		const series = await metricSeries(read(db()), REGION, DEMO_QUARTERS);
		const wijken = t.wijken.map((w) => w.wijk_id);
		const expected = {
			coordinators_gemeente_contact_share: (q: string) => gemeenteContactShare(t, q),
			practices_wijkteam_linked_share: (q: string) => practicesLinked(t, q).share,
			referrals_social_share: (q: string) => socialShare(t, q),
			feedback_rate: (q: string) => feedbackRate(t, q),
			meetings_total: (q: string) => meetingsTotal(t, q),
			partners_reached: (q: string) => partnersReached(t, q),
			core_type_coverage: (q: string) => wijken.reduce((s, w) => s + coreCoverage(t, w, q).share, 0) / wijken.length
		};
		for (const [id, f] of Object.entries(expected)) {
			const want = DEMO_QUARTERS.map(f);
			const got = series[id as keyof typeof expected];
			got.forEach((value, i) => expect(value, `${id} ${DEMO_QUARTERS[i]}`).toBeCloseTo(want[i]!, 12));
		}
	});

	it('has a value for all eleven metrics in every quarter, but actions before the first is due', async () => {
		const series = await metricSeries(read(db()), REGION, DEMO_QUARTERS);
		expect(Object.keys(series).sort()).toEqual([...metricIds].sort());
		const missing = metricIds.flatMap((id) => series[id].flatMap((v, i) => (v === null ? [`${id} ${DEMO_QUARTERS[i]}`] : [])));
		// The demo's first wijkplan action is due in 2023-Q2: no denominator before it, so "–", not 0.
		expect(missing).toEqual(['actions_done_share 2023-Q1']);
	});
});

describe('the pre-aggregates', () => {
	it('are rebuilt after dropDerived, also when a query starts while the drop is queued', async () => {
		const before = await metricSeries(read(db()), REGION, DEMO_QUARTERS);
		const dropping = dropDerived(db());
		const during = metricSeries(read(db()), REGION, DEMO_QUARTERS);
		await dropping;
		expect(await during).toEqual(before);
	});

	it('are rebuilt cleanly when the data changes again while a build is running', async () => {
		const before = await metricSeries(read(db()), REGION, DEMO_QUARTERS);
		await dropDerived(db());
		const running = ensureDerived(db());
		const dropping = dropDerived(db());
		const again = metricSeries(read(db()), REGION, DEMO_QUARTERS);
		await Promise.all([running, dropping]);
		expect(await again).toEqual(before);
	});
});
