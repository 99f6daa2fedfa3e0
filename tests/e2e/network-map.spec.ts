import { readFile } from 'node:fs/promises';
import { type Locator, type Page } from '@playwright/test';
import { expect, openReady, test } from './fixtures';

type Box = [number, number, number, number];
interface Drawn { nodes: Box; labels: Box | null; labelled: number; at: Record<string, [number, number]> }

const map = (page: Page) => page.getByRole('application');
const drawn = async (canvas: Locator): Promise<Drawn> => JSON.parse((await canvas.getAttribute('data-drawn'))!);

/** The map has drawn a network fitted into it: every disc and label inside with a margin, the larger side filled. */
async function expectFitted(page: Page) {
	const canvas = map(page);
	await expect(canvas).toHaveAttribute('data-drawn', /"labelled":[1-9]/, { timeout: 30_000 });
	await expect(canvas).toHaveAttribute('data-zoom', '1.000');
	const { width, height } = (await canvas.boundingBox())!;
	const { nodes, labels } = await drawn(canvas);
	expect(nodes[0]).toBeGreaterThanOrEqual(8);
	expect(nodes[1]).toBeGreaterThanOrEqual(8);
	expect(nodes[2]).toBeLessThanOrEqual(width - 8);
	expect(nodes[3]).toBeLessThanOrEqual(height - 8);
	expect(Math.max((nodes[2] - nodes[0]) / width, (nodes[3] - nodes[1]) / height)).toBeGreaterThan(0.8);
	expect(labels![0]).toBeGreaterThanOrEqual(0);
	expect(labels![1]).toBeGreaterThanOrEqual(0);
	expect(labels![2]).toBeLessThanOrEqual(width);
	expect(labels![3]).toBeLessThanOrEqual(height);
}

