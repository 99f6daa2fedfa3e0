import { readFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { chartInk } from '../../src/lib/charts/palette';
import { flowRows } from '../../src/lib/queries/flows';
import { metricSeries } from '../../src/lib/metrics/series';
import { withDemo } from './demo-in-node';
import { expect, openReady, test } from './fixtures';

/** Sum of a numeric attribute over the elements drawn. */
const drawn = (page: Page, selector: string, attribute: string) =>
	page.locator(selector).evaluateAll((els, a) => els.reduce((sum, el) => sum + Number(el.getAttribute(a)), 0), attribute);

/** The four places the flows view states its total: the figures line, the sankey's bands, the matrix's cells and the table. */
async function expectTotal(page: Page, total: number) {
	await expect(page.locator('.figures')).toHaveAttribute('data-total', String(total), { timeout: 30_000 });
	expect(await drawn(page, 'svg.sankey path[data-value]', 'data-value')).toBe(total);
	expect(await drawn(page, 'svg.flow-matrix rect[data-cell]', 'data-count')).toBe(total);
	await expect(page.locator('.flow-table')).toHaveAttribute('data-total', String(total));
}

/** A colour as `rgb(r, g, b)`, whether written #rrggbb or as the browser computes it. */
const rgb = (colour: string | null) => {
	const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour ?? '');
	return hex ? `rgb(${hex.slice(1).map((h) => parseInt(h, 16)).join(', ')})` : colour;
};

