import { type Page } from '@playwright/test';
import { expect, openReady, test } from './fixtures';

test.use({ viewport: { width: 1440, height: 900 } });

type Box = { text: string; x0: number; y0: number; x1: number; y1: number };

/** Every label of a chart, as its getBBox() in the chart's own coordinates (its rotation included), and the chart's viewBox. */
const labelBoxes = (page: Page, selector: string) => page.locator(selector).evaluate((svg: SVGSVGElement) => {
	const view = svg.viewBox.baseVal;
	const toSvg = svg.getScreenCTM()!.inverse();
	const boxes = [...svg.querySelectorAll('text')].map((text) => {
		const b = text.getBBox();
		const m = toSvg.multiply(text.getScreenCTM()!);
		const corners = [[b.x, b.y], [b.x + b.width, b.y], [b.x, b.y + b.height], [b.x + b.width, b.y + b.height]]
			.map(([x, y]) => new DOMPoint(x, y).matrixTransform(m));
		const xs = corners.map((p) => p.x);
		const ys = corners.map((p) => p.y);
		return { text: text.textContent ?? '', x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
	});
	return { view: { x0: view.x, y0: view.y, x1: view.x + view.width, y1: view.y + view.height }, boxes };
});

function expectInside(chart: string, { view, boxes }: { view: Omit<Box, 'text'>; boxes: Box[] }) {
	expect(boxes.length, chart).toBeGreaterThan(0);
	const outside = boxes.filter((b) => b.x0 < view.x0 - 0.5 || b.y0 < view.y0 - 0.5 || b.x1 > view.x1 + 0.5 || b.y1 > view.y1 + 0.5);
	expect.soft(outside.map((b) => `${b.text} [${b.x0.toFixed(0)},${b.y0.toFixed(0)} – ${b.x1.toFixed(0)},${b.y1.toFixed(0)}]`), `${chart}: labels outside the picture`).toEqual([]);
}

function expectApart(chart: string, boxes: Box[]) {
	const overlaps: string[] = [];
	for (const [i, a] of boxes.entries()) {
		for (const b of boxes.slice(i + 1)) {
			if (a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5) overlaps.push(`${a.text} / ${b.text}`);
		}
	}
	expect.soft(overlaps, `${chart}: overlapping labels`).toEqual([]);
}

for (const [level, search] of [['type', ''], ['organisation', '&from=partner&to=partner']] as const) {
	test(`at ${level} level every label of the sankey and the matrix is inside its picture, and the sankey's labels do not overlap`, async ({ page }) => {
		await openReady(page, `/verwijzingen?period=2024-Q4${search}`);
		await expect(page.locator('svg.flow-matrix rect[data-cell]').first()).toBeVisible({ timeout: 30_000 });
		const sankey = await labelBoxes(page, 'svg.sankey');
		expectInside('sankey', sankey);
		expectApart('sankey', sankey.boxes);
		expectInside('matrix', await labelBoxes(page, 'svg.flow-matrix'));
	});
}
