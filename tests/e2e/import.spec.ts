import { expect, openReady, test } from './fixtures';

test('a file loaded on /data is added, and its bad rows are reported with line and reason', async ({ page }) => {
	await openReady(page, '/data');
	const before = Number(await page.locator('tr[data-table="partners"]').getAttribute('data-rows'));
	const csv = 'partner_id,name,type,wijk_id\nX900,Buurthuis De Kroon,welzijn,W01\nX901,Zonder type,,W01\n';
	await page.locator('input[type=file]').setInputFiles({ name: 'Sociale kaart extra.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	await expect(page.getByRole('status')).toHaveText('1 rijen geladen, 1 afgekeurd.');
	const rejected = page.getByRole('row', { name: /Sociale kaart extra\.csv/ });
	await expect(rejected).toContainText('3');
	await expect(rejected).toContainText('verplichte waarde ontbreekt');
	await expect(page.locator('tr[data-table="partners"]')).toHaveAttribute('data-rows', String(before + 1));
});