test.describe('at 1440 × 900', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('with nothing selected the map takes at least 70% of the content width', async ({ page }) => {
		await openReady(page, '/netwerk');
		await expect(map(page)).toBeVisible({ timeout: 30_000 });
		const main = (await page.locator('main').boundingBox())!;
		const canvas = (await map(page).boundingBox())!;
		expect(canvas.width / main.width).toBeGreaterThanOrEqual(0.7);
		await expect(page.locator('.node-panel')).toHaveCount(0);
	});

	test('the partner panel lies over the map while open, and Escape or Sluiten gives the focus back to what opened it', async ({ page }) => {
		await openReady(page, '/netwerk?wijk=W05');
		await expect(map(page)).toBeVisible({ timeout: 30_000 });
		const before = (await map(page).boundingBox())!;
		const row = page.locator('tr[data-partner="P065"] button');
		await row.click();
		const panel = page.locator('.node-panel[data-partner="P065"]');
		await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
		await panel.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
		const [canvas, over] = [(await map(page).boundingBox())!, (await panel.boundingBox())!];
		expect(canvas.width).toBeCloseTo(before.width, 0);
		expect(over.x).toBeGreaterThan(canvas.x);
		expect(over.x + over.width).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
		expect(over.y).toBeGreaterThanOrEqual(canvas.y - 1);
		await page.keyboard.press('Escape');
		await expect(panel).toHaveCount(0);
		await expect(row).toBeFocused();

		await page.getByLabel('Partner zoeken').fill('P065');
		const match = page.locator('.matches').getByRole('button', { name: /\(P065\)/ });
		await match.click();
		await page.locator('.node-panel').getByRole('button', { name: 'Sluiten' }).click();
		await expect(page.locator('.node-panel')).toHaveCount(0);
		await expect(match).toBeFocused();
	});

	test('a partner clicked on the map opens its panel, and closing it gives the focus back to the map', async ({ page }) => {
		await openReady(page, '/netwerk?wijk=W07');
		await expectFitted(page);
		const { at } = await drawn(map(page));
		const [id, [x, y]] = Object.entries(at)[0];
		await map(page).click({ position: { x, y } });
		const panel = page.locator(`.node-panel[data-partner="${id}"]`);
		await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(panel).toHaveCount(0);
		await expect(map(page)).toBeFocused();
	});

	test('closing the panel of a partner whose row was paged away gives the focus to the map, never to the page', async ({ page }) => {
		await openReady(page, '/netwerk');
		await expect(map(page)).toBeVisible({ timeout: 30_000 });
		const row = page.locator('.node-table tbody tr').first();
		const id = await row.getAttribute('data-partner');
		await row.getByRole('button').click();
		await expect(page.locator(`.node-panel[data-partner="${id}"]`)).toBeVisible();
		await page.getByRole('button', { name: 'Volgende' }).click();
		await expect(page.locator(`.node-table tr[data-partner="${id}"]`)).toHaveCount(0);
		await page.keyboard.press('Escape');
		await expect(page.locator('.node-panel')).toHaveCount(0);
		await expect(map(page)).toBeFocused();
	});

	test('the camera fits the network on load and again after a change of period or area', async ({ page }) => {
		await openReady(page, '/netwerk');
		await expectFitted(page);
		await map(page).focus();
		await page.keyboard.press('+');
		await expect(map(page)).not.toHaveAttribute('data-zoom', '1.000');
		await page.getByLabel('Periode').selectOption('2024-Q2');
		await expectFitted(page);
		await page.getByLabel('Gebied').selectOption('W07');
		await expect(page.locator('.graph')).toHaveAttribute('data-nodes', '9', { timeout: 30_000 });
		await expectFitted(page);
	});

	test('a tall wijk is turned a quarter to fill the wide map, and zoom 1 is still the whole network', async ({ page }) => {
		await openReady(page, '/netwerk?wijk=W05');
		await expectFitted(page);
		const { width } = (await map(page).boundingBox())!;
		const { nodes } = await drawn(map(page));
		expect((nodes[2] - nodes[0]) / width).toBeGreaterThan(0.85);
		await map(page).focus();
		await page.keyboard.press('-');
		await expect(map(page)).not.toHaveAttribute('data-zoom', '1.000');
		await page.keyboard.press('0');
		await expectFitted(page);
	});

	test('the legend says what grey means while gaps are highlighted, on screen and in the export', async ({ page }) => {
		await openReady(page, '/netwerk?wijk=W07');
		const dimmed = page.locator('[data-legend="dimmed"]');
		await expect(dimmed).toHaveText('grijs: hoort niet bij een getoond aandachtspunt', { timeout: 30_000 });
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteer als SVG' }).click()]);
		const svg = await readFile(await download.path(), 'utf8');
		expect(svg).toContain('>grijs: hoort niet bij een getoond aandachtspunt</tspan>');
		for (const toggle of await page.locator('[data-gap-toggle] input').all()) await toggle.uncheck();
		await expect(page.locator('.graph')).toHaveAttribute('data-highlighted', '0');
		await expect(dimmed).toHaveCount(0);
	});

	test('the export shows the fitted map: every node and label inside the picture, the graph centred', async ({ page }) => {
		await openReady(page, '/netwerk?wijk=W07');
		await expect(map(page)).toBeVisible({ timeout: 30_000 });
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteer als SVG' }).click()]);
		const svg = await readFile(await download.path(), 'utf8');
		const drawing = await page.evaluate((text) => {
			const holder = document.body.appendChild(document.createElement('div'));
			holder.innerHTML = text.replace(/^<\?xml[^>]*>/, '');
			const body = holder.querySelector('svg > g')!;
			const boxes = (selector: string) => [...body.querySelectorAll<SVGGraphicsElement>(selector)].map((e) => {
				const { x, y, width, height } = e.getBBox();
				return { x, y, width, height };
			});
			const result = { discs: boxes('circle'), labels: boxes('text') };
			holder.remove();
			return result;
		}, svg);
		expect(drawing.discs).toHaveLength(9);
		expect(drawing.labels.length).toBeGreaterThanOrEqual(7);
		for (const b of [...drawing.discs, ...drawing.labels]) {
			expect(b.x).toBeGreaterThanOrEqual(0);
			expect(b.x + b.width).toBeLessThanOrEqual(900);
			expect(b.y).toBeGreaterThanOrEqual(0);
			expect(b.y + b.height).toBeLessThanOrEqual(640);
		}
		const left = Math.min(...drawing.discs.map((b) => b.x));
		const right = Math.max(...drawing.discs.map((b) => b.x + b.width));
		expect(Math.abs(left - (900 - right))).toBeLessThan(2);
		for (const [i, a] of drawing.labels.entries()) {
			for (const b of drawing.labels.slice(i + 1)) {
				const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
				expect(apart).toBe(true);
			}
		}
	});
});

test.describe('on a phone, 390 × 844', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the controls go above the map, which takes the full width and a usable height', async ({ page }) => {
		await openReady(page, '/netwerk?wijk=W07');
		await expect(map(page)).toBeVisible({ timeout: 30_000 });
		const canvas = (await map(page).boundingBox())!;
		const controls = (await page.locator('.controls').boundingBox())!;
		expect(canvas.width).toBeGreaterThanOrEqual(330);
		expect(canvas.height).toBeGreaterThanOrEqual(320);
		expect(controls.y + controls.height).toBeLessThanOrEqual(canvas.y);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await expectFitted(page);
	});
});
