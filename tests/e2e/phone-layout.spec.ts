import { type Page } from '@playwright/test';
import { expect, openReady, test } from './fixtures';

test.use({ viewport: { width: 390, height: 844 } });

/** Each route with what shows that its content is drawn, and what a user opens there. */
const routes: [string, (page: Page) => Promise<void>][] = [
	['/', async (page) => {
		await expect(page.locator('[data-metric]')).toHaveCount(11);
		await expect(page.locator('.gap-group').first()).toBeVisible({ timeout: 30_000 });
	}],
	['/netwerk', async (page) => {
		await expect(page.locator('.node-table tbody tr').first()).toBeVisible({ timeout: 30_000 });
	}],
	['/verwijzingen', async (page) => {
		await expect(page.locator('.flow-table tbody tr').first()).toBeVisible({ timeout: 30_000 });
		await expect(page.locator('svg.flow-matrix')).toBeVisible();
	}],
	['/verwijzingen?from=partner&to=partner', async (page) => {
		await expect(page.locator('.flow-table tbody tr').first()).toBeVisible({ timeout: 30_000 });
	}],
	['/data', async (page) => {
		await expect(page.locator('[data-table="partners"]')).toHaveAttribute('data-rows', /^[1-9]/);
		await page.locator('[data-table="partners"]').getByRole('button', { name: 'Bekijken' }).click();
		await expect(page.locator('.preview tbody tr').first()).toBeVisible();
		for (const summary of await page.locator('.contract summary').all()) await summary.click();
	}],
	['/wijken', async () => {}],
	['/rapport', async (page) => {
		await expect(page.locator('.report table.kpis')).toBeVisible({ timeout: 30_000 });
	}],
	['/notebooks', async () => {}],
	// An open notebook: its editors, wide result tables and chart.
	['/notebooks?nb=banden-rond-bijeenkomsten', async (page) => {
		await expect(page.locator('.notebook[data-state=done] [data-chart] svg.lc-layout-svg')).toBeVisible({ timeout: 30_000 });
	}]
];

for (const [path, drawn] of routes) {
	test(`${path} does not scroll sideways on a phone; wide tables scroll on their own`, async ({ page }) => {
		await openReady(page, path);
		await drawn(page);
		const { scrollWidth, clientWidth } = await page.evaluate(() => {
			const root = document.scrollingElement!;
			return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
		});
		expect(scrollWidth, `${path}: page width`).toBeLessThanOrEqual(clientWidth);
	});
}

test('the import report does not make /data scroll sideways either', async ({ page }) => {
	await openReady(page, '/data');
	const partners = 'partner_id;naam;soort;wijk\r\nX900;Huisartsenpraktijk Met Een Bijzonder Lange Naam Aan De Rand Van De Stad;huisartsenpraktijk;W01\r\n;Zonder sleutel;welzijn;W01\r\n';
	await page.locator('input[type=file]').setInputFiles([{ name: 'sociale kaart met een lange bestandsnaam erbij.csv', mimeType: 'text/csv', buffer: Buffer.from(partners) }]);
	await expect(page.locator('table.rejected tbody tr')).toHaveCount(1, { timeout: 30_000 });
	const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, clientWidth: document.scrollingElement!.clientWidth }));
	expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
});
