import { readFile } from 'node:fs/promises';
import readXlsxFile from 'read-excel-file/node';
import { type Page } from '@playwright/test';
import { metricIds, fractionIds } from '../../src/lib/contract';
import { loadComparison, per1000Ids, type Comparison } from '../../src/lib/metrics/compare';
import { graphHere } from '../../src/lib/graph/graph-work';
import { networkHealth } from '../../src/lib/queries/network-health';
import { withDemo } from './demo-in-node';
import { expect, openReady, test } from './fixtures';

const periods = ['2024-Q4', '2024-Q1', '2023-Q2'] as const;

/** Every value cell of the table as `wijk|metric` → data-value. */
const cells = (page: Page) => page.locator('td[data-wijk][data-metric]').evaluateAll((tds) =>
	Object.fromEntries(tds.map((td) => [`${td.getAttribute('data-wijk')}|${td.getAttribute('data-metric')}`, td.getAttribute('data-value')])));

const raw = (v: number | null) => (v === null ? '' : String(v));

test('for three periods every value of the table equals the command line\'s --compare, per 1,000 patients too', async ({ page }) => {
	const expected = await withDemo(async (db) => {
		const out: Comparison[] = [];
		for (const period of periods) out.push(await loadComparison(db, period));
		return out;
	});
	for (const [i, period] of periods.entries()) {
		await openReady(page, `/wijken?period=${period}`);
		const shown = await cells(page);
		const comparison = expected[i];
		for (const w of comparison.wijken) for (const id of metricIds) expect(shown[`${w.wijk_id}|${id}`], `${period} ${w.wijk_id} ${id}`).toBe(raw(w.metrics[id]));
		for (const id of metricIds) expect(shown[`median|${id}`], `${period} median ${id}`).toBe(raw(comparison.median[id]));
	}
	await page.getByLabel('Aantallen per 1.000 patiënten').check();
	await expect(page).toHaveURL(/per=1000/);
	const first = expected[2].wijken[0];
	await expect(page.locator(`td[data-wijk="${first.wijk_id}"][data-metric="referrals_total"]`)).toHaveAttribute('data-value', raw(first.per_1000.referrals_total));
	const perPatients = await cells(page);
	for (const w of expected[2].wijken) for (const id of per1000Ids) expect(perPatients[`${w.wijk_id}|${id}`], `${w.wijk_id} ${id}`).toBe(raw(w.per_1000[id]));
});

test('sorting by a column orders the wijken by it, keeps the median and region below, and lives in the link', async ({ page }) => {
	await openReady(page, '/wijken');
	await page.getByRole('button', { name: 'Verwijzingen', exact: true }).click();
	await expect(page).toHaveURL(/sort=referrals_total&desc=1/);
	const values = async () => page.locator('.wijken-table tbody tr').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-line'),
		Number(r.querySelector('td[data-metric="referrals_total"]')?.getAttribute('data-value'))] as const));
	const descending = await values();
	expect(descending.slice(-2).map(([id]) => id)).toEqual(['median', 'region']);
	const wijken = descending.slice(0, -2).map(([, v]) => v);
	expect(wijken).toEqual([...wijken].sort((a, b) => b - a));
	await expect(page.locator('.wijken-table th[aria-sort="descending"]').getByRole('button')).toHaveAccessibleName('Verwijzingen');
	await page.getByRole('button', { name: 'Verwijzingen', exact: true }).click();
	await expect(page).toHaveURL(/sort=referrals_total(?!&desc)/);
	const ascending = (await values()).slice(0, -2).map(([, v]) => v);
	expect(ascending).toEqual([...wijken].sort((a, b) => a - b));
	await page.reload();
	await expect(page.locator('.wijken-table th[aria-sort="ascending"]').getByRole('button')).toHaveAccessibleName('Verwijzingen', { timeout: 45_000 });
});

