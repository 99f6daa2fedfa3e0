import { describe, expect, it } from 'vitest';
import { fractionIds, metricIds, type FractionId } from '../lib/contract';
import { limitBySum, pmfBySum } from '../lib/stats/binomial.test-ref';
import { type Comparison } from '../lib/metrics/compare';
import { cli } from './cli.test-ref';
import { compareRegionFolder } from './compare.fixture.test-data';

const f = (numerator: number, denominator: number) => ({ numerator, denominator });
// Every value worked out by hand from compare.fixture.test-data.ts (W1, W2, W3, W4).
const fractions: Record<FractionId, ReturnType<typeof f>[]> = {
	coordinators_gemeente_contact_share: [f(0, 1), f(0, 0), f(0, 0), f(0, 1)], // K1 met only H1; K2 (no start date) met nobody
	practices_wijkteam_linked_share: [f(1, 1), f(0, 1), f(0, 0), f(0, 1)], // only H1 has a tie with a wijkteam (T1)
	referrals_social_share: [f(20, 20), f(0, 1), f(0, 0), f(0, 20)], // from zorg: r1 + r2 | r4 | – | r5
	feedback_rate: [f(15, 25), f(1, 1), f(0, 0), f(0, 20)],
	active_partners_share: [f(2, 2), f(1, 1), f(0, 0), f(2, 2)], // everyone active did something in Q4
	kaart_freshness_share: [f(1, 2), f(0, 1), f(0, 0), f(2, 2)], // T1 (2020) and H2 (never) are stale
	actions_done_share: [f(1, 2), f(1, 1), f(0, 1), f(0, 0)] // a3 is vervallen; a5 was done only in 2025
};
const counts = { referrals_total: [25, 1, 0, 20], meetings_total: [1, 0, 1, 1], partners_reached: [3, 0, 1, 2] };
// W1: wijkteam T1 and gemeente GM (no wijk, tied to H1 and T1); W4: welzijn WZ.
const coverage = [2 / 8, 0, 0, 1 / 8];
const pooled = { coordinators_gemeente_contact_share: 0, practices_wijkteam_linked_share: 1 / 3, referrals_social_share: 20 / 41,
	feedback_rate: 16 / 46, active_partners_share: 1, kaart_freshness_share: 3 / 5, actions_done_share: 2 / 4 };
const positions: Record<FractionId, (string | null)[]> = {
	coordinators_gemeente_contact_share: ['binnen', null, null, 'binnen'],
	// W1 is 1 of 1 against 1/3: P(X ≥ 1) = 1/3, no evidence at all.
	practices_wijkteam_linked_share: ['binnen', 'binnen', null, 'binnen'],
	// 20 of 20 against 20/41: P(X ≥ 20) = (20/41)^20 ≈ 6e-7; 0 of 20: P(X ≤ 0) = (21/41)^20 ≈ 1.5e-6.
	referrals_social_share: ['boven', 'binnen', null, 'onder'],
	// 15 of 25 against 8/23 is not enough; 0 of 20: (15/23)^20 ≈ 1.9e-4. W2's 1 of 1 is not flagged.
	feedback_rate: ['binnen', 'binnen', null, 'onder'],
	active_partners_share: ['binnen', 'binnen', null, 'binnen'],
	kaart_freshness_share: ['binnen', 'binnen', null, 'binnen'],
	actions_done_share: ['binnen', 'binnen', 'binnen', null]
};

type Out = Comparison;

