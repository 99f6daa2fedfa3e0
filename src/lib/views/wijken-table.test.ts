import { beforeAll, describe, expect, it } from 'vitest';
import { graphHere } from '../graph/graph-work';
import { networkFigures } from '../graph';
import { read } from '../import/test-db';
import { networkGraph } from '../metrics/network';
import { DEMO_QUARTERS, useDemoDb } from '../metrics/test-demo';
import { median } from '../stats/median';
import { loadView, type Loaded, type PartsData } from './view';
import { wijkenView } from './wijken';
import { funnelOf } from './wijken-funnel';
import { wijkenExport } from './wijken-export';
import { multiplesOf, wijkenTable } from './wijken-table';

const loaded: Loaded = { quarters: DEMO_QUARTERS, wijkIds: ['W01', 'W05', 'W07'] };

describe('the wijken view\'s table, funnel and network health on the demo', () => {
	const db = useDemoDb();
	let data: PartsData<typeof wijkenView.parts>;
	const settings = (search: string) => wijkenView.read(new URLSearchParams(search), loaded);
	beforeAll(async () => {
		data = await loadView(wijkenView, read(db()), settings('period=2024-Q1') as never, loaded, graphHere);
	});

	it('shows each wijk\'s counts per 1,000 patients when asked, the median of those, and sorts with nulls last', () => {
		const comparison = data.compare.byPeriod.get('2024-Q1')!;
		const table = wijkenTable(data.compare, data.region, settings('period=2024-Q1&per=1000&sort=referrals_total&desc=1'), '2024-Q1', 'regio', 'mediaan');
		for (const w of comparison.wijken) expect(table.lines.find((l) => l.id === w.wijk_id)!.cells.referrals_total.value).toBe(w.per_1000.referrals_total);
		expect(table.median.cells.referrals_total.value).toBe(median(comparison.wijken.map((w) => w.per_1000.referrals_total)));
		expect(table.median.cells.feedback_rate.value).toBe(comparison.median.feedback_rate);
		const values = table.lines.map((l) => l.cells.referrals_total.value!);
		expect(values).toEqual([...values].sort((a, b) => b - a));
		// Shares are never per patient, and a wijk's change is its own quarter on quarter.
		expect(table.lines[0].cells.feedback_rate.per1000).toBe(false);
		const plain = wijkenTable(data.compare, data.region, settings('period=2024-Q1'), '2024-Q1', 'regio', 'mediaan');
		const w07 = data.compare.history.results.get('W07')!.series.meetings_total;
		expect(plain.lines.find((l) => l.id === 'W07')!.cells.meetings_total.change).toBe(w07[4]! - w07[3]!);
		// The wijk column sorts by the names it shows.
		expect(plain.lines.map((l) => l.name)).toEqual(data.compare.history.wijken.map((w) => w.name).sort((a, b) => a.localeCompare(b, 'nl')));
		const multiples = multiplesOf(plain.lines, 'meetings_total');
		expect(multiples.panels.find((p) => p.id === 'W07')!.values).toEqual(w07.slice(0, 5));
	});

	it('exports the shown values, and per wijk and metric its numerator, denominator, target, met and change, with the caption', () => {
		const table = wijkenTable(data.compare, data.region, settings('period=2024-Q1'), '2024-Q1', 'regio', 'mediaan');
		const text = { id: 'code', name: 'wijk', metric: (id: string) => id, details: ['kengetal', 'waarde', 'teller', 'noemer', 'doel', 'gehaald', 'verandering'] as const,
			yes: 'ja', no: 'nee', caption: 'Bron: demo' };
		const exported = wijkenExport([...table.lines, table.median, table.region], { ...text, details: [...text.details] });
		expect(exported.csv.rows.at(-1)).toEqual(['Bron: demo']);
		expect(exported.csv.rows).toHaveLength(table.lines.length + 2 + 2);
		const [values, details, about] = exported.xlsx('Wijken', 'Details', 'Over');
		expect(about.rows).toEqual([['Bron: demo']]);
		expect(details.header).toEqual(['code', 'wijk', 'kengetal', 'waarde', 'teller', 'noemer', 'doel', 'gehaald', 'verandering']);
		expect(details.rows).toHaveLength((table.lines.length + 2) * 11);
		const w07 = table.lines.find((l) => l.id === 'W07')!;
		const column = values.header.indexOf('feedback_rate');
		expect(values.rows.find((r) => r[0] === 'W07')![column]).toEqual({ value: w07.cells.feedback_rate.value, format: '0.0%' });
		const feedback = details.rows.find((r) => r[0] === 'W07' && r[2] === 'feedback_rate')!;
		const cell = w07.cells.feedback_rate;
		expect(feedback.slice(3)).toEqual([{ value: cell.value, format: '0.0%' }, cell.fraction!.numerator, cell.fraction!.denominator,
			cell.target === null ? null : { value: cell.target, format: '0.0%' }, cell.met === null ? null : cell.met ? 'ja' : 'nee',
			cell.change === null ? null : { value: Math.round(cell.change * 1000) / 10, format: '0.0' }]);
		expect(cell.fraction!.denominator).toBeGreaterThan(0);
	});

	it('names Vlietpolder outside the funnel of referrals to the social domain, with limits around the pooled share', () => {
		const funnel = funnelOf(data.compare.byPeriod.get('2024-Q1')!, 'referrals_social_share');
		expect(funnel.outside.map((d) => [d.id, d.position])).toEqual([['W07', 'onder']]);
		for (const c of funnel.curve) {
			expect(c.lower998).toBeLessThanOrEqual(c.lower95);
			expect(c.lower95).toBeLessThanOrEqual(funnel.p0!);
			expect(c.upper95).toBeGreaterThanOrEqual(funnel.p0!);
			expect(c.upper998).toBeGreaterThanOrEqual(c.upper95);
		}
	});

	it('gives each wijk the figures of its own network, as Netwerk computes them', async () => {
		expect(data.health.map((h) => h.wijk_id)).toEqual(['W01', 'W05', 'W07']);
		const w07 = networkFigures(await networkGraph(read(db()), { wijk: 'W07' }, '2024-Q1'));
		expect(data.health[2].figures).toEqual(w07);
	});
});
