import { withDemo } from './demo-in-node';
import { expect, openReady, test } from './fixtures';

/** SQL over the demo region and over literal values of every type the app reads back. */
const queries = [
	`SELECT 1::BIGINT AS big, 2::HUGEINT AS huge, 1.25::DECIMAL(5,2) AS dec, DATE '2024-02-29' AS d,
		TIMESTAMP '2024-01-01 10:00:00' AS ts, NULL AS nothing, true AS yes, 'Coördinator ''s-Hertogenbosch' AS text`,
	`SELECT count(*) AS n, count(DISTINCT wijk_id) AS wijken FROM partners`,
	`SELECT * FROM partners ORDER BY partner_id`,
	`SELECT * FROM coordinators ORDER BY coordinator_id, wijk_id`,
	`SELECT * FROM meetings ORDER BY meeting_id`,
	`SELECT type, domain, count(*) AS n FROM partners GROUP BY ALL ORDER BY ALL`,
	`SELECT date_trunc('quarter', date)::DATE AS q, sum(count) AS referrals, sum(feedback) AS feedback,
		avg(feedback / count) AS mean_rate, stddev_samp(count) AS spread FROM referrals GROUP BY 1 ORDER BY 1`,
	`SELECT m.wijk_id, count(DISTINCT a.partner_id) AS partners, sum(a.attendees) AS people
		FROM attendance a JOIN meetings m USING (meeting_id) GROUP BY 1 ORDER BY 1 NULLS FIRST`,
	`SELECT * FROM goals ORDER BY metric, wijk_id NULLS FIRST, period NULLS FIRST, target`
];

/**
 * Doubles to 12 significant digits: native DuckDB aggregates on several threads, so a standard
 * deviation may differ from the single-threaded wasm in its last bit. Everything else must match exactly.
 */
const comparable = (rows: object[]) =>
	rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) =>
		[k, typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(12)) : v])));

test('the browser engine and the Node engine give identical results', async ({ page }) => {
	await withDemo(async (node) => {
		await openReady(page, '/');
		for (const sql of queries) {
			const inBrowser = await page.evaluate((q) => window.wijkradar!.query(q), sql);
			const inNode = await node.query(sql);
			expect(inBrowser.length, sql).toBeGreaterThan(0);
			expect(comparable(inBrowser), sql).toEqual(comparable(inNode));
		}
	});
});
