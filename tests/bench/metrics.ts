// The overview on a generated region with 1,000,000 referrals, in headless Chromium on the
// production build: the time until every card shows a new period after the period select changes
// (p50/p95 over 20 switches; target p95 ≤ 50 ms), the time until the gaps do (issue 17: p95 ≤ 200 ms), and the one-off
// computation of every metric for every quarter after an import. `npm run bench:metrics`
// (builds first); `--referrals N` for another size. Results: tests/bench/results/metrics.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, machine, serveBuild, enableTestHooks } from './bench-browser';
import { regionFiles } from './metrics-data';
import { importRegion, switchPeriod } from './metrics-page';

const arg = (flag: string) => (process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined);
const REFERRALS = Number(arg('--referrals') ?? 1_000_000);
const SWITCHES = 20;
const QUARTERS = ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'];

const files = regionFiles(REFERRALS);
const server = await serveBuild(new Map([...files].map(([name, bytes]) => [`/__bench/${name}`, bytes])));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
await enableTestHooks(page);
await page.goto(`${server.origin}/`);
await page.locator('.app[data-state=ready]').waitFor({ timeout: 90_000 });
await page.locator('section.cards[aria-busy=false]').waitFor();
const loaded = await page.evaluate(`(${importRegion})(${JSON.stringify([...files.keys()])})`) as Record<string, unknown>;
if (loaded.rejected) throw new Error(`the generated region had rejected rows: ${JSON.stringify(loaded)}`);

const switches: { quarter: string; cards_ms: number; gaps_ms: number }[] = [];
for (let i = 0; i < SWITCHES; i++) {
	// Steps of three through the eight quarters: each switch changes the period (the import left 2024-Q4 shown).
	const quarter = QUARTERS[(i * 3) % QUARTERS.length];
	switches.push({ quarter, ...(await page.evaluate(`(${switchPeriod})(${JSON.stringify(quarter)})`) as { cards_ms: number; gaps_ms: number }) });
}
const version = browser.version();
await browser.close();
server.close();

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const round = (x: number) => Math.round(x * 10) / 10;
const cards = switches.map((s) => s.cards_ms);
const gaps = switches.map((s) => s.gaps_ms);
const result = {
	measured: new Date().toISOString(),
	machine: machine(version),
	referrals: REFERRALS,
	partners: 2000,
	wijken: 20,
	switches: SWITCHES,
	target: { cards_p95_ms_max: 50, gaps_p95_ms_max: 200 },
	cards_p50_ms: round(percentile(cards, 50)),
	cards_p95_ms: round(percentile(cards, 95)),
	meets_cards_target: percentile(cards, 95) <= 50,
	gaps_p50_ms: round(percentile(gaps, 50)),
	gaps_p95_ms: round(percentile(gaps, 95)),
	meets_gaps_target: percentile(gaps, 95) <= 200,
	import_ms: round(loaded.import_ms as number),
	all_quarters_after_import_ms: round(loaded.all_quarters_ms as number),
	first_gaps_after_import_ms: round(loaded.first_gaps_ms as number),
	runs: switches.map((s) => ({ ...s, cards_ms: round(s.cards_ms), gaps_ms: round(s.gaps_ms) }))
};
await mkdir('tests/bench/results', { recursive: true });
await writeFile('tests/bench/results/metrics.json', `${JSON.stringify(result, null, '\t')}\n`);
console.log(JSON.stringify({ ...result, runs: undefined }, null, 2));
