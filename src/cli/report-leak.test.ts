import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { sankeyHeight, sankeyLayout } from '../lib/charts/flows/sankey-layout';
import { estimateText } from '../lib/charts/text-width';
import { openNodeConnector } from '../lib/db/node';
import { graphHere } from '../lib/graph/graph-work';
import { ensureSchema } from '../lib/import';
import { type WijkFlow } from '../lib/report/flow-shield';
import { reportModel } from '../lib/report/report-model';
import { reportWorkbook } from '../lib/report/report-workbook';
import { reportView, type ReportData, type ReportSettings } from '../lib/views/report';
import { loadView } from '../lib/views/view';
import { compareRegionFolder } from './compare.fixture.test-data';
import { readFolder } from './cli-io';
import { importAll } from './metrics-report';
import { loadedOf } from './report-data';

// Nothing hidden leaks: two batches that differ only in hidden counts give the same reports. Every export
// (page, PDF, SVG, workbook, JSON) is drawn from the model alone, so the same model, workbook and sankey
// geometry for both means no export can tell the hidden counts apart.

const period = '2024-Q4';
const scopes = [null, 'W1', 'W2', 'W3', 'W4'];
const senders = ['huisartsenpraktijk', 'ggz', 'wijkteam'];
const receivers = ['welzijn', 'wijkteam', 'schuldhulp'];
const base = new Map<string | null, ReportData>();
const settings = (wijk: string | null, minCell: number | null): ReportSettings & { period: string } =>
	({ period, wijk, audience: minCell === null ? 'intern' : 'extern', minCell: minCell ?? 10 });

beforeAll(async () => {
	const db = await openNodeConnector();
	await ensureSchema(db);
	const { reader } = await importAll(db, await readFolder(compareRegionFolder()));
	const loaded = await loadedOf(reader);
	for (const wijk of scopes) base.set(wijk, await loadView(reportView, reader, settings(wijk, 10), loaded, graphHere));
}, 60_000);

/** The fixture's report data with `cube` as the period's flows, and the referrals of the wijken table and the KPIs made to agree with it. */
function withFlows(data: ReportData, wijk: string | null, cube: WijkFlow[]): ReportData {
	const sum = (w: string | null | undefined) => cube.filter((f) => w === undefined || f.wijk_id === w).reduce((n, f) => n + f.count, 0);
	const at = data.scope.quarters.indexOf(period);
	const series = { ...data.scope.series, referrals_total: data.scope.series.referrals_total.map((v, i) => (i === at ? sum(wijk ?? undefined) : v)) };
	const region = data.region && { ...data.region, series: { ...data.region.series, referrals_total: [sum(undefined)] } };
	const wijken = { ...data.wijken, wijken: data.wijken.wijken.map((w) => ({ ...w, metrics: { ...w.metrics, referrals_total: sum(w.wijk_id) } })) };
	return { ...data, scope: { ...data.scope, series }, region, wijken, cube };
}

const count = fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 4, arbitrary: fc.integer({ min: 1, max: 19 }) }, { weight: 2, arbitrary: fc.integer({ min: 20, max: 60 }) });
/** A batch's flows, and a second one differing only in four small counts: +1 and −1 around a cycle of two wijken and two receivers, so every total stays. */
const twoBatches = fc.record({
	counts: fc.array(count, { minLength: scopes.length * 9, maxLength: scopes.length * 9 }),
	k: fc.integer({ min: 5, max: 20 }),
	s: fc.integer({ min: 0, max: 2 }),
	w: fc.uniqueArray(fc.integer({ min: 0, max: scopes.length - 1 }), { minLength: 2, maxLength: 2 }),
	r: fc.uniqueArray(fc.integer({ min: 0, max: 2 }), { minLength: 2, maxLength: 2 }),
	cycle: fc.array(fc.integer({ min: 2, max: 18 }), { minLength: 4, maxLength: 4 })
}).map(({ counts, k, s, w, r, cycle }) => {
	const at = (wi: number, si: number, ri: number) => (wi * 3 + si) * 3 + ri;
	const corners = [at(w[0], s, r[0]), at(w[0], s, r[1]), at(w[1], s, r[0]), at(w[1], s, r[1])];
	const a = [...counts], b = [...counts];
	corners.forEach((c, i) => { a[c] = Math.min(cycle[i], k - 2); b[c] = a[c] + (i === 0 || i === 3 ? 1 : -1); });
	const cube = (values: number[]) => scopes.flatMap((wijk, wi) => senders.flatMap((from, si) => receivers.map((to, ri): WijkFlow =>
		({ wijk_id: wijk, from_key: from, from_label: from, to_key: to, to_label: to, to_domain: 'sociaal', count: values[at(wi, si, ri)], feedback: 0 }))))
		// Largest first, as flowsPerWijk hands them out: an order that hidden counts decide must not reach the reports.
		.filter((f) => f.count > 0).sort((x, y) => y.count - x.count);
	return { k, a: cube(a), b: cube(b) };
});

const now = new Date('2025-01-15T12:00:00');
const exports = (data: ReportData, wijk: string | null, k: number | null) => {
	const model = reportModel(data, settings(wijk, k), 'user', now);
	const sankey = sankeyLayout(model.flows.sankey, 640, sankeyHeight(model.flows.sankey), new Set(), estimateText);
	return JSON.stringify({ model, workbook: reportWorkbook(model), sankey });
};

describe('the reports of a batch say nothing of their hidden counts', () => {
	it('are the same for two batches that differ only in hidden counts, in every report of the batch', () => {
		fc.assert(fc.property(twoBatches, ({ k, a, b }) => {
			for (const wijk of scopes) {
				const data = base.get(wijk)!;
				expect(exports(withFlows(data, wijk, b), wijk, k)).toBe(exports(withFlows(data, wijk, a), wijk, k));
			}
		}), { numRuns: Number(process.env.LEAK_RUNS ?? 200) });
	}, 300_000);

	it('differ internally, so that the test above looks at what the counts reach', () => {
		fc.assert(fc.property(twoBatches, ({ a, b }) => {
			const differs = scopes.some((wijk) => exports(withFlows(base.get(wijk)!, wijk, a), wijk, null) !== exports(withFlows(base.get(wijk)!, wijk, b), wijk, null));
			expect(differs).toBe(true);
		}), { numRuns: 50 });
	});
});
