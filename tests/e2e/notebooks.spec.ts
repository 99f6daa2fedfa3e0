import { readFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { expect, openReady, reloadReady, test } from './fixtures';

const cell = (page: Page, name: string) => page.locator(`.cell[data-cell="${name}"]`);
const done = (page: Page) => expect(page.locator('.notebook[data-state=done]')).toBeVisible({ timeout: 45_000 });
const download = async (page: Page, click: () => Promise<void>) => {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
};

/** Replaces a cell's SQL by typing, as a user would, and runs the notebook with Ctrl+Enter. */
async function rewrite(page: Page, name: string, sql: string) {
	const editor = cell(page, name).locator('.cm-content');
	await editor.click();
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.press('Delete');
	await page.keyboard.insertText(sql);
	await expect(cell(page, name).getByText('gewijzigd, nog niet uitgevoerd')).toBeVisible();
	await page.keyboard.press('ControlOrMeta+Enter');
	await done(page);
}

test('a notebook opens on the demo, a cell is changed and run again, and its results export', async ({ page }) => {
	await openReady(page, '/notebooks');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notebooks');
	await page.getByRole('link', { name: 'Verwijzingen per 1.000 patiënten per wijk' }).click();
	await expect(page).toHaveURL(/nb=verwijzingen-per-1000/);
	await done(page);
	// As `npm run notebook` has it for 2024-Q4 (src/cli/notebook.test.ts runs the same file): Eikenrode first, 3,5 per 1.000.
	const rows = cell(page, 'per_wijk').locator('tbody tr');
	await expect(rows).toHaveCount(8);
	await expect(rows.first().locator('td').nth(1)).toHaveText('Eikenrode');
	await expect(rows.first().locator('td').nth(4)).toHaveText('3,5');
	await expect(page.locator('[data-chart^="notebook-per_wijk"] svg rect')).not.toHaveCount(0);

	// Another period in the header: the notebook runs again for it.
	await page.getByLabel('Periode').selectOption('2024-Q3');
	await expect(page).toHaveURL(/period=2024-Q3/);
	await done(page);

	await rewrite(page, 'spreiding', 'SELECT count(*) AS wijken, sum(verwijzingen) AS totaal FROM per_wijk');
	await expect(cell(page, 'spreiding').locator('thead th')).toHaveText(['wijken', 'totaal']);
	await expect(cell(page, 'spreiding').locator('tbody td').first()).toHaveText('8');

	// A cell that would change the data is refused; the data stays as it was.
	await rewrite(page, 'spreiding', 'DELETE FROM referrals');
	await expect(cell(page, 'spreiding').getByRole('alert')).toContainText('de tabellen blijven zoals ze waren');
	await expect(rows).toHaveCount(8);
	// Nor does a second statement where a check by pattern sees a string: the engine refuses the script.
	const referrals = () => page.evaluate(async () => (await window.wijkradar!.query('SELECT count(*) AS n FROM referrals'))[0].n);
	const before = await referrals();
	await rewrite(page, 'spreiding', "SELECT $$'$$ AS a); DELETE FROM referrals; SELECT * FROM (SELECT 1 AS b -- '");
	await expect(cell(page, 'spreiding').getByRole('alert')).toContainText('Alleen één leesopdracht tegelijk');
	expect(await referrals()).toBe(before);
	expect(before).toBeGreaterThan(0);

	const csv = await download(page, () => cell(page, 'per_wijk').getByRole('button', { name: 'Als CSV' }).click());
	expect(csv.name).toBe('verwijzingen-per-1000-per_wijk.csv');
	expect(csv.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('wijk_id;wijk;patienten;verwijzingen;per_1000;aandeel_sociaal;gekozen');
	const svg = await download(page, () => page.locator('[data-chart^="notebook-per_wijk"]').getByRole('button', { name: 'Exporteer als SVG' }).click());
	expect(svg.name).toMatch(/\.svg$/);
	expect(svg.text).toContain('Bron: demoregio');
	const png = await download(page, () => page.locator('[data-chart^="notebook-per_wijk"]').getByRole('button', { name: 'Exporteer als PNG' }).click());
	expect(png.name).toMatch(/\.png$/);

	const md = await download(page, () => page.getByRole('button', { name: 'Downloaden (.md)' }).click());
	expect(md.name).toBe('verwijzingen-per-1000.md');
	expect(md.text).toContain("```sql name=spreiding\nSELECT $$'$$ AS a); DELETE FROM referrals;");
});

test('a notebook file is opened, kept in the browser, and nothing in it runs', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
	await openReady(page, '/notebooks');
	const file = '---\ntitle: Mijn vraag\n---\n<img src=x onerror="window.ran=1"> <script>window.ran=1</script>\n\n```sql name=praktijken\nSELECT count(*) AS n FROM partners WHERE type = \'huisartsenpraktijk\'\n```\n';
	await page.locator('input[type=file]').setInputFiles({ name: 'mijn-vraag.md', mimeType: 'text/markdown', buffer: Buffer.from(file) });
	await expect(page).toHaveURL(/nb=eigen-/);
	await done(page);
	await expect(page.getByRole('heading', { level: 2, name: 'Mijn vraag' })).toBeVisible();
	await expect(cell(page, 'praktijken').locator('tbody td')).toHaveText('35');
	await expect(page.locator('.prose')).toContainText('<img src=x onerror="window.ran=1">');
	expect(await page.evaluate(() => (window as { ran?: number }).ran)).toBeUndefined();

	// Kept in this browser: after a reload it is in the list and opens again.
	await reloadReady(page);
	await expect(page.getByRole('navigation', { name: 'Notebooks' }).getByRole('link', { name: 'Mijn vraag' })).toBeVisible();
	await done(page);

	// A file that is no notebook is refused with its line, and nothing is added.
	await page.locator('input[type=file]').setInputFiles({ name: 'kapot.md', mimeType: 'text/markdown', buffer: Buffer.from('```sql name=a\nSELECT 1\n') });
	await expect(page.getByRole('alert')).toContainText('kapot.md is geen notebook dat te lezen is: regel 1');

	await page.getByRole('button', { name: 'Nieuw notebook' }).click();
	await done(page);
	await expect(cell(page, 'verwijzingen').locator('tbody tr')).toHaveCount(8);
	expect(dialogs).toEqual([]);
});
