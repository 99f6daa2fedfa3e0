// Measures what a coordinator meets on first and later visits: time from navigation to
// data-state="ready" on the demo region (cold: empty browser cache; warm: reload), and the bytes
// the server sent for the first visit (headers included); then the first visit again over a real
// line, 20 Mbit/s and 40 ms (Chromium's own throttling, through CDP). `npm run bench:startup` builds first.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { type AddressInfo, type Socket } from 'node:net';
import { cpus } from 'node:os';
import { chromium, type Page } from '@playwright/test';
import { staticFiles } from '../../scripts/static-files.js';

const RUNS = 5;
/** The line of issue 17: 20 Mbit/s down and up, 40 ms latency. */
const LINE = { offline: false, latency: 40, downloadThroughput: 20e6 / 8, uploadThroughput: 20e6 / 8 };
const assets = staticFiles('build');
const sockets: Socket[] = [];
const server = createServer((req, res) => void assets(req, res));
server.on('connection', (socket) => sockets.push(socket));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const bytesSent = () => sockets.reduce((sum, s) => sum + s.bytesWritten, 0);

const browser = await chromium.launch({
	executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
	args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking']
});
const readyAt = async (page: Page): Promise<number> => {
	const handle = await page.waitForFunction(
		() => document.querySelector('.app')?.getAttribute('data-state') === 'ready' && performance.now(),
		null,
		{ timeout: 60_000, polling: 10 }
	);
	return (await handle.jsonValue()) as number;
};

const cold: number[] = [];
const warm: number[] = [];
const firstVisitBytes: number[] = [];
for (let i = 0; i < RUNS; i++) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const before = bytesSent();
	await page.goto(url);
	cold.push(await readyAt(page));
	firstVisitBytes.push(bytesSent() - before);
	await page.reload();
	warm.push(await readyAt(page));
	await context.close();
}
const throttled: number[] = [];
for (let i = 0; i < RUNS; i++) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', LINE);
	await page.goto(url);
	throttled.push(await readyAt(page));
	await context.close();
}
await browser.close();
server.close();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const result = {
	measured: new Date().toISOString(),
	machine: `${cpus().length} × ${cpus()[0].model}, Node ${process.version}, Chromium headless, loopback`,
	runs: RUNS,
	cold_ready_ms: { median: Math.round(median(cold)), all: cold.map(Math.round) },
	warm_ready_ms: { median: Math.round(median(warm)), all: warm.map(Math.round) },
	first_visit_transferred_mb: Number((median(firstVisitBytes) / 1e6).toFixed(2)),
	throttled: {
		line: '20 Mbit/s, 40 ms latency (CDP Network.emulateNetworkConditions)',
		target_ms: 4500,
		cold_ready_ms: { median: Math.round(median(throttled)), all: throttled.map(Math.round) },
		// The bytes alone take this long on that line: a ready time below it would mean some requests (a worker's) escaped the throttle.
		transfer_floor_ms: Math.round((median(firstVisitBytes) / LINE.downloadThroughput) * 1000)
	}
};
await mkdir('tests/bench/results', { recursive: true });
await writeFile('tests/bench/results/startup.json', `${JSON.stringify(result, null, '\t')}\n`);
console.log(JSON.stringify(result, null, 2));
