import { readFile } from 'node:fs/promises';
import { networkFigures, tieChanges } from '../../src/lib/graph';
import { findGaps } from '../../src/lib/metrics/gaps';
import { networkGraph, networkRows } from '../../src/lib/metrics/network';
import { partnerTypeLabel } from '../../src/lib/i18n/vocabulary';
import { withDemo } from './demo-in-node';
import { expect, openReady, reloadReady, test } from './fixtures';

/** Graph(S, 2024-Q4) of the demo as Node computes it, for the given scopes. */
const nodeFigures = (wijken: (string | null)[]) => withDemo(async (db) => {
	const figures = [];
	for (const wijk of wijken) figures.push(networkFigures(await networkGraph(db, { wijk }, '2024-Q4')));
	return figures;
});

test('the network carries the node and edge counts of Graph(S, Q) for the region and a wijk', async ({ page }) => {
	const [region, w05] = await nodeFigures([null, 'W05']);
	await openReady(page, '/netwerk');
	await expect(page.locator('.graph')).toHaveAttribute('data-nodes', String(region.nodes), { timeout: 30_000 });
	await expect(page.locator('.graph')).toHaveAttribute('data-edges', String(region.edges));
	await expect(page.locator('.graph canvas').first()).toBeVisible();
	await expect(page.locator('.graph')).toHaveAttribute('data-analysed', 'true');
	await expect(page.locator('.figures')).toContainText(`${region.components} ${region.components === 1 ? 'groep' : 'groepen'}`);
	await page.getByLabel('Gebied').selectOption('W05');
	await expect(page.locator('.graph')).toHaveAttribute('data-nodes', String(w05.nodes), { timeout: 30_000 });
	await expect(page.locator('.graph')).toHaveAttribute('data-edges', String(w05.edges));
	await expect(page.locator('.node-table tbody tr')).toHaveCount(w05.nodes);
});

test('a gap link highlights its partners, and the panel explains the partner the network hangs on', async ({ page }) => {
	await openReady(page, '/netwerk?wijk=W05&gap=single_point_of_failure');
	await expect(page.locator('[data-gap-toggle="single_point_of_failure"] input')).toBeChecked({ timeout: 30_000 });
	await expect(page.locator('[data-gap-toggle="single_point_of_failure"]')).toContainText('(1)');
	await page.locator('tr[data-partner="P065"] button').click();
	const panel = page.locator('.node-panel[data-partner="P065"]');
	await expect(panel).toBeVisible();
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
	await expect(panel).toContainText('Contactpersoon');
	await expect(panel.locator('[data-gap-kind="single_point_of_failure"]')).toContainText('Netwerk hangt aan één partner (Zuiderpark)');
	await panel.getByRole('button', { name: 'Sluiten' }).click();
	await expect(panel).toHaveCount(0);
});

test('missing core partners are listed beside the graph, and a partner is found by name', async ({ page }) => {
	await openReady(page, '/netwerk?wijk=W07');
	await expect(page.locator('[data-missing-core]')).toHaveAttribute('data-missing-core', '4', { timeout: 30_000 });
	await expect(page.locator('[data-missing-core] li')).toHaveText(['wijk Vlietpolder: CJG', 'wijk Vlietpolder: schuldhulp', 'wijk Vlietpolder: thuiszorg', 'wijk Vlietpolder: welzijn']);
	await page.getByLabel('Partner zoeken').fill('P091');
	await page.getByRole('button', { name: /\(P091\)/ }).click();
	await expect(page.locator('.node-panel[data-partner="P091"]')).toContainText('Partner zonder banden');
});

