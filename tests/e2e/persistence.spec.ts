import { expect, openProfile, openReady, reloadReady, test } from './fixtures';

test('loaded data survives closing and restarting the browser', async ({ baseURL }, testInfo) => {

	let { browser, page } = await openProfile(testInfo, baseURL);
	await openReady(page, '/data');
	await page.locator('input[type=file]').setInputFiles({ name: 'gebieden.csv', mimeType: 'text/csv', buffer: Buffer.from('wijkcode;naam;aantal patiënten\nQ1;Kwartier;15.234\n') });
	await expect(page.getByRole('status')).toHaveText('1 rij geladen, 0 afgekeurd.');
	await expect(page.locator('[data-saving]')).toHaveAttribute('data-saving', 'false');
	await browser.close();

	({ browser, page } = await openProfile(testInfo, baseURL));
	await openReady(page, '/data');
	await expect(page.locator('tr[data-table="wijken"]')).toHaveAttribute('data-rows', '1');
	await expect(page.locator('[data-source]')).toHaveAttribute('data-source', 'user');
	expect(await page.evaluate(() => window.wijkradar!.query('SELECT wijk_id, name, patients FROM wijken'))).toEqual([
		{ wijk_id: 'Q1', name: 'Kwartier', patients: 15234 }
	]);
	await browser.close();
});

test('a table stored in several parts comes back whole and in order after a reload', async ({ page }) => {
	const rows = 120_001; // three parts of at most 50,000 rows
	const csv = ['partner_id,name,type', ...Array.from({ length: rows }, (_, i) => `P${i},Organisatie ${i},welzijn`)].join('\n');
	await openReady(page, '/data');
	await page.locator('input[type=file]').setInputFiles({ name: 'partners.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	await expect(page.getByRole('status')).toHaveText('120.001 rijen geladen, 0 afgekeurd.');
	await expect(page.locator('[data-saving]')).toHaveAttribute('data-saving', 'false');
	const fingerprint = () => page.evaluate(() => window.wijkradar!.query(
		'SELECT count(*) AS n, sum(hash(partner_id, name))::VARCHAR AS h, string_agg(partner_id, \',\' ORDER BY rowid)[1:20] AS first FROM partners'));
	const before = await fingerprint();
	await reloadReady(page);
	expect(await fingerprint()).toEqual(before);
	expect(before[0].n).toBe(rows);
});

test('stored data that cannot be read is reported, the demo shown, and the stored data kept', async ({ page }) => {
	await openReady(page, '/');
	await page.evaluate(async () => {
		const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('wijkradar-v2', { create: true });
		const writable = await (await dir.getFileHandle('current.json', { create: true })).createWritable();
		await writable.write(JSON.stringify({ source: 'user', generation: 'gen-missing', rows: { wijken: 3 } }));
		await writable.close();
	});
	await reloadReady(page);
	await expect(page.getByRole('alert')).toContainText('konden niet worden gelezen (de opgeslagen tabellen ontbreken)');
	await expect(page.getByRole('note')).toContainText('Demodata');
	const kept = await page.evaluate(async () => {
		const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('wijkradar-v2');
		return (await (await dir.getFileHandle('current.json')).getFile()).text();
	});
	expect(JSON.parse(kept).generation).toBe('gen-missing');
});
