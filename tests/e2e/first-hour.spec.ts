import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { metricIds } from '../../src/lib/contract';
import { metricSeries } from '../../src/lib/metrics/series';
import { withFiles } from './demo-in-node';
import { expect, openProfile, openReady, reloadReady, test } from './fixtures';
import { asUploads, ownRegionFiles } from './own-region';

const QUARTERS = ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'];

/** Drops the own region's files on /data, nothing else clicked, and waits for the report. */
async function dropOwnRegion(page: Page): Promise<void> {
	await page.locator('input[type=file]').setInputFiles(asUploads(ownRegionFiles()));
	await expect(page.getByRole('status')).toHaveText(/rijen geladen, 0 afgekeurd\.$/, { timeout: 30_000 });
}

const tableRows = (page: Page) => page.evaluate(() => window.wijkradar!.query(
	'SELECT (SELECT count(*) FROM partners)::INT + (SELECT count(*) FROM referrals)::INT AS n'));

test('own files dropped on a first visit replace the demo, and every figure is that region\'s alone', async ({ page }) => {
	const expected = await withFiles(ownRegionFiles(), (db) => metricSeries(db, { wijk: null }, QUARTERS));
	await openReady(page, '/data');
	await expect(page.getByText('Wat gebeurt er met de huidige gegevens?'), 'no add/replace choice while the demo is loaded').toHaveCount(0);
	await expect(page.getByText('Uw bestanden vervangen de demoregio')).toBeVisible();
	await dropOwnRegion(page);
	await expect(page.locator('table.rejected')).toHaveCount(0);
	await expect(page.locator('[data-source]')).toHaveAttribute('data-source', 'user');
	await expect(page.getByText('Wat gebeurt er met de huidige gegevens?'), 'own data can be added to').toBeVisible();

	await openReady(page, '/?period=2024-Q4');
	await expect(page.getByRole('note')).toHaveCount(0);
	await expect(page.getByLabel('Gebied')).toContainText('Eigen wijk 7');
	await expect(page.getByLabel('Gebied')).not.toContainText('Vlietpolder');
	for (const [i, quarter] of QUARTERS.entries()) {
		await page.getByLabel('Periode').selectOption(quarter);
		for (const id of metricIds) {
			const value = expected[id][i];
			await expect(page.locator(`[data-metric="${id}"]`), `${id} ${quarter}`).toHaveAttribute('data-value', value === null ? '' : String(value));
		}
	}
});

/** Records every value the app's data-state takes, with what the page shows at that moment. */
async function recordStates(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const states: unknown[] = [];
		(window as unknown as { states: unknown[] }).states = states;
		const snapshot = () => {
			const app = document.querySelector('.app');
			const state = app?.getAttribute('data-state');
			if (!state || state === (states.at(-1) as { state?: string } | undefined)?.state) return;
			states.push({
				state,
				path: location.pathname,
				cards: document.querySelectorAll('[data-metric]').length,
				gapsShown: document.querySelector('section.gaps')?.getAttribute('aria-busy') === 'false',
				canvas: document.querySelectorAll('.network-canvas canvas').length,
				sankeyBands: document.querySelectorAll('svg.sankey path').length,
				importing: !!document.querySelector('.import .progress')
			});
		};
		new MutationObserver(snapshot).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
	});
}
type StateRecord = { state: string; path: string; cards: number; gapsShown: boolean; canvas: number; sankeyBands: number; importing: boolean };
const states = (page: Page) => page.evaluate(() => (window as unknown as { states: StateRecord[] }).states);

test('ready means drawn: the overview\'s cards and gaps, the network\'s canvas, the flows\' sankey', async ({ page }) => {
	await recordStates(page);
	const firstReady = async (path: string) => {
		await openReady(page, path);
		return (await states(page)).find((s) => s.state === 'ready');
	};
	expect(await firstReady('/')).toMatchObject({ cards: 11, gapsShown: true });
	expect((await firstReady('/netwerk'))?.canvas).toBeGreaterThan(0);
	expect((await firstReady('/verwijzingen'))?.sankeyBands).toBeGreaterThan(0);
});

test('an import keeps the state "loading" until its data is loaded and stored', async ({ page }) => {
	await recordStates(page);
	await openReady(page, '/data');
	await dropOwnRegion(page);
	await expect(page.locator('.app')).toHaveAttribute('data-state', 'ready');
	const seen = await states(page);
	expect(seen.filter((s) => s.importing).length, 'states recorded while importing').toBeGreaterThan(0);
	expect(seen.filter((s) => s.importing && s.state === 'ready'), 'ready while importing').toEqual([]);
});

test('a reload right after the report keeps the imported data', async ({ page }) => {
	await openReady(page, '/data');
	await dropOwnRegion(page);
	const loaded = await tableRows(page);
	await reloadReady(page);
	await expect(page.locator('[data-source]')).toHaveAttribute('data-source', 'user');
	expect(await tableRows(page)).toEqual(loaded);
});

test('a browser closed right after the report keeps the imported data', async ({ baseURL }, testInfo) => {
	let { browser, page } = await openProfile(testInfo, baseURL);
	await openReady(page, '/data');
	await dropOwnRegion(page);
	const loaded = await tableRows(page);
	await browser.close();

	({ browser, page } = await openProfile(testInfo, baseURL));
	await openReady(page, '/data');
	await expect(page.locator('[data-source]')).toHaveAttribute('data-source', 'user');
	expect(await tableRows(page)).toEqual(loaded);
	await browser.close();
});

test('a region whose ids are __proto__, constructor and toString draws its network and table like any other', async ({ page }) => {
	const folder = join(import.meta.dirname, '../fixtures/hostile/prototype-ids');
	await openReady(page, '/data');
	await page.locator('input[type=file]').setInputFiles(await Promise.all((await readdir(folder)).map(async (name) => (
		{ name, mimeType: 'text/csv', buffer: await readFile(join(folder, name)) }))));
	await expect(page.getByRole('status')).toHaveText(/0 afgekeurd\.$/);
	await openReady(page, '/netwerk?period=2024-Q4');
	await expect(page.locator('.graph')).toHaveAttribute('data-nodes', '5');
	await expect(page.locator('.network-canvas canvas').first()).toBeVisible();
	for (const id of ['__proto__', 'constructor', 'toString']) await expect(page.locator(`tr[data-partner="${id}"]`)).toBeVisible();
	await page.locator('tr[data-partner="constructor"] button, tr[data-partner="constructor"] a').first().click();
	await expect(page.locator('.node-panel')).toBeVisible();
});
