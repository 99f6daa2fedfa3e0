import { beforeAll, describe, expect, it } from 'vitest';
import { graphHere } from '../graph/graph-work';
import { read } from '../import/test-db';
import { demoFiles, DEMO_QUARTERS, useDemoDb } from '../metrics/test-demo';
import { loadComparison } from '../metrics/compare';
import { metricSeries } from '../metrics/series';
import { dataView } from './data';
import { flowsView } from './flows';
import { networkView } from './network';
import { overviewView } from './overview';
import { wijkenView } from './wijken';
import { loadView, type Loaded } from './view';

const loaded: Loaded = { quarters: DEMO_QUARTERS, wijkIds: ['W01', 'W05', 'W07'] };
const views = { overviewView, flowsView, networkView, wijkenView, dataView };

describe('every view\'s link', () => {
	it.each(Object.entries(views))('%s: an empty link is its defaults, and its defaults write an empty link', (_, view) => {
		const settings = view.read(new URLSearchParams(), loaded);
		expect(settings).toMatchObject({ period: '2024-Q4', wijk: null });
		expect(view.write(settings as never, loaded).toString()).toBe('');
	});
	it.each(Object.entries(views))('%s: period and scope round-trip, unknown ones fall back', (_, view) => {
		const settings = view.read(new URLSearchParams('period=2023-Q2&wijk=W05'), loaded);
		expect(settings).toMatchObject({ period: '2023-Q2', wijk: 'W05' });
		expect(view.read(view.write(settings as never, loaded), loaded)).toEqual(settings);
		expect(view.read(new URLSearchParams('period=2031-Q1&wijk=W99'), loaded)).toMatchObject({ period: '2024-Q4', wijk: null });
	});
	it('data: the previewed table round-trips; an unknown one is no preview', () => {
		const settings = dataView.read(new URLSearchParams('tabel=partners'), loaded);
		expect(settings.preview).toBe('partners');
		expect(dataView.write(settings, loaded).toString()).toBe('tabel=partners');
		expect(dataView.read(new URLSearchParams('tabel=__proto__'), loaded).preview).toBeNull();
	});
});

describe('every view loads in Node as in the browser', () => {
	const db = useDemoDb();
	beforeAll(() => expect(demoFiles().length).toBe(9));
	const at = <S>(view: { read: (s: URLSearchParams, l: Loaded) => S }, search: string) => view.read(new URLSearchParams(search), loaded);

	it('overview: the series are metricSeries, and the gaps name their partners', async () => {
		const data = await loadView(overviewView, read(db()), at(overviewView, 'wijk=W07') as never, loaded, graphHere);
		expect(data.series.series).toEqual(await metricSeries(read(db()), { wijk: 'W07' }, DEMO_QUARTERS));
		expect(data.gaps.gaps.length).toBeGreaterThan(0);
		expect(data.gaps.names.get('P074')).toBe('Huisartsenpraktijk Eikenlaan');
	});
	it('flows and network: their totals and graph', async () => {
		const flows = await loadView(flowsView, read(db()), at(flowsView, '') as never, loaded, graphHere);
		const [total] = (await metricSeries(read(db()), { wijk: null }, ['2024-Q4'])).referrals_total;
		expect(flows.flows.chart.reduce((sum, f) => sum + f.count, 0)).toBe(total);
		expect(flows.bars.length).toBeGreaterThan(0);
		const network = await loadView(networkView, read(db()), at(networkView, 'partner=P074') as never, loaded, graphHere);
		expect(network.graph.rows.nodes.length).toBe(Object.keys(network.graph.positions).length);
		expect(network.partner?.partner?.name).toBe('Huisartsenpraktijk Eikenlaan');
	});
	it('wijken: every wijk of the period, each with its own metrics', async () => {
		const data = await loadView(wijkenView, read(db()), at(wijkenView, 'period=2024-Q3&per=1000') as never, loaded, graphHere);
		const compare = data.compare.byPeriod.get('2024-Q3')!;
		expect(compare).toEqual(await loadComparison(read(db()), '2024-Q3'));
		expect(compare.wijken.map((w) => w.wijk_id)).toEqual(['W01', 'W02', 'W03', 'W04', 'W05', 'W06', 'W07', 'W08']);
		const w07 = await metricSeries(read(db()), { wijk: 'W07' }, DEMO_QUARTERS);
		expect(data.compare.history.results.get('W07')!.series).toEqual(w07);
		expect(compare.wijken[6].metrics).toEqual(Object.fromEntries(Object.entries(w07).map(([id, v]) => [id, v[6]])));
		expect(data.region.series).toEqual(await metricSeries(read(db()), { wijk: null }, DEMO_QUARTERS));
	});
	it('wijken: the network per wijk stops between wijken once its signal aborts (another period was chosen)', async () => {
		const settings = at(wijkenView, 'period=2024-Q3') as never;
		const controller = new AbortController();
		let graphs = 0;
		const counting = { ...graphHere, figures: (...args: Parameters<typeof graphHere.figures>) => (graphs++ === 1 && controller.abort(), graphHere.figures(...args)) };
		const health = wijkenView.parts.health.load({ db: read(db()), settings, loaded, graph: counting, previous: null, signal: controller.signal });
		await expect(health).rejects.toThrow(/abort/i);
		expect(graphs).toBeLessThan(loaded.wijkIds.length * 2);
	});
	it('data: a table\'s first rows', async () => {
		const data = await loadView(dataView, read(db()), at(dataView, 'tabel=wijken') as never, loaded, graphHere);
		expect(data.preview?.rows).toHaveLength(8);
	});
	it('a view cannot write: its reader refuses', async () => {
		await expect(read(db()).query('DELETE FROM partners')).rejects.toThrow(/Alleen lezen/);
	});
});
