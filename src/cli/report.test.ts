import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { metricIds } from '../lib/contract';
import { type ReportModel } from '../lib/report/report-model';
import { reportCli } from './cli.test-ref';
import { compareRegionFolder } from './compare.fixture.test-data';

const out = async (name: string) => join(await mkdtemp(join(tmpdir(), 'report-')), name);
const json = async (...args: string[]) => {
	const file = await out('r.json');
	const run = await reportCli('--data', compareRegionFolder(), '--period', '2024-Q4', ...args, '--out', file);
	expect(run.code, run.stderr).toBe(0);
	return JSON.parse(readFileSync(file, 'utf8')) as ReportModel;
};
const shownOf = (cells: Partial<Record<string, { shown: string; hidden?: string }>>) =>
	Object.fromEntries(Object.entries(cells).map(([id, c]) => [id, c!.hidden ? `${c!.shown}/${c!.hidden}` : c!.shown]));

// compare.fixture.test-data.ts worked out by hand for 2024-Q4 with k = 10 (compare.test.ts has the raw figures):
// referrals per wijk 25, 1, 0, 20 and none without a wijk, 46 in all: W2's 1 is small (primary), and the smallest
// other non-zero cell of that column, W4's 20, is hidden with it (secondary); the total 46 stays. Meetings 1, 0, 1, 1
// of 3: all small, so the column already holds more than one hidden cell. Shares hide where n < 10: only
// referrals_social_share and feedback_rate have n ≥ 10 (W1 20 and 25, W4 20 and 20; region 41 and 46).
const wijken = {
	W1: { coordinators_gemeente_contact_share: 'n<10/primary', practices_wijkteam_linked_share: 'n<10/primary', referrals_total: '25', referrals_social_share: '100%',
		feedback_rate: '60%', meetings_total: '<10/primary', partners_reached: '<10/primary', active_partners_share: 'n<10/primary', core_type_coverage: '25%',
		kaart_freshness_share: 'n<10/primary', actions_done_share: 'n<10/primary' },
	W2: { coordinators_gemeente_contact_share: '–', practices_wijkteam_linked_share: 'n<10/primary', referrals_total: '<10/primary', referrals_social_share: 'n<10/primary',
		feedback_rate: 'n<10/primary', meetings_total: '0', partners_reached: '0', active_partners_share: 'n<10/primary', core_type_coverage: '0%',
		kaart_freshness_share: 'n<10/primary', actions_done_share: 'n<10/primary' },
	W3: { coordinators_gemeente_contact_share: '–', practices_wijkteam_linked_share: '–', referrals_total: '0', referrals_social_share: '–', feedback_rate: '–',
		meetings_total: '<10/primary', partners_reached: '<10/primary', active_partners_share: '–', core_type_coverage: '0%', kaart_freshness_share: '–', actions_done_share: 'n<10/primary' },
	// W4's referral shares go with its hidden referrals: 0% of 11 to 19 would narrow them down.
	W4: { coordinators_gemeente_contact_share: 'n<10/primary', practices_wijkteam_linked_share: 'n<10/primary', referrals_total: '<10/secondary', referrals_social_share: '<10/secondary',
		feedback_rate: '<10/secondary', meetings_total: '<10/primary', partners_reached: '<10/primary', active_partners_share: 'n<10/primary', core_type_coverage: '13%',
		kaart_freshness_share: 'n<10/primary', actions_done_share: '–' }
};
const kpis = { coordinators_gemeente_contact_share: 'n<10', practices_wijkteam_linked_share: 'n<10', referrals_total: '46', referrals_social_share: '49%',
	feedback_rate: '35%', meetings_total: '<10', partners_reached: '<10', active_partners_share: 'n<10', core_type_coverage: '9%', kaart_freshness_share: 'n<10', actions_done_share: 'n<10' };

