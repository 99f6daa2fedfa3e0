import { readFile } from 'node:fs/promises';
import { expect, openReady, reloadReady, test } from './fixtures';
import { asUploads, ownRegionFiles } from './own-region';

const partnersRows = (page: import('@playwright/test').Page) => page.locator('tr[data-table="partners"]');

/** Own data first: files are added only to the user's own data, never to the demo. */
async function loadOwnBase(page: import('@playwright/test').Page): Promise<void> {
	await page.locator('input[type=file]').setInputFiles(asUploads(ownRegionFiles()));
	await expect(page.getByRole('status')).toHaveText(/0 afgekeurd\.$/);
	await page.getByLabel('Toevoegen aan de huidige gegevens').check();
}

test('an upload is reported row by row, survives a reload and a new tab, and can be removed', async ({ page, context }) => {
	await openReady(page, '/data');
	await loadOwnBase(page);
	const before = Number(await partnersRows(page).getAttribute('data-rows'));
	const csv = 'partner_id;naam;soort;wijk;BSN\r\nX900;Buurthuis De Kroon;welzijn;W01;\r\nX901;Zonder type;;W01;\r\nX902;Kapper;kapper;W01;\r\n';
	await page.locator('input[type=file]').setInputFiles({ name: 'Sociale kaart extra.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	await expect(page.getByRole('status')).toHaveText('2 rijen geladen, 1 afgekeurd.');
	await expect(page.locator('tr[data-file="Sociale kaart extra.csv"] td').first()).toHaveText('Partners (sociale kaart)');
	const rejected = page.locator('table.rejected tbody tr');
	await expect(rejected).toHaveCount(1);
	await expect(rejected).toContainText('3');
	await expect(rejected).toContainText('verplichte waarde ontbreekt');
	await expect(page.locator('ul.warnings')).toContainText('"BSN"');
	await expect(page.locator('ul.warnings')).toContainText('Onbekende type "kapper"');
	await expect(partnersRows(page)).toHaveAttribute('data-rows', String(before + 2));

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Rapport downloaden (CSV)' }).click();
	const report = await readFile(await (await download).path(), 'utf8');
	expect(report).toBe('\uFEFFBestand;Regel;Kolom;Waarde;Reden\r\nSociale kaart extra.csv;3;type;;verplichte waarde ontbreekt\r\n');

	await expect(page.locator('[data-saving]')).toHaveAttribute('data-saving', 'false');
	await reloadReady(page);
	await expect(partnersRows(page)).toHaveAttribute('data-rows', String(before + 2));
	await expect(page.locator('[data-source]')).toHaveAttribute('data-source', 'user');

	const second = await context.newPage();
	await openReady(second, '/data');
	await expect(partnersRows(second)).toHaveAttribute('data-rows', String(before + 2));
	await second.close();

	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: 'Alle gegevens verwijderen' }).click();
	await expect(partnersRows(page)).toHaveAttribute('data-rows', '0');
	await expect(page.locator('[data-saving]')).toHaveAttribute('data-saving', 'false');
	await openReady(page, '/netwerk');
	await expect(page.getByRole('heading', { name: 'Nog geen gegevens' })).toBeVisible();
	await page.getByRole('button', { name: 'Terug naar de demoregio' }).click();
	await expect(page.getByRole('heading', { name: 'Netwerk' })).toBeVisible();
	await expect(page.getByRole('note')).toContainText('Demodata');
});

test('replacing the data keeps only the new files, and a refused file changes nothing', async ({ page }) => {
	await openReady(page, '/data');
	await loadOwnBase(page);
	await page.getByLabel('De huidige gegevens vervangen').check();
	await page.locator('input[type=file]').setInputFiles([
		{ name: 'wijken.csv', mimeType: 'text/csv', buffer: Buffer.from('wijkcode,naam\nZ1,Zuid\n') },
		{ name: 'plaatje.csv', mimeType: 'text/csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) }
	]);
	await expect(page.getByRole('status')).toHaveText('1 rij geladen, 0 afgekeurd.');
	await expect(page.locator('tr[data-file="plaatje.csv"]')).toContainText('Niet geladen');
	await expect(page.locator('tr[data-table="wijken"]')).toHaveAttribute('data-rows', '1');
	await expect(page.locator('tr[data-table="referrals"]')).toHaveAttribute('data-rows', '0');
	await expect(page.locator('[data-source]')).toHaveAttribute('data-source', 'user');
});

test('an Excel workbook is read sheet by sheet in the browser, each sheet matched to its table', async ({ page }) => {
	await openReady(page, '/data');
	await page.locator('input[type=file]').setInputFiles('tests/fixtures/workbooks/regio.xlsx');
	await expect(page.getByRole('status')).toContainText('rijen geladen');
	const sheets = page.locator('table.file-summary tbody tr');
	// The table each sheet went to, by its Dutch name.
	const matched = (sheet: string) => sheets.filter({ hasText: sheet }).locator('td').first();
	await expect(matched('regio.xlsx › Wijken')).toHaveText('Wijken');
	await expect(matched('regio.xlsx › Sociale kaart')).toHaveText('Partners (sociale kaart)');
	await expect(matched('regio.xlsx › Verwijzingen 2024')).toHaveText('Verwijzingen');
	const dates = await page.evaluate(() => window.wijkradar!.query('SELECT min(date) AS first FROM referrals'));
	expect(dates[0].first).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});
