import { beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../import';
import { useSchemaDb, read } from '../import/test-db';
import { metricCards } from './cards';
import { fixtureFiles } from './fixture.test-data';
import { findGaps } from './gaps';
import { networkGraph } from './network';
import { loadOverviewData } from '../queries/overview-data';
import { metricSeries } from './series';
import { networkFigures, nodeKey } from '../graph';
import { partnerTies } from '../queries/partner-ties';
import { coordinatorContacts } from '../queries/coordinator-contacts';

const db = useSchemaDb('file');
beforeAll(async () => {
	const report = await runImport(db(), fixtureFiles());
	expect(report.rejected).toEqual([]);
});

const at = async (wijk: string | null, quarter = '2024-Q3') => {
	const series = await metricSeries(read(db()), { wijk }, [quarter]);
	return Object.fromEntries(Object.entries(series).map(([id, v]) => [id, v[0]]));
};

describe('every metric on a hand-built region, worked out by hand', () => {
	it('for the region in 2024-Q3', async () => {
		expect(await at(null)).toEqual({
			// C1 (earliest start 2023-01-01) and C3 (no start date) have started, C2 not yet; only C1 met the gemeente.
			coordinators_gemeente_contact_share: 1 / 2,
			// P1 and P3 are active on 30-09 (P2 ended 15-08); only P1 has a tie (M1) with wijkteam T1.
			practices_wijkteam_linked_share: 1 / 2,
			// ref1 (a 2024-Q3 row, 4) + ref2 (1) + ref3 (2) + ref5 (5).
			referrals_total: 12,
			// From zorg: ref1 → welzijn (4), ref2 → gemeente (1), ref3 → a practice (2).
			referrals_social_share: 5 / 7,
			// ref1's "ja" is all 4, ref3 gave 1.
			feedback_rate: 5 / 12,
			meetings_total: 1,
			partners_reached: 3,
			// Active on 30-09: P1, T1, G1, R1, P3, S1; all but S1 did something in Q3.
			active_partners_share: 5 / 6,
			// W1: wijkteam + welzijn (R1 has no wijk but ties with P1, T1) = 2/8; W2: gemeente, schuldhulp, welzijn (ref5) = 3/8.
			core_type_coverage: (2 / 8 + 3 / 8) / 2,
			// Fresh means verified in (2023-10-01, 2024-09-30]: P1, T1, R1, S1; not G1 (on the bound) or P3 (never).
			kaart_freshness_share: 4 / 6,
			// Due by 30-09 and not vervallen: X1 (done), X2 (open), X6 (done only in October).
			actions_done_share: 1 / 3
		});
	});

	it('for a wijk: scoped by the from-partner, the meeting, the coordinator row and the action', async () => {
		expect(await at('W1')).toEqual({
			coordinators_gemeente_contact_share: 1, // C1 started in W1 on 01-08 and met G1 (another wijk's gemeente) on 10-09
			practices_wijkteam_linked_share: 1,
			referrals_total: 5,
			referrals_social_share: 1,
			feedback_rate: 4 / 5,
			meetings_total: 1,
			partners_reached: 3, // R1 has no wijk and still counts
			active_partners_share: 1,
			core_type_coverage: 2 / 8,
			kaart_freshness_share: 1,
			actions_done_share: 1 / 2
		});
		expect(await at('W2')).toMatchObject({ referrals_total: 2, referrals_social_share: 0, feedback_rate: 1 / 2, meetings_total: 0,
			partners_reached: 0, active_partners_share: 2 / 3, core_type_coverage: 3 / 8, kaart_freshness_share: 1 / 3, actions_done_share: 0 });
	});

	it('gives null, never 0, for an empty denominator, and counts a partner while its window was open', async () => {
		// In W1 before 01-08 no coordinator had started; before 2024-Q2 no action was due.
		expect(await at('W1', '2024-Q2')).toMatchObject({ coordinators_gemeente_contact_share: null, practices_wijkteam_linked_share: 1 / 2 });
		expect((await at(null, '2024-Q1')).actions_done_share).toBeNull();
		expect((await at(null, '2023-Q1')).referrals_total).toBe(0);
	});

	it('takes a wijk goal over the standing goal without wijk', async () => {
		const card = async (wijk: string | null) => {
			const data = await loadOverviewData(read(db()), { wijk }, ['2024-Q2', '2024-Q3']);
			return metricCards(data.series, ['2024-Q2', '2024-Q3'], '2024-Q3', data.goals, { wijk }).find((c) => c.id === 'feedback_rate');
		};
		expect(await card(null)).toMatchObject({ target: 0.5, met: false, previous: 0, change: 5 / 12 });
		expect(await card('W1')).toMatchObject({ target: 0.9, met: false });
		expect(await card('W2')).toMatchObject({ target: 0.5, met: true });
	});
});

describe('the network and gaps of the hand-built region', () => {
	it('Graph(W1, 2024-Q3) holds the wijk, the region-wide partner tied to it, and P2 whose window overlaps W4', async () => {
		const graph = await networkGraph(read(db()), { wijk: 'W1' }, '2024-Q3');
		expect(graph.mapNodes((_, node) => node.partner_id).sort()).toEqual(['P1', 'P2', 'R1', 'T1']);
		expect(graph.getEdgeAttribute(nodeKey('P1'), nodeKey('R1'), 'weight')).toBe(5); // M1 + ref1's count of 4
		const figures = networkFigures(graph);
		expect(figures).toMatchObject({ nodes: 4, edges: 4, density: 2 / 3, components: 1, isolates: [], articulation_points: ['T1'] });
		expect(figures.top_brokers[0].partner_id).toBe('T1');
		expect(figures.top_brokers[0].betweenness).toBeCloseTo(2 / 3, 12);
	});

	it('the region graph has S1 as its isolate', async () => {
		const figures = networkFigures(await networkGraph(read(db()), { wijk: null }, '2024-Q3'));
		expect(figures).toMatchObject({ nodes: 7, edges: 8, components: 2, isolates: ['S1'], largest_component_share: 6 / 7 });
	});

	it('finds each gap with the wijk it belongs to', async () => {
		const gaps = await findGaps(read(db()), { wijk: null }, '2024-Q3');
		const of = (kind: string) => gaps.filter((g) => g.kind === kind);
		expect(of('missing_core_type').filter((g) => g.wijk_id === 'W1').map((g) => g.type)).toEqual(['apotheek', 'cjg', 'gemeente', 'ggz', 'schuldhulp', 'thuiszorg']);
		expect(of('single_point_of_failure')).toEqual(expect.arrayContaining([{ kind: 'single_point_of_failure', wijk_id: 'W1', partner_id: 'T1' }]));
		expect(of('isolated_partner')).toEqual([{ kind: 'isolated_partner', wijk_id: 'W2', partner_id: 'S1' }]);
		expect(of('practice_without_wijkteam')).toEqual([{ kind: 'practice_without_wijkteam', wijk_id: 'W2', partner_id: 'P3' }]);
		expect(of('one_way_referrals')).toEqual([{ kind: 'one_way_referrals', wijk_id: null, partner_id: 'R1', to_partner_id: 'P3' }]);
		expect(of('stale_kaart_entry')).toEqual([
			{ kind: 'stale_kaart_entry', wijk_id: 'W2', partner_id: 'G1' },
			{ kind: 'stale_kaart_entry', wijk_id: 'W2', partner_id: 'P3' }
		]);
		expect(of('unknown_face')).toEqual([]);
	});

	it('lists a partner’s ties with shared meetings, referrals each way and feedback on those it sent', async () => {
		const { partner, ties } = await partnerTies(read(db()), 'P1', '2024-Q3');
		expect(partner).toMatchObject({ name: 'Praktijk Een', type: 'huisartsenpraktijk', wijk_id: 'W1', verified_on: '2024-01-15' });
		expect(ties).toEqual([
			{ partner_id: 'R1', name: 'Welzijn Regio', meetings: 1, referrals_out: 4, referrals_in: 0, feedback_rate: 1 },
			{ partner_id: 'P3', name: 'Praktijk Drie', meetings: 0, referrals_out: 0, referrals_in: 2, feedback_rate: null },
			{ partner_id: 'G1', name: 'Gemeente', meetings: 0, referrals_out: 1, referrals_in: 0, feedback_rate: 0 },
			{ partner_id: 'T1', name: 'Wijkteam Noord', meetings: 1, referrals_out: 0, referrals_in: 0, feedback_rate: null }
		]);
	});

	it('gives each coordinator in scope with the partners they met in W4(Q)', async () => {
		expect(await coordinatorContacts(read(db()), { wijk: null }, '2024-Q3')).toEqual([
			{ id: 'C1', name: 'Anna', partners: ['G1'] },
			{ id: 'C2', name: 'Bram', partners: ['G1'] },
			{ id: 'C3', name: 'Cor', partners: ['P1'] }
		]);
		expect((await coordinatorContacts(read(db()), { wijk: 'W2' }, '2024-Q3')).map((c) => c.id)).toEqual(['C1', 'C3']);
	});
});
