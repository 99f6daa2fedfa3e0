import { expect, openReady, test } from './fixtures';

const tables = ['wijken', 'coordinators', 'partners', 'meetings', 'attendance', 'referrals', 'contacts', 'actions', 'goals'];

test('the demo region loads to ready, from the app’s own origin only', async ({ page, watch }) => {
	await openReady(page, '/');
	await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
	await expect(page.getByRole('note')).toContainText('Demodata');
	// The engine is fetched by DuckDB's worker: seeing it proves worker requests are in the log.
	expect(watch.requests.some((url) => url.includes('duckdb-eh') && url.endsWith('.wasm'))).toBe(true);
	expect(watch.requests.some((url) => url.includes('duckdb-browser-eh.worker'))).toBe(true);
});

test('/data lists all nine tables with their row counts', async ({ page, watch }) => {
	await openReady(page, '/data');
	const rows = page.getByTestId('table-counts').locator('tbody tr');
	await expect(rows).toHaveCount(9);
	expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-table')))).toEqual(tables);
	for (const table of tables) {
		const count = Number(await page.locator(`tr[data-table="${table}"]`).getAttribute('data-rows'));
		expect(count, table).toBeGreaterThan(0);
	}
	expect(watch.foreign).toEqual([]);
});

test('every view of the shell opens, none of them a placeholder any more', async ({ page, watch }) => {
	// Wijken is built (issue 13): it opens on its comparison, not on the placeholder.
	await openReady(page, '/wijken');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wijken vergelijken 2024-Q4');
	await expect(page.getByText('Nog niet gebouwd')).toHaveCount(0);
	// So is Rapport (issue 14): it opens on the region's report of the latest quarter.
	await openReady(page, '/rapport');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kwartaalrapportage wijkcoördinatie');
	await expect(page.locator('.report[data-period="2024-Q4"][data-scope="region"]')).toBeVisible();
	await expect(page.getByText('Nog niet gebouwd')).toHaveCount(0);
	// And Notebooks (issue 15): it opens on its list, with the committed notebooks.
	await openReady(page, '/notebooks');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notebooks');
	await expect(page.getByRole('navigation', { name: 'Notebooks' }).getByRole('link')).toHaveCount(5);
	await expect(page.getByText('Nog niet gebouwd')).toHaveCount(0);
	expect(watch.consoleErrors).toEqual([]);
});

test('period and scope live in the URL, so every view is a shareable link', async ({ page }) => {
	await openReady(page, '/?period=2024-Q3&wijk=W01');
	await expect(page.getByLabel('Periode')).toHaveValue('2024-Q3');
	await expect(page.getByLabel('Gebied')).toHaveValue('W01');
	await page.getByLabel('Periode').selectOption('2024-Q1');
	await expect(page).toHaveURL(/period=2024-Q1&wijk=W01/);
	await page.getByRole('navigation').getByRole('link', { name: 'Netwerk' }).click();
	await expect(page).toHaveURL(/\/netwerk\?period=2024-Q1&wijk=W01$/);
	await page.getByLabel('Gebied').selectOption('');
	await expect(page).toHaveURL(/\/netwerk\?period=2024-Q1$/);
});