test('the view exports as a valid SVG and PNG with title, legend, scope, period and source', async ({ page }) => {
	await openReady(page, '/netwerk?wijk=W05&period=2024-Q3');
	await expect(page.locator('.graph canvas').first()).toBeVisible({ timeout: 30_000 });
	const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteer als SVG' }).click()]);
	expect(svgDownload.suggestedFilename()).toBe('wijkradar-netwerk-W05-2024-Q3.svg');
	const svg = await readFile(await svgDownload.path(), 'utf8');
	const parsed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		return { error: doc.querySelector('parsererror')?.textContent ?? null, circles: doc.querySelectorAll('circle').length, texts: [...doc.querySelectorAll('text')].map((t) => t.textContent) };
	}, svg);
	expect(parsed.error).toBeNull();
	expect(parsed.texts).toEqual(expect.arrayContaining(['Netwerk 2024-Q3: Zuiderpark', 'zorg', 'sociaal domein', 'verwijzingen']));
	expect(parsed.texts.some((text) => text?.startsWith('Bron: demoregio (verzonnen gegevens), verwerkt met Wijkradar'))).toBe(true);
	const nodes = Number(await page.locator('.graph').getAttribute('data-nodes'));
	expect(parsed.circles).toBe(nodes + 4); // the partners, plus the four domain dots of the legend

	const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteer als PNG' }).click()]);
	const png = await readFile(await pngDownload.path());
	expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(png.readUInt32BE(16)).toBe(1800); // IHDR width: 900 px at scale 2
});

test('ties new and lost since the previous quarter, and the coordinator layer, never change the figures', async ({ page }) => {
	const changes = await withDemo(async (db) =>
		tieChanges((await networkRows(db, { wijk: 'W05' }, '2024-Q4')).edges, (await networkRows(db, { wijk: 'W05' }, '2024-Q3')).edges));
	await openReady(page, '/netwerk?wijk=W05');
	const graph = page.locator('.graph');
	await expect(graph).toHaveAttribute('data-nodes', /\d+/, { timeout: 30_000 });
	const [nodes, edges] = [await graph.getAttribute('data-nodes'), await graph.getAttribute('data-edges')];
	const toggle = page.locator('[data-changes]');
	await expect(toggle).toHaveAttribute('data-changes', `${changes.added.size}|${changes.lost.length}`);
	await toggle.locator('input').check();
	await expect(page.getByText('verdwenen band', { exact: true })).toBeVisible();
	await page.getByLabel(/Coördinatoren en hun contacten tonen/).check();
	await expect(graph).toHaveAttribute('data-nodes', nodes!);
	await expect(graph).toHaveAttribute('data-edges', edges!);
	await expect(page.locator('.node-table tbody tr')).toHaveCount(Number(nodes));
});

test('every deliberate gap of the demo is highlighted on the graph and explained in its partner panel', async ({ page }) => {
	const { gaps, wijken } = await withDemo(async (db) => ({
		gaps: await findGaps(db, { wijk: null }, '2024-Q4'),
		wijken: new Map((await db.query<{ wijk_id: string; name: string }>('SELECT wijk_id, name FROM wijken')).map((w) => [w.wijk_id, w.name]))
	}));
	await openReady(page, '/netwerk?period=2024-Q4');
	await expect(page.locator('.graph')).toHaveAttribute('data-analysed', 'true', { timeout: 30_000 });
	const missing = gaps.filter((g) => g.kind === 'missing_core_type');
	// Named as people read them: "wijk Vlietpolder: CJG".
	await expect(page.locator('[data-missing-core] li')).toHaveText(missing.map((g) => `wijk ${wijken.get(g.wijk_id!)}: ${partnerTypeLabel(g.type!)}`));

	const onGraph = ['isolated_partner', 'single_point_of_failure', 'practice_without_wijkteam', 'stale_kaart_entry', 'unknown_face'] as const;
	for (const kind of onGraph) {
		const toggle = page.locator(`[data-gap-toggle="${kind}"]`);
		await expect(toggle).toContainText(`(${gaps.filter((g) => g.kind === kind).length})`);
		await toggle.locator('input').check();
	}
	const partners = new Set(gaps.flatMap((g) => [g.partner_id, g.to_partner_id]).filter((id): id is string => !!id));
	const highlightable = new Set(gaps.filter((g) => (onGraph as readonly string[]).includes(g.kind)).map((g) => g.partner_id));
	await expect(page.locator('.graph')).toHaveAttribute('data-highlighted', String(highlightable.size));

	for (const id of partners) {
		await page.getByLabel('Partner zoeken').fill(id);
		await page.getByRole('button', { name: new RegExp(`\\(${id}\\)`) }).click();
		const panel = page.locator(`.node-panel[data-partner="${id}"]`);
		for (const gap of gaps.filter((g) => g.partner_id === id || g.to_partner_id === id)) {
			const item = panel.locator(`[data-gap-kind="${gap.kind}"]`);
			await expect(item).toBeVisible();
			// Explained: a sentence under the kind's name, with the wijk or the other partner where it has one.
			await expect(item.locator('p')).toHaveText(/\w{4,}.*\./);
			if (gap.kind === 'one_way_referrals') await expect(item.locator('p')).toContainText('nooit terugkoppeling');
		}
	}
});

