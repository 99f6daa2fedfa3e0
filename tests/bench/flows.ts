// The flows view on the metrics benchmark's region (1,000,000 referrals, 2,000 partners, 20 wijken),
// in headless Chromium on the production build: the first view after opening, a period change
// (p50/p95 over 8 changes; issue 17's target p95 ≤ 150 ms, types on both sides; timed in the page from
// the select's change to the frame painted with the flows, as bench:wijken does, and until the bars and
// feedback over time show the new span), switching both sides
// to organisations, and a range of all eight quarters. Each period change also records how much of it
// was the view's own data (the `flows` part: its queries), the rest being the page drawing it. `npm run bench:flows` (builds first);
// `--referrals N` for another size. Results: tests/bench/results/flows.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { machine, median, openWithRegion, periodChangeStages } from './bench-browser';
import { regionFiles } from './metrics-data';

const arg = (flag: string) => (process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined);
const REFERRALS = Number(arg('--referrals') ?? 1_000_000);
const QUARTERS = ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'];

const files = regionFiles(REFERRALS);
const { server, browser, page } = await openWithRegion(files);

/** ms from `act` until the figures show `shown` (period|first|from|to): they only exist once the new flows are in. */
async function timed(p: Page, shown: string, act: () => Promise<unknown>): Promise<number> {
	const t0 = Date.now();
	await act();
	await p.locator(`.figures[data-shown="${shown}"]`).waitFor({ timeout: 300_000 });
	await p.locator('svg.sankey').waitFor();
	return Date.now() - t0;
}

const first = await timed(page, '2024-Q4|2024-Q4|type|type', () => page.goto(`${server.origin}/verwijzingen`));
/** Every part drawn (the bars over time load after the flows): a change is timed from a settled page, not queued behind the last one's work. */
const settled = () => page.locator('.app[data-state=ready]').waitFor({ timeout: 300_000 });
await settled();
const periods: number[] = [];
const overTime: number[] = [];
const parts: number[] = [];
const partMs = () => page.evaluate(() => performance.getEntriesByName('wijkradar:part:/verwijzingen:flows').at(-1)?.duration ?? NaN);
for (let i = 0; i < 8; i++) {
	const q = QUARTERS[(i * 3) % QUARTERS.length];
	if (q === '2024-Q4') continue;
	// Timed in the page: the flows drawn, then the bars and feedback over time drawn for the new span.
	const [flows, all] = await periodChangeStages(page, q, [[`.figures[data-shown="${q}|${q}|type|type"]`, 'svg.sankey'],
		[`.quarter-bars[data-last="${q}"]`, `.feedback-trend[data-last="${q}"]`]]);
	periods.push(flows);
	overTime.push(all);
	parts.push(Math.round(await partMs()));
	await settled();
	await page.locator('header select').first().selectOption('2024-Q4');
	await page.locator('.figures[data-shown="2024-Q4|2024-Q4|type|type"]').waitFor({ timeout: 300_000 });
	await settled();
}
const organisations = await timed(page, '2024-Q4|2024-Q4|partner|type', () => page.locator('input[name=from][value=partner]').check());
const both = await timed(page, '2024-Q4|2024-Q4|partner|partner', () => page.locator('input[name=to][value=partner]').check());
const range = await timed(page, '2024-Q4|2023-Q1|partner|partner', () => page.getByLabel('Vanaf kwartaal').selectOption('2023-Q1'));
const heapMb = (await (await page.context().newCDPSession(page)).send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
const version = browser.version();
await browser.close();
server.close();

const sorted = [...periods].sort((a, b) => a - b);
const result = {
	measured: new Date().toISOString(),
	machine: machine(version),
	referrals: REFERRALS,
	partners: 2000,
	navigation_to_flows_ms: first,
	period_change_p50_ms: median(periods),
	period_change_p95_ms: sorted[Math.ceil(0.95 * sorted.length) - 1],
	target_period_change_p95_ms: 150,
	meets_period_change_target: sorted[Math.ceil(0.95 * sorted.length) - 1] <= 150,
	over_time_charts_p50_ms: median(overTime),
	over_time_charts_p95_ms: [...overTime].sort((a, b) => a - b)[Math.ceil(0.95 * overTime.length) - 1],
	flows_part_p50_ms: median(parts),
	senders_as_organisations_ms: organisations,
	both_sides_organisations_ms: both,
	range_of_eight_quarters_ms: range,
	js_heap_mb: Math.round(heapMb * 10) / 10,
	period_changes: periods,
	over_time_charts: overTime,
	flows_part_ms: parts
};
await mkdir('tests/bench/results', { recursive: true });
await writeFile('tests/bench/results/flows.json', `${JSON.stringify(result, null, '\t')}\n`);
console.log(JSON.stringify(result, null, 2));
