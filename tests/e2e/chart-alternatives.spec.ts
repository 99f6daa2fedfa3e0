import { type Page } from '@playwright/test';
import { expect, openReady, test } from './fixtures';

/** Every route that draws charts, with how many it draws on the demo at least (so an empty page cannot pass). */
const ROUTES: [route: string, charts: number][] = [
	['/', 11],
	['/netwerk', 1],
	['/verwijzingen', 4],
	['/wijken', 3],
	['/rapport', 4],
	['/notebooks?nb=verwijzingen-per-1000', 1]
];

interface ChartFound {
	chart: string;
	title: string;
	description: string;
	/** Body rows of the table its aria-details names, each row's cells joined. */
	rows: string[];
}

/** Each chart on the page (a picture or the network's map, not a decoration) with its title, description and table. */
function chartsOf(page: Page): Promise<ChartFound[]> {
	return page.evaluate(() => {
		const charts = [...document.querySelectorAll('main figure.chart-frame, main [role="img"]:not([aria-hidden="true"]):not(figure.chart-frame *)')];
		return charts.map((chart) => {
			const frame = chart.closest('figure.chart-frame');
			const title = frame?.querySelector('figcaption h2')?.textContent ?? frame?.getAttribute('aria-label') ?? chart.getAttribute('aria-label') ?? '';
			// A frame's subtitle, or what a picture says of itself; the network's frame has the page's own heading and intro.
			const description = frame?.querySelector('figcaption p')?.textContent ?? frame?.querySelector('[role="img"], [role="application"]')?.getAttribute('aria-label') ??
				chart.getAttribute('aria-label') ?? '';
			const table = document.getElementById(chart.closest('[aria-details]')?.getAttribute('aria-details') ?? '');
			const rows = [...(table?.matches('table') ? [table] : [...(table?.querySelectorAll('table') ?? [])])]
				.flatMap((t) => [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent?.trim() ?? '').join(' | ')));
			const name = frame?.getAttribute('data-chart') ?? chart.className.toString().split(' ')[0];
			return { chart: name, title: title.trim(), description: description.trim(), rows };
		});
	});
}

for (const [route, least] of ROUTES) {
	test(`every chart on ${route} has a title, a description and its numbers as a table`, async ({ page }) => {
		await openReady(page, route);
		await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 30_000 }).catch(() => {});
		await expect.poll(async () => (await chartsOf(page)).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(least);
		const charts = await chartsOf(page);
		const lacking = charts.filter((c) => !c.title || !c.description || !c.rows.length || c.rows.every((r) => !r.replace(/[|\s–]/g, '')));
		expect(lacking, charts.map((c) => `${c.chart}: ${c.rows.length} rows`).join(', ')).toEqual([]);
	});
}

test('a chart\'s own table opens from under it and holds its numbers', async ({ page }) => {
	await openReady(page, '/verwijzingen');
	const frame = page.locator('[data-chart="per-quarter"]');
	await expect(frame.locator('[role="img"]')).toBeVisible({ timeout: 30_000 });
	const table = frame.locator('details.alternative table');
	await expect(table).toBeHidden();
	await frame.getByText('Bekijk als tabel').click();
	await expect(table).toBeVisible();
	// Eight quarters, each with its total in the last column.
	await expect(table.locator('tbody tr')).toHaveCount(8);
	await expect(table.locator('tbody tr').first().locator('th')).toHaveText(/^\d{4}-Q[1-4]$/);
	await expect(table.locator('tbody tr').first().locator('td').last()).toHaveText(/^\d[\d.]*$/);

	// A chart whose numbers already stand in a table on the page points to it.
	const sankey = page.locator('[data-chart="sankey"]');
	await expect(sankey).toHaveAttribute('aria-details', 'flow-table');
	await sankey.getByRole('link', { name: /tabel hieronder/ }).click();
	await expect(page).toHaveURL(/#flow-table$/);
});
