// The wijken view on the metrics benchmark's region (1,000,000 referrals, 2,000 partners, 20 wijken),
// in headless Chromium on the production build: the first view after opening (every wijk over every
// quarter, once per data version), then period changes (p50/p95 over 14 changes, timed inside the
// page up to the next painted frame) until the table, funnel, small multiples and heatmap show the
// new quarter; each wijk's network (a graph per wijk)
// follows on its own and is recorded apart. Target (issue 13): period change p95 ≤ 300 ms.
// `npm run bench:wijken` (builds first); `--referrals N` for another size. Results: tests/bench/results/wijken.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { machine, median, openWithRegion, periodChangeInPage } from './bench-browser';
import { regionFiles } from './metrics-data';

const arg = (flag: string) => (process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined);
const REFERRALS = Number(arg('--referrals') ?? 1_000_000);
const QUARTERS = ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3'];

const files = regionFiles(REFERRALS);
const { server, browser, page } = await openWithRegion(files);

/** What shows that the comparison is drawn for `period`: the table's period and the charts. */
const drawn = (period: string) => [`.wijken-table[data-period="${period}"]`, ...['funnel', 'multiples', 'heatmap'].map((c) => `[data-chart="${c}"] svg`)];
const healthAfter = async (p: Page, period: string, t0: number) => {
	await p.locator(`section.health[data-period="${period}"]`).waitFor({ timeout: 600_000 });
	return Math.round(performance.now() - t0);
};

let t0 = performance.now();
await page.goto(`${server.origin}/wijken`);
for (const selector of drawn('2024-Q4')) await page.locator(selector).first().waitFor({ timeout: 600_000 });
const first = Math.round(performance.now() - t0);
const firstHealth = await healthAfter(page, '2024-Q4', t0);
const periods: number[] = [];
const health: number[] = [];
for (const q of [...QUARTERS, ...QUARTERS]) {
	t0 = performance.now();
	periods.push(await periodChangeInPage(page, q, drawn(q)));
	health.push(await healthAfter(page, q, t0));
}
const heapMb = (await (await page.context().newCDPSession(page)).send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
const version = browser.version();
await browser.close();
server.close();

const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(0.95 * values.length) - 1];
const result = {
	measured: new Date().toISOString(),
	machine: machine(version),
	referrals: REFERRALS,
	partners: 2000,
	wijken: 20,
	navigation_to_wijken_ms: first,
	navigation_to_network_health_ms: firstHealth,
	period_change_p50_ms: median(periods),
	period_change_p95_ms: p95(periods),
	target_period_change_p95_ms: 300,
	network_health_after_period_change_p50_ms: median(health),
	network_health_after_period_change_p95_ms: p95(health),
	js_heap_mb: Math.round(heapMb * 10) / 10,
	period_changes: periods,
	network_health_changes: health
};
await mkdir('tests/bench/results', { recursive: true });
await writeFile('tests/bench/results/wijken.json', `${JSON.stringify(result, null, '\t')}\n`);
console.log(JSON.stringify(result, null, 2));
