// The national monitor on native DuckDB (issue 17): `zorggroepen` regions of 20 wijken with
// `referrals` referrals each are generated, then `npm run metrics -- --compare` runs per zorggroep
// and once over all of them together, each timed with its peak memory (GNU time), on this machine.
// npm run bench:national -- [--zorggroepen 50] [--referrals 200000] [--out /tmp/wijkradar-national] [--reuse]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { writeNational, zorggroepCode } from './national-data';

const { values } = parseArgs({ options: { zorggroepen: { type: 'string' }, referrals: { type: 'string' }, out: { type: 'string' }, reuse: { type: 'boolean' } } });
const zorggroepen = Number(values.zorggroepen ?? 50);
const referralsEach = Number(values.referrals ?? 200_000);
const out = values.out ?? '/tmp/wijkradar-national';
const PERIOD = '2024-Q4';

const started = performance.now();
// --reuse: the folders a previous run wrote with the same sizes (generating 10,000,000 referrals takes a minute).
const { folders, national, referrals } = values.reuse && existsSync(join(out, 'nationaal'))
	? { folders: Array.from({ length: zorggroepen }, (_, i) => join(out, zorggroepCode(i))), national: join(out, 'nationaal'), referrals: zorggroepen * referralsEach }
	: await writeNational(out, zorggroepen, referralsEach);
const generatedS = (performance.now() - started) / 1000;
console.log(`generated ${zorggroepen} zorggroepen, ${referrals} referrals in ${generatedS.toFixed(1)} s`);

/** One `npm run metrics -- --compare` run: wall seconds, peak resident memory, and the wijken it compared. */
function compare(folder: string) {
	const run = spawnSync('/usr/bin/time', ['-f', '%e %M', 'node_modules/.bin/tsx', 'src/cli/metrics.ts', '--data', folder, '--period', PERIOD, '--compare'],
		{ encoding: 'utf8', maxBuffer: 1 << 30 });
	if (run.status !== 0) throw new Error(`${folder}: exit ${run.status}\n${run.stderr}`);
	const [seconds, kb] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
	const report = JSON.parse(run.stdout) as { wijken: { wijk_id: string | null }[] };
	return { seconds, peak_rss_mb: Math.round(kb / 1024), wijken: report.wijken.length };
}

const per: ReturnType<typeof compare>[] = [];
for (const folder of folders) {
	per.push(compare(folder));
	console.log(`${folder}: ${JSON.stringify(per.at(-1))}`);
}
const all = compare(national);
console.log(`national: ${JSON.stringify(all)}`);

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const at = (xs: number[], q: number) => sorted(xs)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const result = {
	measured: new Date().toISOString(),
	machine: `${cpus().length} × ${cpus()[0].model}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, native DuckDB (@duckdb/node-api)`,
	command: `npm run metrics -- --data <folder> --period ${PERIOD} --compare`,
	zorggroepen, wijken_each: per[0]?.wijken ?? 0, referrals_each: referralsEach, referrals_total: referrals,
	generated_s: values.reuse ? null : Number(generatedS.toFixed(1)),
	per_zorggroep: {
		seconds: { p50: at(per.map((p) => p.seconds), 0.5), max: Math.max(...per.map((p) => p.seconds)), total: Number(per.reduce((s, p) => s + p.seconds, 0).toFixed(1)) },
		peak_rss_mb: { p50: at(per.map((p) => p.peak_rss_mb), 0.5), max: Math.max(...per.map((p) => p.peak_rss_mb)) }
	},
	national: { ...all, note: 'every zorggroep in one import and one comparison of all their wijken' }
};
await mkdir('tests/bench/results', { recursive: true });
await writeFile('tests/bench/results/national.json', `${JSON.stringify(result, null, '\t')}\n`);
console.log(JSON.stringify(result, null, 2));