test('the sankey carries referrals_total for several scopes, periods and a range, and the matrix and table agree', async ({ page }) => {
	const cases = [[null, '2024-Q4'], ['W06', '2023-Q2'], ['W08', '2024-Q1']] as const;
	const expected = await withDemo(async (db) => {
		const out = [];
		for (const [wijk, period] of cases) out.push((await metricSeries(db, { wijk }, [period])).referrals_total[0]!);
		const year = (await metricSeries(db, { wijk: null }, ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'])).referrals_total;
		return { out, year: year.reduce<number>((s, v) => s + v!, 0) };
	});
	for (const [i, [wijk, period]] of cases.entries()) {
		await openReady(page, `/verwijzingen?period=${period}${wijk ? `&wijk=${wijk}` : ''}`);
		await expectTotal(page, expected.out[i]);
	}
	await openReady(page, '/verwijzingen?period=2024-Q4');
	await page.getByLabel('Vanaf kwartaal').selectOption('2024-Q1');
	await expect(page).toHaveURL(/first=2024-Q1/);
	await expectTotal(page, expected.year);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verwijzingen 2024-Q1 t/m 2024-Q4: hele regio');

	// Organisations of the whole region: the charts keep the 29 largest on each side plus "others", and the total.
	await openReady(page, '/verwijzingen?period=2024-Q4&from=partner&to=partner');
	await expectTotal(page, expected.out[0]);
	await expect(page.locator('svg.sankey rect')).toHaveCount(60);
	await expect(page.locator('[data-chart="sankey"]')).toContainText('de 29 grootste verwijzers en ontvangers');
});

test('filtering by reason gives the total of those reasons, and the link keeps the filter', async ({ page }) => {
	const [schulden, both] = await withDemo(async (db) => {
		const q = { scope: { wijk: null }, first: '2024-Q4', last: '2024-Q4', from: 'type', to: 'type' } as const;
		const sum = async (reasons: string[]) => (await flowRows(db, { ...q, reasons })).reduce((s, f) => s + f.count, 0);
		return [await sum(['schulden']), await sum(['schulden', 'eenzaamheid'])];
	});
	expect(schulden).toBeGreaterThan(0);
	await openReady(page, '/verwijzingen?period=2024-Q4');
	await page.getByText(/^Reden \(12 van 12\)/).click();
	await page.getByLabel('Alle redenen').uncheck();
	await page.locator('[data-reason="schulden"] input').check();
	await expect(page).toHaveURL(/reason=schulden$/);
	await expectTotal(page, schulden);
	await page.locator('[data-reason="eenzaamheid"] input').check();
	await expectTotal(page, both);
	await page.reload();
	await expectTotal(page, both);
	await expect(page.getByText(/^Reden \(2 van 12\)/)).toBeVisible();

	// Splitting the bars by reason redraws only them: the switch keeps the focus, the sankey stays.
	const byReason = page.getByLabel('reden', { exact: true });
	await byReason.check();
	await expect(page.locator('[data-chart="per-quarter"] .legend li')).toHaveText(['schulden', 'eenzaamheid']);
	await expect(byReason).toBeFocused();
	expect(await drawn(page, 'svg.sankey path[data-value]', 'data-value')).toBe(both);

	// The one-way pair is defined over all reasons, so its link drops the filter.
	await page.locator('[data-pair="P074→P078"]').getByRole('link').click();
	await expect(page).toHaveURL(/from=partner/);
	await expect(page).not.toHaveURL(/reason=/);
	await expect(page.locator('tr[data-flow="P074→P078"]')).toHaveAttribute('data-count', '10', { timeout: 30_000 });
});

test('the one-way pair of the demo is listed, has its own dashed band, matrix cell and table row', async ({ page }) => {
	await openReady(page, '/verwijzingen?period=2024-Q4');
	const pair = page.locator('[data-pair="P074→P078"]');
	await expect(pair).toHaveAttribute('data-count', '10', { timeout: 30_000 });
	await expect(page.locator('[data-one-way-pairs]')).toHaveAttribute('data-one-way-pairs', '1');
	await pair.getByRole('link', { name: 'Toon in de stromen' }).click();
	await expect(page).toHaveURL(/wijk=W06/);
	await expect(page).toHaveURL(/first=2024-Q1/);
	await expect(page.locator('svg.sankey [data-one-way="P074→P078"]')).toHaveCount(1, { timeout: 30_000 });
	await expect(page.locator('svg.flow-matrix [data-cell="P074→P078"]')).toHaveAttribute('data-count', '10');
	const row = page.locator('tr[data-flow="P074→P078"]');
	await expect(row).toHaveAttribute('data-count', '10');
	await expect(row).toContainText('geen terugkoppeling');

	// Every band is a matrix cell and a table row with the same count.
	const bands = await page.locator('svg.sankey path[data-value]').count();
	await expect(page.locator('svg.flow-matrix rect[data-cell]')).toHaveCount(bands);
	const rows = await page.locator('.flow-table tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-flow'), tr.getAttribute('data-count')]));
	expect(rows.length).toBe(Math.min(bands, 100));
	for (const [flow, count] of rows) {
		const [from, to] = flow!.split('→');
		await expect(page.locator(`svg.sankey path[data-from="${from}"][data-to="${to}"]`)).toHaveAttribute('data-value', count!);
		await expect(page.locator(`svg.flow-matrix [data-cell="${flow}"]`)).toHaveAttribute('data-count', count!);
	}
});

