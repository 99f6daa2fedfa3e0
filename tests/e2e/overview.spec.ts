import { fractionIds, metricIds } from '../../src/lib/contract';
import { formatNumber } from '../../src/lib/i18n';
import { findGaps, gapKinds } from '../../src/lib/metrics/gaps';
import { metricResults, type MetricResults } from '../../src/lib/metrics/series';
import { withDemo } from './demo-in-node';
import { expect, openReady, test } from './fixtures';

const QUARTERS = ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'];

/** The demo's metrics and 2024-Q4 gap counts computed in Node by the same code, for comparison. */
const expectedFromNode = (wijk: string | null): Promise<MetricResults & { gapCounts: Record<string, number> }> =>
	withDemo(async (db) => {
		const gapCounts: Record<string, number> = {};
		for (const gap of await findGaps(db, { wijk }, '2024-Q4')) gapCounts[gap.kind] = (gapCounts[gap.kind] ?? 0) + 1;
		return { ...(await metricResults(db, { wijk }, QUARTERS)), gapCounts };
	});

test('the overview shows all eleven metrics of every quarter as Node computes them, and every gap', async ({ page, watch }) => {
	const expected = await expectedFromNode(null);
	await openReady(page, '/');
	const cards = page.locator('[data-metric]');
	await expect(cards).toHaveCount(11);
	for (const [i, quarter] of QUARTERS.entries()) {
		await page.getByLabel('Periode').selectOption(quarter);
		await expect(page.getByRole('heading', { level: 1 })).toContainText(quarter);
		for (const id of metricIds) {
			const value = expected.series[id][i];
			await expect(page.locator(`[data-metric="${id}"]`), `${id} ${quarter}`).toHaveAttribute('data-value', value === null ? '' : String(value));
		}
	}
	for (const id of fractionIds) {
		const { numerator, denominator } = expected.fractions[id][QUARTERS.length - 1];
		await expect(page.locator(`[data-metric="${id}"] .kpi-fraction`), id).toHaveText(`${formatNumber(numerator)} van ${formatNumber(denominator)}`);
	}
	await expect(page.locator('[data-metric="referrals_total"] .kpi-fraction')).toHaveCount(0);
	const gemeente = page.locator('[data-metric="coordinators_gemeente_contact_share"]');
	await expect(gemeente.locator('.kpi-value')).toHaveText('80%');
	await expect(gemeente.locator('.kpi-fraction')).toHaveText('4 van 5');
	await expect(gemeente).toContainText('t.o.v. 2024-Q3');
	await expect(page.locator('[data-metric="actions_done_share"]')).toContainText('Streefwaarde');
	await gemeente.getByText('Wat betekent dit?').click();
	await expect(gemeente).toContainText('gebiedsmanager');

	const groups = page.locator('[data-gap-kind]');
	await expect(groups).toHaveCount(7);
	for (const [kind, count] of Object.entries(expected.gapCounts)) {
		await expect(page.locator(`[data-gap-kind="${kind}"]`)).toHaveAttribute('data-count', String(count));
	}
	const oneWay = page.locator('[data-gap-kind="one_way_referrals"]');
	await expect(oneWay).toContainText('(P074)');
	await expect(oneWay).toContainText('(P078)');
	await expect(oneWay.getByRole('link')).toHaveAttribute('href', /\/verwijzingen\?gap=one_way_referrals$/);
	expect(watch.requests.some((url) => /graph\.worker/.test(url)), 'graph figures computed in a worker').toBe(true);
});

test('a wijk link shows that wijk, with its missing core partners', async ({ page }) => {
	const expected = await expectedFromNode('W07');
	await openReady(page, '/?wijk=W07&period=2024-Q3');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('2024-Q3');
	await expect(page.locator('[data-metric="core_type_coverage"]')).toHaveAttribute('data-value', String(expected.series.core_type_coverage[6]));
	await page.getByLabel('Periode').selectOption('2024-Q4');
	await expect(page.locator('[data-gap-kind="missing_core_type"]')).toHaveAttribute('data-count', '4');
	await expect(page.locator('[data-gap-kind="missing_core_type"] li')).toHaveText(['wijk Vlietpolder: CJG', 'wijk Vlietpolder: schuldhulp', 'wijk Vlietpolder: thuiszorg', 'wijk Vlietpolder: welzijn']);
	// The link is Netwerk's own (gaps=…): following it shows that wijk with that kind of gap alone.
	await expect(page.locator('[data-gap-kind="missing_core_type"] a')).toHaveAttribute('href', /\/netwerk\?wijk=W07&gaps=missing_core_type$/);
	await page.locator('[data-gap-kind="missing_core_type"] a').click();
	await expect(page.locator('.app')).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
	await expect(page.locator('[data-missing-core]')).toHaveAttribute('data-missing-core', '4');
	await expect(page.locator('[data-gap-toggle] input:checked')).toHaveCount(0);
});

