// PDF of the report: the built app's /rapport, printed by headless Chromium, so that the file says
// exactly what the browser's "PDF downloaden" says. The user's files go to the page over loopback
// and into the app's own import; nothing leaves the machine.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { staticFiles } from '../../scripts/static-files.js';
import { type ImportFile } from '../lib/import';
import { type Quarter } from '../lib/metrics/period';
import { reportView, type ReportSettings } from '../lib/views/report';
import { type Loaded } from '../lib/views/view';

export interface PrintJob {
	settings: ReportSettings & { period: Quarter };
	loaded: Loaded;
	file: string;
}

/** Debian's Chromium, CHROMIUM_PATH, or Playwright's own (`npx playwright install chromium` on a machine with internet). */
const chromiumPath = () => process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

async function serve(files: ImportFile[]) {
	if (!existsSync('build/index.html')) throw new Error('de app is nog niet gebouwd: draai eerst npm run build.');
	const assets = staticFiles('build');
	const server = createServer((req, res) => {
		const match = /^\/__report\/(\d+)$/.exec(req.url ?? '');
		if (!match) return void assets(req, res);
		const bytes = files[Number(match[1])].bytes;
		res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': bytes.length, 'Cache-Control': 'no-store' });
		res.end(bytes);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

/** Loads `files` into the app once, then prints each job's report to its file. */
export async function printReports(files: ImportFile[], jobs: PrintJob[]): Promise<void> {
	const server = await serve(files);
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
	try {
		const page = await browser.newPage();
		await page.addInitScript(() => (window.wijkradarTestHooks = true));
		await page.goto(`${server.origin}/data`);
		await page.locator('.app[data-state=ready]').waitFor({ timeout: 120_000 });
		const names = files.map((f) => f.name);
		await page.evaluate(async (names) => {
			const loaded = await Promise.all(names.map(async (name, i) => ({ name, bytes: new Uint8Array(await (await fetch(`/__report/${i}`)).arrayBuffer()) })));
			await window.wijkradar!.importFiles(loaded, { replace: true });
			await window.wijkradar!.saved();
		}, names);
		for (const [i, job] of jobs.entries()) {
			const search = reportView.write(job.settings, job.loaded).toString();
			const path = `/rapport${search ? `?${search}` : ''}`;
			// The batch's next report follows a link inside the app: the data stays open and the period's parts
			// shared by every scope (the wijken, the flows per wijk) are loaded once, not once per report.
			if (i === 0) await page.goto(`${server.origin}${path}`);
			else await page.evaluate((path) => window.wijkradar!.navigate(path), path);
			const scope = job.settings.wijk ?? 'region';
			await page.locator(`.report[data-period="${job.settings.period}"][data-scope="${scope}"][data-audience="${job.settings.audience}"]`).waitFor({ timeout: 300_000 });
			await page.locator('.app[data-state=ready]').waitFor({ timeout: 300_000 });
			await page.pdf({ path: job.file, printBackground: true, preferCSSPageSize: true });
		}
	} finally {
		await browser.close();
		server.close();
	}
}