test('the funnel names exactly the wijken outside it, for every share, as the command line places them', async ({ page }) => {
	// 2024-Q1: the demo's Vlietpolder refers too little to the social domain, beyond chance.
	const comparison = await withDemo((db) => loadComparison(db, '2024-Q1'));
	const flagged = fractionIds.flatMap((share) => comparison.wijken.filter((w) => w.funnel[share].position && w.funnel[share].position !== 'binnen'));
	expect(flagged.length, 'the demo has a wijk outside a funnel').toBeGreaterThan(0);
	await openReady(page, '/wijken?period=2024-Q1');
	for (const share of fractionIds) {
		await page.getByLabel('Aandeel in de trechter').selectOption(share);
		const outside = comparison.wijken.filter((w) => w.funnel[share].position && w.funnel[share].position !== 'binnen');
		const funnel = page.locator(`[data-funnel="${share}"]`);
		await expect(funnel).toHaveAttribute('data-outside', outside.map((w) => w.wijk_id).join(','));
		for (const w of outside) await expect(funnel.locator(`li[data-wijk="${w.wijk_id}"]`)).toHaveAttribute('data-position', w.funnel[share].position!);
		if (!outside.length) await expect(funnel).toContainText('Geen wijk ligt buiten de trechter');
	}
	await expect(page).toHaveURL(new RegExp(`funnel=${fractionIds.at(-1)}`));
});

test('the table exports as CSV and Excel, the charts as SVG with their caption', async ({ page }) => {
	await openReady(page, '/wijken?period=2024-Q3');
	const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tabel als CSV' }).click()]);
	const csv = await readFile(await csvDownload.path(), 'utf8');
	const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
	expect(lines[0].split(';').slice(0, 3)).toEqual(['wijkcode', 'Wijk', 'Coördinatoren met gemeentecontact']);
	// Eight wijken, the median and the region, an empty line, the caption.
	expect(lines.length).toBe(1 + 8 + 2 + 2);
	expect(lines.at(-1)).toMatch(/^Wijkradar: alle kengetallen per wijk in 2024-Q3.* Bron: demoregio/);
	const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tabel als Excel' }).click()]);
	const [values, details, about] = await readXlsxFile(await readFile(await xlsxDownload.path()));
	expect(values.data.length).toBe(1 + 8 + 2);
	expect(values.data[1][0]).toBe(lines[1].split(';')[0]);
	expect(details.data[0].slice(2, 5)).toEqual(['Kengetal', 'Waarde', 'Teller']);
	expect(details.data.length).toBe(1 + (8 + 2) * 11);
	expect(String(about.data[1][0])).toBe(lines.at(-1)!.split(';')[0]);
	for (const chart of ['funnel', 'multiples', 'heatmap']) {
		const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-chart="${chart}"]`).getByRole('button', { name: 'Exporteer als SVG' }).click()]);
		const svg = await readFile(await download.path(), 'utf8');
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			return { error: doc.querySelector('parsererror')?.textContent ?? null, texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '') };
		}, svg);
		expect(parsed.error, chart).toBeNull();
		expect(parsed.texts.some((t) => t.startsWith('Bron: demoregio')), chart).toBe(true);
		expect(svg, chart).not.toMatch(/\sclass=|var\(--/);
	}
});

test('each wijk\'s network shows the figures and gap counts of Netwerk for that wijk, names on one line at 1280 px', async ({ page }) => {
	const period = '2024-Q4';
	const expected = await withDemo(async (db) => {
		const wijken = (await db.query<{ wijk_id: string }>('SELECT wijk_id FROM wijken ORDER BY 1')).map((w) => w.wijk_id);
		return networkHealth(db, graphHere, wijken, period);
	});
	await page.setViewportSize({ width: 1280, height: 900 });
	await openReady(page, `/wijken?period=${period}`);
	const section = page.locator(`section.health[data-period="${period}"]`);
	await expect(section.locator('tr[data-health]')).toHaveCount(expected.length);
	for (const wijk of expected) {
		const row = section.locator(`tr[data-health="${wijk.wijk_id}"]`);
		await expect(row.locator('[data-figure=nodes]')).toHaveText(String(wijk.figures.nodes));
		for (const [kind, count] of Object.entries(wijk.gaps)) await expect(row.locator(`[data-gap="${kind}"]`)).toHaveText(String(count));
	}
	expect(expected.some((w) => Object.values(w.gaps).some((n) => n > 0))).toBe(true);
	// The names once broke into a few letters a line: each must fit on one (one line is ~1.2–1.5 em high).
	const lines = await section.locator('th[scope=row] a').evaluateAll((links) =>
		links.map((a) => a.getBoundingClientRect().height / parseFloat(getComputedStyle(a).fontSize)));
	expect(Math.max(...lines)).toBeLessThan(1.8);
});