describe('npm run metrics -- --compare', () => {
	it('compares every wijk of a region worked out by hand', async () => {
		const { code, stdout, stderr } = await cli('--data', compareRegionFolder(), '--period', '2024-Q4', '--compare');
		expect([code, stderr]).toEqual([0, '']);
		const out = JSON.parse(stdout) as Out;
		expect(Object.keys(out)).toEqual(['period', 'wijken', 'median', 'pooled']);
		expect(out.period).toBe('2024-Q4');
		expect(out.wijken.map((w) => [w.wijk_id, w.name, w.patients])).toEqual([['W1', 'Noord', 2000], ['W2', 'Oost', 0], ['W3', 'Zuid', null], ['W4', 'West', 500]]);
		for (const [i, w] of out.wijken.entries()) {
			expect(Object.keys(w)).toEqual(['wijk_id', 'name', 'patients', 'metrics', 'fractions', 'per_1000', 'funnel']);
			expect(Object.keys(w.metrics)).toEqual([...metricIds]);
			expect(Object.keys(w.fractions)).toEqual([...fractionIds]);
			expect(Object.keys(w.funnel)).toEqual([...fractionIds]);
			for (const id of fractionIds) {
				const { numerator, denominator } = fractions[id][i];
				expect(w.fractions[id], `${w.wijk_id} ${id}`).toEqual(fractions[id][i]);
				expect(w.metrics[id], `${w.wijk_id} ${id}`).toBe(denominator ? numerator / denominator : null);
			}
			for (const [id, values] of Object.entries(counts)) expect(w.metrics[id as keyof typeof counts]).toBe(values[i]);
			expect(w.metrics.core_type_coverage).toBe(coverage[i]);
		}
		expect(out.wijken.map((w) => w.per_1000)).toEqual([
			{ referrals_total: 12.5, meetings_total: 0.5, partners_reached: 1.5 },
			{ referrals_total: null, meetings_total: null, partners_reached: null }, // 0 patients
			{ referrals_total: null, meetings_total: null, partners_reached: null }, // patients unknown
			{ referrals_total: 40, meetings_total: 2, partners_reached: 4 }
		]);
		expect(out.pooled).toEqual(pooled);
		expect(out.median).toEqual({
			coordinators_gemeente_contact_share: 0, // two nulls left out: 0 and 0
			practices_wijkteam_linked_share: 0, // odd: 0, 0, 1
			referrals_total: 10.5, // even: 0, 1, 20, 25
			referrals_social_share: 0,
			feedback_rate: 0.6, // 0, 0.6, 1
			meetings_total: 1,
			partners_reached: 1.5,
			active_partners_share: 1,
			core_type_coverage: 1 / 16, // 0, 0, 1/8, 1/4
			kaart_freshness_share: 0.5,
			actions_done_share: 0.5
		});
	});

	it('gives each share\'s funnel: exact limits, and positions by the exact test', async () => {
		const out = JSON.parse((await cli('--data', compareRegionFolder(), '--period', '2024-Q4', '--compare')).stdout) as Out;
		for (const id of fractionIds) {
			const p0 = pooled[id];
			for (const [i, w] of out.wijken.entries()) {
				const { numerator: x, denominator: n } = fractions[id][i];
				const entry = w.funnel[id];
				expect(Object.keys(entry)).toEqual(['lower95', 'upper95', 'lower998', 'upper998', 'position']);
				expect(entry.position, `${w.wijk_id} ${id}`).toBe(positions[id][i]);
				if (n === 0) {
					expect(entry).toEqual({ lower95: null, upper95: null, lower998: null, upper998: null, position: null });
					continue;
				}
				const alphas = { lower95: 0.025, upper95: 0.975, lower998: 0.001, upper998: 0.999 };
				for (const [key, alpha] of Object.entries(alphas)) {
					// p0 = 0 or 1: every limit is p0 itself.
					const expected = p0 === 0 || p0 === 1 ? p0 : limitBySum(n, p0, alpha);
					expect(entry[key as keyof typeof alphas], `${w.wijk_id} ${id} ${key}`).toBeCloseTo(expected, 10);
				}
				// The position again from the pmf summed directly.
				if (p0 > 0 && p0 < 1) {
					const pmf = pmfBySum(n, p0);
					const above = pmf.slice(x).reduce((a, b) => a + b, 0);
					const below = pmf.slice(0, x + 1).reduce((a, b) => a + b, 0);
					expect(entry.position).toBe(above < 0.001 ? 'boven' : below < 0.001 ? 'onder' : 'binnen');
				}
			}
		}
		// The 1-of-1 wijk lies above its 99.8% limit as drawn, and is still not flagged.
		expect(out.wijken[0].funnel.practices_wijkteam_linked_share.upper998).toBeLessThan(1);
	});

	it('exits 2 for --compare with --wijk, and 1 when the data cannot be read', async () => {
		const both = await cli('--data', compareRegionFolder(), '--period', '2024-Q4', '--compare', '--wijk', 'W1');
		expect([both.code, both.stdout]).toEqual([2, '']);
		expect(both.stderr).toContain('--compare');
		const bad = await cli('--data', compareRegionFolder(), '--period', '2024-5', '--compare');
		expect(bad.code).toBe(2);
		expect((await cli('--data', '/nonexistent/folder', '--period', '2024-Q4', '--compare')).code).toBe(1);
	});
});
