// The quarterly report on the metrics benchmark's region (1,000,000 referrals, 2,000 partners, 20 wijken):
// in headless Chromium on the production build, the time from opening /rapport (the data loaded) until
// the region's report is ready; and `npm run report -- --all-wijken` writing the zorggroep's batch of
// 21 PDFs (the region and each wijk) from the files, its own import included, with its page counts.
// Targets (issue 14): region report ≤ 10 s; batch ≤ 3 min. `npm run bench:report` (builds first);
// `--referrals N` for another size; `--pages-only` leaves out the batch (while working on the page). Results: tests/bench/results/report.json.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machine, openWithRegion } from './bench-browser';
import { regionFiles } from './metrics-data';

const arg = (flag: string) => (process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined);
const REFERRALS = Number(arg('--referrals') ?? 1_000_000);

const files = regionFiles(REFERRALS);
const { server, browser, page } = await openWithRegion(files);
const open = async (search: string) => {
	const t0 = performance.now();
	await page.goto(`${server.origin}/rapport${search}`);
	await page.locator('.report[data-period="2024-Q4"]').waitFor({ timeout: 600_000 });
	await page.locator('.app[data-state=ready]').waitFor({ timeout: 600_000 });
	const ms = Math.round(performance.now() - t0);
	// Where the time went: each part's load and each worker task (they overlap: parts queue on one engine).
	const parts: Record<string, number> = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('measure')
		.filter((m) => m.name.startsWith('wijkradar:')).map((m) => [m.name.replace('wijkradar:part:/rapport:', 'part:').replace('wijkradar:', ''), Math.round(m.duration)])));
	// Until the first part started: the app's start and its data restored from the browser's storage.
	parts.started = await page.evaluate(() => Math.round(Math.min(...performance.getEntriesByType('measure').filter((m) => m.name.startsWith('wijkradar:part:')).map((m) => m.startTime))));
	return { ms, parts };
};
const region = await open('');
const wijk = await open('?wijk=W07');
const version = browser.version();
await browser.close();
server.close();

if (process.argv.includes('--pages-only')) {
	console.log(JSON.stringify({ region, wijk }, null, 2));
	process.exit(0);
}

const folder = await mkdtemp(join(tmpdir(), 'bench-report-'));
for (const [name, bytes] of files) await writeFile(join(folder, name), bytes);
const out = join(folder, 'rapporten');
await mkdir(out);
const t0 = performance.now();
execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/report.ts', '--data', folder, '--period', '2024-Q4', '--all-wijken', '--out', out], { stdio: 'inherit' });
const batchMs = Math.round(performance.now() - t0);
const pdfs = (await readdir(out)).filter((f) => f.endsWith('.pdf')).sort();
const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(out, file)], { encoding: 'utf8' }))![1]);

const result = {
	measured: new Date().toISOString(),
	machine: machine(version),
	referrals: REFERRALS,
	partners: 2000,
	wijken: 20,
	region_report_ready_ms: region.ms,
	region_parts_ms: region.parts,
	target_region_report_ms: 10_000,
	wijk_report_ready_ms: wijk.ms,
	wijk_parts_ms: wijk.parts,
	batch_pdfs: pdfs.length,
	batch_ms: batchMs,
	target_batch_ms: 180_000,
	region_pdf_pages: pages('rapport-2024-Q4-regio.pdf'),
	wijk_pdf_pages: pages('rapport-2024-Q4-W07.pdf')
};
await mkdir('tests/bench/results', { recursive: true });
await writeFile('tests/bench/results/report.json', `${JSON.stringify(result, null, '\t')}\n`);
console.log(JSON.stringify(result, null, 2));
