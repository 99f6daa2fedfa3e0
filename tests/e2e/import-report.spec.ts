import { readFile } from 'node:fs/promises';
import { expect, openReady, test } from './fixtures';

test('the screen shows the first rejected rows with the total, the downloaded report every one of them', async ({ page }) => {
	await openReady(page, '/data');
	const rows = Array.from({ length: 10_500 }, (_, i) => `X${i};Zonder type ${i};`).join('\r\n');
	const csv = `partner_id;naam;soort\r\nX;Met type;welzijn\r\n${rows}\r\n`;
	await page.locator('input[type=file]').setInputFiles({ name: 'Sociale kaart groot.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	await expect(page.getByRole('status')).toHaveText('1 rij geladen, 10.500 afgekeurd.');
	await expect(page.locator('table.rejected tbody tr')).toHaveCount(200);
	await expect(page.getByText('De eerste 200 van 10.500 afgekeurde rijen')).toBeVisible();

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Rapport downloaden (CSV)' }).click();
	const lines = (await readFile(await (await download).path(), 'utf8')).split('\r\n');
	expect(lines).toHaveLength(1 + 10_500 + 1);
	expect(lines[1]).toBe('Sociale kaart groot.csv;3;type;;verplichte waarde ontbreekt');
	expect(lines[10_500]).toBe('Sociale kaart groot.csv;10502;type;;verplichte waarde ontbreekt');
	expect(lines.at(-1)).toBe('');
});
