// The least work any import that keeps the data contract must do in DuckDB-wasm, step by step, on
// the 1M-referral file of bench:import, against plain read_csv of the same bytes in the same page.
// It does not run the app's import: it answers whether ≤ 1.5× plain read_csv is reachable at all.
// `npm run build && npx tsx tests/bench/import-floor.ts [--runs N]`; results: tests/bench/results/import-floor.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { referralReasons } from '../../src/lib/contract';
import { CHROMIUM_ARGS, chromiumPath, machine, median, serveBuild, enableTestHooks } from './bench-browser';
import { partnersCsv, referralsCsv } from './import-data';

const ROWS = 1_000_000;
const RUNS = Number(process.argv.includes('--runs') ? process.argv[process.argv.indexOf('--runs') + 1] : 3);
const columns = ['referral_id', 'date', 'from_partner_id', 'to_partner_id', 'reason', 'count', 'feedback'];
const asText = `columns = {${columns.map((c) => `'${c}': 'VARCHAR'`).join(', ')}}, auto_detect = false`;
const reasons = referralReasons.entries.map((e) => `'${e.id}'`).join(', ');

/** [step, SQL]; `$FILE` is the registered file. The floor is every step after `plain`. */
const steps: [string, string][] = [
	['plain', `CREATE OR REPLACE TABLE plain AS SELECT * FROM read_csv('$FILE', header = true, delim = ',', quote = '"', escape = '"')`],
	['read_number_convert', `CREATE OR REPLACE TEMP TABLE t AS SELECT (row_number() OVER () - 1)::INTEGER AS __row,
		referral_id, TRY_CAST(date AS DATE) AS date, from_partner_id, to_partner_id,
		CASE WHEN reason IN (${reasons}) THEN reason END AS reason,
		TRY_CAST(count AS INTEGER) AS count, TRY_CAST(feedback AS INTEGER) AS feedback
		FROM read_csv('$FILE', header = true, delim = ',', quote = '"', escape = '"', ${asText})`],
	['value_checks', `SELECT count(*) FROM t WHERE date IS NULL OR reason IS NULL OR count IS NULL OR count < 1 OR feedback > count`],
	['unique_keys', `SELECT count(referral_id) - count(DISTINCT referral_id) FROM t`],
	['references', `SELECT count(*) FROM t WHERE from_partner_id NOT IN (SELECT partner_id FROM partners)
		OR to_partner_id NOT IN (SELECT partner_id FROM partners)`],
	['insert', `INSERT INTO referrals (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM t`],
	['cleanup', `DELETE FROM referrals; DROP TABLE t; DROP TABLE plain`]
];

const server = await serveBuild(new Map([['/p.csv', partnersCsv()], ['/r.csv', referralsCsv(ROWS)]]));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
await enableTestHooks(page);
await page.goto(`${server.origin}/`);
await page.locator('.app[data-state=ready]').waitFor({ timeout: 90_000 });
const runs = await page.evaluate(async ({ steps, runs }) => {
	const app = window.wijkradar!;
	const partners = new Uint8Array(await (await fetch('/p.csv')).arrayBuffer());
	await app.importFiles([{ name: 'partners.csv', bytes: partners }], { replace: true });
	await app.saved();
	const out: Record<string, number>[] = [];
	for (let run = 0; run < runs; run++) {
		const times: Record<string, number> = {};
		for (const [step, sql] of steps) {
			// A fresh copy per read (registering hands the bytes over), under one name per step so that it replaces the last.
			const path = sql.includes('$FILE')
				? await app.registerFile(`floor-${step}.csv`, new Uint8Array(await (await fetch('/r.csv')).arrayBuffer()))
				: '';
			const t0 = performance.now();
			// Reads through the reader; writes through the session's write path (which adds its refresh, a few ms).
			await (/^\s*SELECT/i.test(sql) ? app.query : app.exec)(sql.replaceAll('$FILE', path));
			times[step] = performance.now() - t0;
		}
		out.push(times);
	}
	return out;
}, { steps, runs: RUNS });
const version = browser.version();
await browser.close();
server.close();

const figures: Record<string, number> = {};
for (const [step] of steps.filter(([s]) => s !== 'cleanup')) figures[`${step}_ms`] = Math.round(median(runs.map((r) => r[step])));
const floor = median(runs.map((r) => steps.slice(1, -1).reduce((sum, [s]) => sum + r[s], 0)));
const result = {
	measured: new Date().toISOString(),
	machine: machine(version),
	rows: ROWS,
	runs: RUNS,
	...figures,
	floor_ms: Math.round(floor),
	floor_ratio: Number((floor / figures.plain_ms).toFixed(2)),
	// Reading straight into the target table (deleting rejected rows afterwards) would spare the copy.
	floor_without_insert_ratio: Number(((floor - figures.insert_ms) / figures.plain_ms).toFixed(2)),
	runs_ms: runs.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v)])))
};
await mkdir('tests/bench/results', { recursive: true });
await writeFile('tests/bench/results/import-floor.json', `${JSON.stringify(result, null, '\t')}\n`);
console.log(JSON.stringify({ ...result, runs_ms: undefined }, null, 2));
