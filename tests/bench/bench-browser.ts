// What the browser benchmarks share: the production build served as a static host would (plus
// generated files), the Chromium to use, and the line that names the machine in a results file.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import { cpus, release, totalmem } from 'node:os';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { staticFiles } from '../../scripts/static-files.js';

/** Serves `build/` with its precompressed files, and `extra` (path → bytes) uncached beside it. */
export async function serveBuild(extra = new Map<string, Buffer>()): Promise<{ origin: string; close: () => void }> {
	const assets = staticFiles('build');
	const server = createServer((req, res) => {
		const file = extra.get(req.url ?? '');
		if (!file) return void assets(req, res);
		res.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Length': file.length, 'Cache-Control': 'no-store' });
		res.end(file);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

/** Debian's Chromium when present (this machine cannot download Playwright's), else Playwright's own. */
export const chromiumPath = () => (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
	'--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const machine = (chromiumVersion: string) =>
	`${cpus().length} × ${cpus()[0].model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()}, Node ${process.version}, Chromium ${chromiumVersion} headless, loopback`;

export const median = (xs: number[]) => {
	const sorted = [...xs].sort((a, b) => a - b);
	return (sorted[Math.floor((sorted.length - 1) / 2)] + sorted[Math.ceil((sorted.length - 1) / 2)]) / 2;
};

/**
 * Opens the app's test door (`window.wijkradar`), which the benchmarks drive. Also gives the page
 * tsx's `__name`: tsx names the functions it compiles, also inside those page.evaluate serialises.
 */
export const enableTestHooks = async (target: Page | BrowserContext) => {
	await target.addInitScript('window.__name = (f) => f');
	await target.addInitScript(() => (window.wijkradarTestHooks = true));
};

/** Opens the app on `origin`, imports the served `/__bench/<name>` files through the test door (replacing what is loaded) and waits until they are saved. */
export async function importServed(page: Page, origin: string, names: string[]): Promise<void> {
	await page.goto(`${origin}/data`);
	await page.locator('.app[data-state=ready]').waitFor({ timeout: 90_000 });
	await page.evaluate(`(async () => {
		const files = [];
		for (const name of ${JSON.stringify(names)}) files.push({ name, bytes: new Uint8Array(await (await fetch('/__bench/' + name)).arrayBuffer()) });
		const report = await window.wijkradar.importFiles(files, { replace: true });
		if (report.rejectedTotal) throw new Error('rejected rows: ' + JSON.stringify(report.rejected.slice(0, 3)));
		await window.wijkradar.saved();
	})()`);
}

/**
 * Measured inside the page, so that the harness's own polling does not count: the ms from choosing
 * `quarter` in the header's period select until every selector in `shown` matches and the next
 * frame has been painted.
 */
export const periodChangeInPage = async (page: Page, quarter: string, shown: string[]) =>
	(await periodChangeStages(page, quarter, [shown]))[0];

/** Like `periodChangeInPage`, for stages of a page that are drawn one after the other: the ms until each stage's selectors all match and a frame has been painted after it. */
export const periodChangeStages = (page: Page, quarter: string, stages: string[][]) => page.evaluate(`(async () => {
	const stages = ${JSON.stringify(stages)};
	const select = document.querySelector('header select');
	const painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
	const matches = (stage) => stage.every((s) => document.querySelector(s));
	const t0 = performance.now();
	const times = [];
	for (const stage of stages) {
		await new Promise((done) => {
			const check = () => { if (matches(stage)) { observer.disconnect(); done(); } };
			const observer = new MutationObserver(check);
			observer.observe(document.body, { subtree: true, attributes: true, childList: true });
			if (!times.length) {
				select.value = ${JSON.stringify(quarter)};
				select.dispatchEvent(new Event('change', { bubbles: true }));
			} else check();
		});
		await painted();
		times.push(Math.round(performance.now() - t0));
	}
	return times;
})()`) as Promise<number[]>;

/** The browser benchmarks' start: `files` served beside the build, a headless Chromium page at 1400 × 1000 with the test door open, the files imported. */
export async function openWithRegion(files: Map<string, Buffer>) {
	const server = await serveBuild(new Map([...files].map(([name, bytes]) => [`/__bench/${name}`, bytes])));
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
	await enableTestHooks(page);
	await importServed(page, server.origin, [...files.keys()]);
	return { server, browser, page };
}
