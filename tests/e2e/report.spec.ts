import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { loadedOf, reportFor } from '../../src/cli/report-data';
import { reportCli } from '../../src/cli/cli.test-ref';
import { type ReportModel } from '../../src/lib/report/report-model';
import { type ReportSettings } from '../../src/lib/views/report';
import { withDemo } from './demo-in-node';
import { expect, openReady, test } from './fixtures';

const modelOf = (settings: Partial<ReportSettings>) => withDemo(async (db) =>
	reportFor(db, await loadedOf(db), { period: '2024-Q4', wijk: null, audience: 'extern', minCell: 10, ...settings } as ReportSettings & { period: string }));

/** What the page prints, cell by cell: each KPI's value and each wijk's cells. */
const shownOnPage = (page: Page) => page.locator('.report').evaluate((report) => ({
	kpis: Object.fromEntries([...report.querySelectorAll('tr[data-kpi]')].map((tr) => [tr.getAttribute('data-kpi'), tr.querySelector('td[data-shown]')!.getAttribute('data-shown')])),
	wijken: [...report.querySelectorAll('.report-wijken tr[data-wijk]')].filter((tr) => tr.getAttribute('data-wijk') !== 'region').map((tr) => [tr.getAttribute('data-wijk'),
		Object.fromEntries([...tr.querySelectorAll('td[data-metric]')].filter((td) => td.getAttribute('data-shown')).map((td) => [td.getAttribute('data-metric'), td.getAttribute('data-shown')]))])
}));
const shownInModel = (model: ReportModel) => ({
	kpis: Object.fromEntries(model.kpis.map((k) => [k.metric, k.shown])),
	wijken: model.wijken.map((w) => [w.wijk_id ?? 'zonder', Object.fromEntries(Object.entries(w.cells).map(([id, c]) => [id, c!.shown]))])
});

const pdfText = (file: string, ...range: string[]) => execFileSync('pdftotext', [...range, file, '-'], { encoding: 'utf8' });
const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

test('the report prints what the command line\'s model says: extern by default, everything when switched to intern', async ({ page }) => {
	const [extern, intern] = [await modelOf({}), await modelOf({ audience: 'intern' })];
	expect(extern.kpis.some((k) => k.hidden), 'the demo has a small number to hide').toBe(true);
	await openReady(page, '/rapport');
	await expect(page.getByLabel('extern (kleine aantallen afgeschermd)')).toBeChecked();
	expect(await shownOnPage(page)).toEqual(shownInModel(extern));
	// The charts say what the tables say: each wijk's bar labelled as its cell, a hidden one hatched; the sankey's bands as the model's.
	const bars = await page.locator('.count-bars').evaluate((chart) => ({
		labels: [...chart.querySelectorAll('.lc-labels-text')].map((text) => text.textContent), hatched: chart.querySelectorAll('rect[data-hidden]').length }));
	expect(bars).toEqual({ labels: extern.wijken.map((w) => w.cells.referrals_total!.shown), hatched: extern.wijken.filter((w) => w.cells.referrals_total!.hidden).length });
	expect(bars.hatched, 'the demo has a wijk with few referrals').toBeGreaterThan(0);
	const bands = await page.locator('svg.sankey path[data-value]').evaluateAll((paths) => paths.map((p) => `${p.getAttribute('data-from')}→${p.getAttribute('data-to')} ${p.getAttribute('data-value')}`));
	expect(bands.sort()).toEqual(extern.flows.sankey.map((f) => `${f.from_key}→${f.to_key} ${f.count}`).sort());
	await expect(page.locator('svg.sankey text', { hasText: 'overige (<10)' }).first()).toBeVisible();
	await page.getByLabel('intern (alles zichtbaar)').check();
	await expect(page).toHaveURL(/versie=intern/);
	await expect(page.locator('.report[data-audience=intern]')).toBeVisible();
	expect(await shownOnPage(page)).toEqual(shownInModel(intern));
	// "PDF downloaden" is the browser's own print.
	await page.evaluate(() => { (window as unknown as { printed: number }).printed = 0; window.print = () => { (window as unknown as { printed: number }).printed++; }; });
	await page.getByRole('button', { name: 'PDF downloaden' }).click();
	expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test('the PDF: A4 with page numbers, no blank page, every shown value in its text, the browser\'s print and the command line\'s alike', async ({ page }, testInfo) => {
	// The demo's files loaded as a user's own, as the command line reads them.
	await openReady(page, '/data');
	await page.locator('input[type=file]').setInputFiles(readdirSync('data/demo').filter((f) => f.endsWith('.csv')).map((f) => `data/demo/${f}`));
	await expect(page.locator('[data-source]')).toHaveAttribute('data-source', 'user', { timeout: 60_000 });
	// Saved before the page is opened anew, or the reload would restore the demo.
	await expect(page.locator('[data-source]')).toHaveAttribute('data-saving', 'false', { timeout: 60_000 });
	await openReady(page, '/rapport');
	await expect(page.locator('.report[data-period="2024-Q4"]')).toBeVisible();
	const browserPdf = testInfo.outputPath('browser.pdf');
	await page.emulateMedia({ media: 'print' });
	await page.pdf({ path: browserPdf, printBackground: true, preferCSSPageSize: true });
	const cliPdf = testInfo.outputPath('cli.pdf');
	const run = await reportCli('--data', 'data/demo', '--period', '2024-Q4', '--out', cliPdf);
	expect(run.code, run.stderr).toBe(0);

	const pages = pdfPages(cliPdf);
	expect(pages).toBeGreaterThanOrEqual(4);
	expect(pdfPages(browserPdf)).toBe(pages);
	expect(pdfText(browserPdf)).toBe(pdfText(cliPdf));
	const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), cliPdf], { encoding: 'utf8' });
	expect([...sizes.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Math.round(+m[1]), Math.round(+m[2])].sort().join('x'))).toEqual(Array(pages).fill('595x842'));
	for (let p = 1; p <= pages; p++) {
		const text = pdfText(cliPdf, '-f', String(p), '-l', String(p));
		expect(text, `page ${p}`).toContain(`pagina ${p} van ${pages}`);
		expect(text.replace(`pagina ${p} van ${pages}`, '').replace('Wijkradar', '').trim().length, `page ${p} is not blank`).toBeGreaterThan(40);
	}
	// Each KPI's line of the table (a long label wraps; its first line holds the value).
	const lines = pdfText(cliPdf, '-layout').split('\n').map((l) => l.trim());
	for (const k of (await modelOf({})).kpis) {
		const first = k.label.split(' ').slice(0, 2).join(' ');
		expect(lines.some((l) => l.startsWith(first) && l.split(/\s+/).includes(k.shown)), `${k.metric}: ${k.shown}`).toBe(true);
	}
	expect(readFileSync(cliPdf).subarray(0, 5).toString()).toBe('%PDF-');
});
