import { chromium } from '@playwright/test';
import { expect, openReady, test } from './fixtures';

test('loaded data survives closing and restarting the browser', async ({ baseURL }, testInfo) => {
	const profile = testInfo.outputPath('profile');
	const launch = () => chromium.launchPersistentContext(profile, { ...testInfo.project.use.launchOptions, baseURL });

	let browser = await launch();
	let page = browser.pages()[0] ?? (await browser.newPage());
	await openReady(page, '/data');
	await page.getByLabel('De huidige gegevens vervangen').check();
	await page.locator('input[type=file]').setInputFiles({ name: 'gebieden.csv', mimeType: 'text/csv', buffer: Buffer.from('wijkcode;naam;aantal patiënten\nQ1;Kwartier;15.234\n') });
	await expect(page.getByRole('status')).toHaveText('1 rijen geladen, 0 afgekeurd.');
	await expect(page.locator('[data-saving]')).toHaveAttribute('data-saving', 'false');
	await browser.close();

	browser = await launch();
	page = browser.pages()[0] ?? (await browser.newPage());
	await openReady(page, '/data');
	await expect(page.locator('tr[data-table="wijken"]')).toHaveAttribute('data-rows', '1');
	await expect(page.locator('[data-source]')).toHaveAttribute('data-source', 'user');
	expect(await page.evaluate(() => window.wijkradar!.query('SELECT wijk_id, name, patients FROM wijken'))).toEqual([
		{ wijk_id: 'Q1', name: 'Kwartier', patients: 15234 }
	]);
	await browser.close();
});
