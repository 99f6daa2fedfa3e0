// The network view on a generated region of 5,000 partners and 25,000 ties, in headless Chromium on
// the production build: the workers' layout and analysis (betweenness) time, the time until the graph
// is drawn and until its figures are in, frame times while panning and zooming, and memory.
// Targets (issue 17): drawn ≤ 3 s after navigation, betweenness ≤ 3 s, no main-thread task over 16 ms while panning and zooming. `npm run bench:network` (builds first). Results: tests/bench/results/network.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { randomLcg } from 'd3';
import { partnerTypes } from '../../src/lib/contract';
import { CHROMIUM_ARGS, chromiumPath, machine, median, serveBuild, enableTestHooks, importServed } from './bench-browser';
import { treeRssMb } from './import-memory';

const PARTNERS = 5_000;
const TIES = 25_000;
const random = randomLcg(5);
const pick = (n: number) => Math.floor(random() * n);
const id = (i: number) => `P${String(i + 1).padStart(5, '0')}`;
const types = partnerTypes.entries.map((e) => e.id);
const partners = ['partner_id,name,type,wijk_id', ...Array.from({ length: PARTNERS }, (_, i) =>
	`${id(i)},Organisatie ${i + 1},${types[pick(types.length)]},W${String((i % 20) + 1).padStart(2, '0')}`)];
const pairs = new Set<string>();
while (pairs.size < TIES) {
	// Mostly within a neighbourhood of ids, as real networks cluster, with some long ties.
	const a = pick(PARTNERS);
	const b = random() < 0.8 ? (a + 1 + pick(40)) % PARTNERS : pick(PARTNERS);
	if (a !== b) pairs.add(a < b ? `${id(a)},${id(b)}` : `${id(b)},${id(a)}`);
}
const referrals = ['date,from_partner_id,to_partner_id', ...[...pairs].map((p) => `2024-${String(1 + pick(12)).padStart(2, '0')}-15,${p}`)];
const files = new Map([['/__bench/partners.csv', Buffer.from(partners.join('\n'))], ['/__bench/referrals.csv', Buffer.from(referrals.join('\n'))]]);

const server = await serveBuild(files);
const browserServer = await chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const browser = await chromium.connect(browserServer.wsEndpoint());
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
await enableTestHooks(page);
await importServed(page, server.origin, ['partners.csv', 'referrals.csv']);

const rssBefore = treeRssMb(browserServer.process().pid!);
const t0 = Date.now();
await page.goto(`${server.origin}/netwerk?period=2024-Q4`);
await page.locator('.app[data-state=ready]').waitFor({ timeout: 300_000 });
const readyMs = Date.now() - t0;
await page.locator('.graph canvas').first().waitFor({ timeout: 300_000 });
const drawnMs = Date.now() - t0;
await page.locator('.graph[data-analysed=true]').waitFor({ timeout: 300_000 });
const analysedMs = Date.now() - t0;
const nodes = Number(await page.locator('.graph').getAttribute('data-nodes'));
const edges = Number(await page.locator('.graph').getAttribute('data-edges'));
const worker = await page.evaluate(`Object.fromEntries(performance.getEntriesByType('measure')
	.filter((m) => m.name.startsWith('wijkradar:')).map((m) => [m.name.slice(10), m.duration]))`) as Record<string, number>;

// The same frame measure with nothing moving: what this browser and machine give without drawing.
const idle = await page.evaluate(`new Promise((done) => { const gaps = []; let last = performance.now();
	const tick = (now) => { gaps.push(now - last); last = now; if (gaps.length < 61) requestAnimationFrame(tick); else done(gaps.slice(1)); };
	requestAnimationFrame(tick); })`) as number[];
// Frames while the user zooms and pans: the intervals between animation frames.
await page.evaluate(`(() => { window.__frames = []; let last = performance.now();
	const tick = (now) => { window.__frames.push(now - last); last = now; if (!window.__stop) requestAnimationFrame(tick); };
	requestAnimationFrame(tick); })()`);
// The main thread's tasks meanwhile, from Chromium's own trace: what the app controls, since without a GPU the frames are software-drawn.
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
const box = (await page.locator('.graph canvas').first().boundingBox())!;
const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
await page.mouse.move(cx, cy);
for (let i = 0; i < 6; i++) { await page.mouse.wheel(0, -240); await page.waitForTimeout(120); }
await page.mouse.down();
for (let i = 0; i < 40; i++) await page.mouse.move(cx + 150 * Math.sin(i / 6), cy + 100 * Math.cos(i / 6), { steps: 2 });
await page.mouse.up();
for (let i = 0; i < 6; i++) { await page.mouse.wheel(0, 240); await page.waitForTimeout(120); }
const frames = await page.evaluate(`(() => { window.__stop = true; return window.__frames.slice(1); })()`) as number[];
const tasks = mainThreadTasks(JSON.parse((await browser.stopTracing()).toString('utf8')));
const cdp = await page.context().newCDPSession(page);
const heapMb = (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
const rssAfter = treeRssMb(browserServer.process().pid!);
const version = browser.version();
await browser.close();
await browserServer.close();
server.close();

/** Durations (ms) of the tasks the renderer's main thread ran, from a trace (`RunTask` on CrRendererMain). */
function mainThreadTasks(trace: { traceEvents: { name: string; ph: string; pid: number; tid: number; dur?: number; args?: { name?: string } }[] }): number[] {
	const events = trace.traceEvents;
	const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
	return events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`)).map((e) => (e.dur ?? 0) / 1000);
}

const sorted = [...frames].sort((a, b) => a - b);
const p95 = sorted[Math.ceil(0.95 * sorted.length) - 1];
const round = (x: number) => Math.round(x * 10) / 10;
const result = {
	measured: new Date().toISOString(),
	machine: machine(version),
	partners: PARTNERS,
	ties: TIES,
	graph: { nodes, edges },
	targets: { layout_ms_max: 3000, drawn_ms_max: 3000, analysis_ms_max: 3000, main_thread_task_ms_max: 16 },
	layout_ms: round(worker.layout),
	analysis_ms: round(worker.analysis),
	figures_ms: worker.figures === undefined ? null : round(worker.figures),
	// App start: the engine, and the stored region restored from the browser's storage.
	navigation_to_ready_ms: readyMs,
	navigation_to_drawn_ms: drawnMs,
	navigation_to_figures_ms: analysedMs,
	meets_layout_target: worker.layout <= 3000,
	meets_drawn_target: drawnMs <= 3000,
	meets_analysis_target: worker.analysis <= 3000,
	frames: frames.length,
	frame_p50_ms: round(median(frames)),
	frame_p95_ms: round(p95),
	frame_max_ms: round(sorted.at(-1)!),
	idle_frame_p50_ms: round(median(idle)),
	meets_frame_target: p95 <= 16.7,
	// Issue 17's frame goal as the app controls it: no main-thread task over 16 ms while panning and zooming.
	main_thread: {
		renderer: `${version}, software rendering (no GPU)`,
		tasks: tasks.length,
		task_max_ms: round(Math.max(0, ...tasks)),
		tasks_over_16_ms: tasks.filter((d) => d > 16).length,
		tasks_over_50_ms: tasks.filter((d) => d > 50).length,
		meets_task_target: tasks.every((d) => d <= 16)
	},
	js_heap_mb: round(heapMb),
	browser_rss_growth_mb: round(rssAfter - rssBefore)
};
await mkdir('tests/bench/results', { recursive: true });
await writeFile('tests/bench/results/network.json', `${JSON.stringify(result, null, '\t')}\n`);
console.log(JSON.stringify(result, null, 2));