test('every chart exports a valid SVG and PNG with its caption, and the table a CSV that Excel cannot run', async ({ page }) => {
	await openReady(page, '/data');
	const partners = 'partner_id;naam;soort;wijk\r\nX900;=HYPERLINK("http://voorbeeld.invalid","klik");huisartsenpraktijk;W01\r\nX901;@Loket & <Oost>\u00a0W;welzijn;W01\r\n';
	const referrals = 'datum;van;naar;aantal\r\n2024-11-05;X900;X901;3\r\n';
	await page.locator('input[type=file]').setInputFiles([
		{ name: 'partners.csv', mimeType: 'text/csv', buffer: Buffer.from(partners) },
		{ name: 'verwijzingen.csv', mimeType: 'text/csv', buffer: Buffer.from(referrals) }
	]);
	await expect(page.getByRole('status')).toHaveText('3 rijen geladen, 0 afgekeurd.');
	await expect(page.locator('[data-saving]')).toHaveAttribute('data-saving', 'false');
	await openReady(page, '/verwijzingen?period=2024-Q4&wijk=W01&from=partner&to=partner');
	await expect(page.locator('tr[data-flow="X900→X901"]')).toHaveAttribute('data-count', '3', { timeout: 30_000 });

	for (const chart of ['sankey', 'per-quarter', 'feedback', 'matrix']) {
		const frame = page.locator(`[data-chart="${chart}"]`);
		const [svgDownload] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Exporteer als SVG' }).click()]);
		const svg = await readFile(await svgDownload.path(), 'utf8');
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			return { error: doc.querySelector('parsererror')?.textContent ?? null, texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
				fills: [...doc.querySelectorAll('rect, circle')].map((e) => e.getAttribute('fill')) };
		}, svg);
		expect(parsed.error, chart).toBeNull();
		// Styles from CSS classes (LayerChart's axes and bars) are written into the picture as attributes.
		expect(svg, chart).not.toMatch(/\sclass=|\sstyle=|oklab|color-mix|var\(--/);
		if (chart === 'per-quarter') {
			// Every bar in the picture has a colour of the legend: no bar fell back to LayerChart's black.
			const legend = await frame.locator('.legend li span').evaluateAll((spans) => spans.map((s) => getComputedStyle(s).backgroundColor));
			const bars = parsed.fills.map(rgb).filter((fill) => fill !== rgb(chartInk.paper));
			expect(bars.length, chart).toBeGreaterThan(0);
			for (const fill of bars) expect(legend, chart).toContain(fill);
		}
		if (chart === 'feedback') expect(parsed.texts, chart).toEqual(expect.arrayContaining(['0%', '50%', '100%']));
		// The chart itself is in the picture, names with XML's special characters and a no-break space included.
		if (chart === 'sankey' || chart === 'matrix') expect(parsed.texts.some((t) => t.startsWith('@Loket & <Oost>\u00a0W')), chart).toBe(true);
		else expect(parsed.texts, chart).toContain('2024-Q4');
		expect(parsed.texts.filter((t) => t.startsWith('Bron:')), chart).toEqual([expect.stringMatching(/^Bron: eigen exportbestanden, verwerkt met Wijkradar/)]);
		const [pngDownload] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Exporteer als PNG' }).click()]);
		const png = await readFile(await pngDownload.path());
		expect([...png.subarray(0, 8)], chart).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	}

	const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteer als CSV' }).click()]);
	const csv = await readFile(await csvDownload.path(), 'utf8');
	expect(csv.startsWith('\uFEFFVerwijzer;Ontvanger;Domein ontvanger;Verwijzingen;Teruggekoppeld;Terugkoppeling\r\n')).toBe(true);
	const line = csv.split('\r\n').find((l) => l.includes('HYPERLINK'))!;
	expect(line).toBe(`"'=HYPERLINK(""http://voorbeeld.invalid"",""klik"")";"'@Loket & <Oost>\u00a0W";sociaal domein;3;0;0%`);
});

test('a period change loads the flows again but not the bars over time, which hold every quarter and show the eight up to the period', async ({ page }) => {
	await openReady(page, '/verwijzingen?period=2024-Q4');
	const loads = (part: string) => page.evaluate((name) => performance.getEntriesByName(name).length, `wijkradar:part:/verwijzingen:${part}`);
	const before = { flows: await loads('flows'), bars: await loads('bars'), feedback: await loads('feedback') };
	await page.locator('header select').first().selectOption('2024-Q2');
	await expect(page.locator('.figures')).toHaveAttribute('data-shown', '2024-Q2|2024-Q2|type|type', { timeout: 30_000 });
	const rows = page.locator('[data-chart="per-quarter"] table tbody tr');
	await expect(rows.last().locator('th, td').first()).toHaveText('2024-Q2');
	const table = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim())));
	const quarters = table.map((r) => r[0]);
	const totals = await withDemo(async (db) => (await metricSeries(db, { wijk: null }, quarters)).referrals_total);
	expect(table.map((r) => Number(r.at(-1)!.replace(/\./g, '')))).toEqual(totals);
	expect(quarters.length).toBeLessThanOrEqual(8);
	expect(await loads('flows')).toBe(before.flows + 1);
	expect({ bars: await loads('bars'), feedback: await loads('feedback') }).toEqual({ bars: before.bars, feedback: before.feedback });
});