test('gaps warmed in the background are each their own quarter\'s and wijk\'s, as Node finds them', async ({ page }) => {
	const cases = [['W06', '2023-Q3'], ['W06', '2024-Q1'], [null, '2023-Q2'], ['W06', '2024-Q4']] as const;
	const expected = await withDemo(async (db) => {
		const counts: Record<string, number>[] = [];
		for (const [wijk, quarter] of cases) {
			const byKind: Record<string, number> = {};
			for (const gap of await findGaps(db, { wijk }, quarter)) byKind[gap.kind] = (byKind[gap.kind] ?? 0) + 1;
			counts.push(byKind);
		}
		return counts;
	});
	// The cases differ: a gap list served for the wrong quarter or scope cannot pass.
	expect(new Set(expected.map((c) => JSON.stringify(c))).size).toBe(cases.length);
	await openReady(page, '/?wijk=W06');
	for (const [i, [wijk, quarter]] of cases.entries()) {
		if (i > 0 && wijk !== cases[i - 1][0]) await page.getByLabel('Gebied').selectOption(wijk ?? '');
		await page.getByLabel('Periode').selectOption(quarter);
		await expect(page.locator('section.gaps')).toHaveAttribute('data-key', `${wijk ?? ''}|${quarter}`);
		await expect(page.locator('section.gaps')).toHaveAttribute('aria-busy', 'false');
		for (const kind of gapKinds) {
			const group = page.locator(`[data-gap-kind="${kind}"]`);
			if (expected[i][kind]) await expect(group, `${wijk} ${quarter} ${kind}`).toHaveAttribute('data-count', String(expected[i][kind]));
			else await expect(group, `${wijk} ${quarter} ${kind}`).toHaveCount(0);
		}
	}
});

test('with data but nothing dated, the overview says what to load instead of computing forever', async ({ page }) => {
	await openReady(page, '/');
	await page.evaluate(async () => {
		const bytes = new TextEncoder().encode('partner_id,name,type,wijk_id\nP1,Praktijk De Linde,huisarts,W01\n');
		await window.wijkradar!.importFiles([{ name: 'partners.csv', bytes }], { replace: true });
	});
	await expect(page.locator('section.cards')).toContainText('geen gegevens met een datum');
	await expect(page.locator('section.gaps')).toContainText('geen gegevens met een datum');
	await expect(page.locator('[aria-busy=true]')).toHaveCount(0);
});

test('the gap list names wijken and partner types, never their codes', async ({ page }) => {
	await openReady(page, '/?period=2024-Q4');
	const lines = page.locator('.gap-group li');
	await expect(lines.first()).toBeVisible({ timeout: 30_000 });
	const texts = await lines.allTextContents();
	expect(texts.length).toBeGreaterThan(10);
	for (const text of texts) expect(text).not.toMatch(/\bW\d\d\b|\bcjg\b|veilig_thuis|maatschappelijk_werk|_/);
	expect(texts).toContain('Huisartsenpraktijk Eikenlaan (P074) naar Sociaal wijkteam Eikenrode (P078), wijk Eikenrode');
});

test('each card\'s sparkline draws one line piece per run of known quarters and marks the last one', async ({ page }) => {
	const { series } = await expectedFromNode('W07');
	await openReady(page, '/?wijk=W07');
	for (const id of metricIds) {
		const values = series[id];
		const runs = values.filter((v, i) => v !== null && (i === 0 || values[i - 1] === null)).length;
		const line = page.locator(`[data-metric="${id}"] svg.sparkline path`).first();
		await expect(line, id).toHaveAttribute('d', /^M/);
		expect((await line.getAttribute('d'))!.match(/M/g)!.length, `${id}: ${JSON.stringify(values)}`).toBe(runs);
		await expect(page.locator(`[data-metric="${id}"] svg.sparkline circle`), id).toHaveCount(values.at(-1) === null ? 0 : 1);
	}
});