test('the map moves and zooms with the keyboard, and the node table pages', async ({ page }) => {
	await openReady(page, '/netwerk?period=2024-Q4');
	const map = page.getByRole('application');
	await expect(map).toHaveAttribute('data-zoom', '1.000', { timeout: 30_000 });
	await map.focus();
	await page.keyboard.press('+');
	await expect(map).not.toHaveAttribute('data-zoom', '1.000');
	await page.keyboard.press('0');
	await expect(map).toHaveAttribute('data-zoom', '1.000');
	const nodes = Number(await page.locator('.graph').getAttribute('data-nodes'));
	expect(nodes).toBeGreaterThan(100); // the demo region: more than one page of 100
	const rows = page.locator('.node-table tbody tr');
	await expect(rows).toHaveCount(100);
	await page.getByRole('button', { name: 'Volgende' }).click();
	await expect(rows).toHaveCount(nodes - 100);
	await expect(page.locator('.pager')).toContainText(`Partners 101–${nodes} van ${nodes}`);
	await expect(page.getByRole('button', { name: 'Volgende' })).toBeDisabled();
});

test('the network\'s controls and chosen partner live in the link: they survive a reload and a shared link', async ({ page, context }) => {
	await openReady(page, '/netwerk?wijk=W05&period=2024-Q3');
	await page.getByLabel('brugfunctie (betweenness)').check();
	await page.getByLabel('samen in een bijeenkomst').uncheck();
	await page.locator('[data-gap-toggle="unknown_face"] input').check();
	await page.locator('[data-changes] input').check();
	await page.locator('.node-table tbody tr').first().getByRole('button').click();
	const partner = await page.locator('.node-panel').getAttribute('data-partner');
	await expect(page).toHaveURL(/size=betweenness/);
	const expectSame = async (p: typeof page) => {
		await expect(p.getByLabel('brugfunctie (betweenness)')).toBeChecked();
		await expect(p.getByLabel('samen in een bijeenkomst')).not.toBeChecked();
		await expect(p.locator('[data-gap-toggle="unknown_face"] input')).toBeChecked();
		await expect(p.locator('[data-gap-toggle="isolated_partner"] input')).toBeChecked();
		await expect(p.locator('[data-changes] input')).toBeChecked();
		await expect(p.locator(`.node-panel[data-partner="${partner}"]`)).toBeVisible();
		await expect(p.getByLabel('Periode')).toHaveValue('2024-Q3');
	};
	const link = page.url();
	await reloadReady(page);
	await expectSame(page);
	const shared = await context.newPage();
	await openReady(shared, link);
	await expectSame(shared);
	await shared.getByRole('button', { name: 'Sluiten' }).click();
	await expect(shared).not.toHaveURL(/partner=/);
});
