import { read } from '../import/test-db';
import { describe, expect, it } from 'vitest';
import { regionGaps } from '../../../data/generate/story-gaps';
import { findGaps } from './gaps';
import { REGION } from './scope';
import { DEMO_QUARTERS, demoRows, useDemoDb } from './test-demo';

const db = useDemoDb();
const t = demoRows();
const key = (g: object) => JSON.stringify(g, Object.keys(g).sort());

describe('gaps of the demo region', () => {
	it('are those of the independent implementation in data/generate, in every quarter', async () => {
		for (const quarter of DEMO_QUARTERS) {
			const got = (await findGaps(read(db()), REGION, quarter)).map(key).sort();
			expect(got, quarter).toEqual(regionGaps(t, quarter).map(key).sort());
		}
	});

	it('hold every deliberate gap of 2024-Q4 listed in data/README.md', async () => {
		const gaps = await findGaps(read(db()), REGION, '2024-Q4');
		const brief = (kind: string) => gaps.filter((g) => g.kind === kind).map((g) => [g.wijk_id ?? '-', g.partner_id ?? g.type, g.to_partner_id].filter(Boolean).join(' '));
		expect(brief('missing_core_type')).toEqual(['W07 cjg', 'W07 schuldhulp', 'W07 thuiszorg', 'W07 welzijn']);
		expect(brief('isolated_partner')).toEqual(['W02 P027', 'W07 P091', 'W07 P092']);
		expect(brief('single_point_of_failure')).toEqual(['W05 P065']);
		expect(brief('practice_without_wijkteam')).toEqual(['W05 P057', 'W07 P088', 'W07 P089']);
		expect(brief('one_way_referrals')).toEqual(['W06 P074 P078']);
		expect(brief('stale_kaart_entry')).toEqual(['- P110', 'W04 P053', 'W07 P092']);
		expect(brief('unknown_face')).toEqual(['- P110']);
	});

	it('for one wijk come from that wijk only', async () => {
		const gaps = await findGaps(read(db()), { wijk: 'W07' }, '2024-Q4');
		expect(new Set(gaps.map((g) => g.wijk_id))).toEqual(new Set(['W07']));
		expect(gaps.filter((g) => g.kind === 'missing_core_type')).toHaveLength(4);
	});
});