describe('npm run report', () => {
	it('writes the JSON of a region worked out by hand: shown strings, hidden cells, the secondary one', async () => {
		const model = await json();
		expect(model).toMatchObject({ period: '2024-Q4', scope: 'region', min_cell: 10 });
		expect(model.kpis.map((k) => k.metric)).toEqual([...metricIds]);
		expect(Object.fromEntries(model.kpis.map((k) => [k.metric, k.shown]))).toEqual(kpis);
		expect(model.kpis.find((k) => k.metric === 'referrals_total')!.value).toBe(46);
		// Shares as precise as printed, and no "x van y" for referral shares, whose denominators the flows table splits by sender.
		expect(model.kpis.find((k) => k.metric === 'feedback_rate')).toMatchObject({ value: 0.35, fraction_shown: null });
		expect(model.wijken.map((w) => w.wijk_id)).toEqual(['W1', 'W2', 'W3', 'W4', null]);
		for (const w of model.wijken.slice(0, 4)) expect(shownOf(w.cells), w.wijk_id!).toEqual(wijken[w.wijk_id as keyof typeof wijken]);
		expect(shownOf(model.wijken[4].cells)).toEqual({ referrals_total: '0', meetings_total: '0' });
		// A hidden cell carries no value, and no hidden KPI says whether it met its target or how it changed.
		for (const cell of [...model.wijken.flatMap((w) => Object.values(w.cells)), ...model.kpis]) if (cell!.hidden) expect(cell).not.toHaveProperty('value');
		for (const k of model.kpis.filter((k) => k.hidden)) expect([k.met, k.change, k.fraction_shown]).toEqual([null, undefined, null]);
		expect(model.colophon.at(-1)).toMatch(/Drempel: 10\.$/);
		// A tie's width would tell its number of referrals: every tie is drawn alike.
		expect(model.network.picture.lines.length).toBeGreaterThan(0);
		expect(new Set(model.network.picture.lines.map((l) => l.width))).toEqual(new Set([1]));
	});
	it('hides nothing with --intern, and holds one wijk for --wijk', async () => {
		const intern = await json('--intern');
		expect(intern.min_cell).toBeNull();
		expect(intern.wijken.find((w) => w.wijk_id === 'W4')!.cells.referrals_total).toEqual({ shown: '20', value: 20 });
		expect(intern.kpis.every((k) => !k.hidden)).toBe(true);
		// The counts that add up have their sparkline only internally (earlier quarters' wijken tables are not in the report).
		expect(intern.kpis.find((k) => k.metric === 'referrals_total')!.series.at(-1)!.value).toBe(46);
		expect((await json()).kpis.find((k) => k.metric === 'referrals_total')!.series.every((s) => s.value === null)).toBe(true);
		expect(new Set(intern.network.picture.lines.map((l) => l.width)).size).toBeGreaterThan(1);
		const w1 = await json('--wijk', 'W1', '--min-cell', '5');
		expect(w1).toMatchObject({ scope: 'W1', min_cell: 5 });
		expect(w1.wijken.map((w) => w.wijk_id)).toEqual(['W1']);
		// k = 5: W1's meeting (1) and partners reached (3) are still small, its 2 active partners a share of n < 5.
		expect(Object.fromEntries(w1.kpis.map((k) => [k.metric, k.shown]))).toMatchObject({ referrals_total: '25', meetings_total: '<5', partners_reached: '<5', active_partners_share: 'n<5' });
	});
	it('hides in a wijk\'s report what the region\'s report hides, so that a batch holding both gives nothing back', async () => {
		// W4's 20 referrals are hidden (secondary) in the region's table to shield W2's 1: W4's own report must not show them,
		// nor anything equal to them (its flows' total, the quarter's referrals beside feedback, "0 van 20").
		const w4 = await json('--wijk', 'W4');
		const referrals = w4.kpis.find((k) => k.metric === 'referrals_total')!;
		expect([referrals.shown, referrals.hidden, referrals.value]).toEqual(['<10', 'secondary', undefined]);
		expect(w4.wijken[0].cells.referrals_total).toEqual({ shown: '<10', hidden: 'secondary' });
		expect(w4.kpis.find((k) => k.metric === 'feedback_rate')).toMatchObject({ shown: '<10', hidden: 'secondary', fraction_shown: null });
		expect(w4.flows.total).toEqual({ shown: '<10', hidden: 'secondary' });
		expect(w4.flows.feedback.at(-1)!.referrals).toEqual({ shown: '<10', hidden: 'secondary' });
		expect(JSON.stringify({ kpis: w4.kpis.map((k) => [k.shown, k.value, k.fraction_shown, k.series]), flows: w4.flows, wijken: w4.wijken })).not.toMatch(/\b20\b/);
		// Its internal report shows them.
		expect((await json('--wijk', 'W4', '--intern')).kpis.find((k) => k.metric === 'referrals_total')!.shown).toBe('20');
	});
	it('draws the network where its structure puts it, not its counts: one count more moves no partner', async () => {
		const folder = compareRegionFolder();
		const file = await out('a.json');
		expect((await reportCli('--data', folder, '--period', '2024-Q4', '--out', file)).code).toBe(0);
		const referrals = join(folder, 'referrals.csv');
		writeFileSync(referrals, readFileSync(referrals, 'utf8').replace('r2,2024-11-01,H1,GM,10,0', 'r2,2024-11-01,H1,GM,11,0'));
		const other = await out('b.json');
		expect((await reportCli('--data', folder, '--period', '2024-Q4', '--out', other)).code).toBe(0);
		const circles = (f: string) => (JSON.parse(readFileSync(f, 'utf8')) as ReportModel).network.picture.circles.map((c) => [c.id, c.x, c.y]);
		expect(circles(other)).toEqual(circles(file));
		expect(JSON.parse(readFileSync(other, 'utf8')).kpis.find((k: { metric: string }) => k.metric === 'referrals_total').shown).toBe('47');
	});
	it('writes the same shown values to Excel, and never a hidden one', async () => {
		const file = await out('r.xlsx');
		expect((await reportCli('--data', compareRegionFolder(), '--period', '2024-Q4', '--out', file)).code).toBe(0);
		const sheets = await readXlsxFile(readFileSync(file));
		const kpiSheet = sheets.find((s) => s.sheet === 'Kengetallen')!.data;
		expect(kpiSheet.slice(1).map((row) => row[1])).toEqual(Object.values(kpis));
		const wijkSheet = sheets.find((s) => s.sheet === 'Wijken')!.data;
		const w4 = wijkSheet.find((row) => row[0] === 'West')!;
		expect(w4[1 + metricIds.indexOf('referrals_total')]).toBe('<10');
		expect(sheets.flatMap((s) => s.data.flat()).some((v) => v === 20 || v === '20')).toBe(false);
	});
	it('refuses bad arguments with exit status 2 and a Dutch reason', async () => {
		const bad = async (...args: string[]) => reportCli('--data', compareRegionFolder(), ...args);
		for (const [args, reason] of [
			[['--period', '2024-Q4', '--out', 'x.doc'], /\.pdf, \.json of \.xlsx/],
			[['--period', '2024-Q4', '--out', 'x.json', '--min-cell', '4'], /5 tot en met 20/],
			[['--period', '2024-Q4', '--out', 'x.json', '--min-cell', '0x0a'], /niet "0x0a"/],
			[['--period', '2024-Q4', '--out', 'x.xlsx', '--format', 'json'], /--format hoort bij --all-wijken/],
			[['--period', '2031-Q1', '--out', 'x.json'], /zit niet in de gegevens/],
			[['--period', '2024-Q4', '--wijk', 'W9', '--out', 'x.json'], /Onbekende wijk/],
			[['--period', '2024-Q4'], /--out/]
		] as const) {
			const run = await bad(...args);
			expect(run.code, args.join(' ')).toBe(2);
			expect(run.stderr).toMatch(reason);
		}
		expect((await reportCli('--data', '/nonexistent', '--period', '2024-Q4', '--out', 'x.json')).code).toBe(1);
	});
});
