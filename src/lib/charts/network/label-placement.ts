/** A node that would like its label shown, in screen units. */
export interface LabelCandidate {
	id: string;
	text: string;
	x: number;
	y: number;
	radius: number;
	/** The label's width as drawn. */
	width: number;
}

export interface PlacedLabel {
	id: string;
	text: string;
	/** Where the text starts (left end) and its vertical middle. */
	x: number;
	y: number;
}

type Box = [x0: number, y0: number, x1: number, y1: number];

const GAP = 3;

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Which labels to draw and where, so that none is cut at the edge of the area or covers another
 * label or a labelled node: candidates in order of importance, each to the right of its node, else
 * to the left, else left out. Sigma's own label grid thins labels per cell but lets them overlap.
 */
export function placeLabels(candidates: LabelCandidate[], area: { width: number; height: number },
	fontSize: number, max = Infinity, margin = 4): PlacedLabel[] {
	const taken: Box[] = [];
	const placed: PlacedLabel[] = [];
	const half = fontSize / 2 + 1;
	for (const c of candidates) {
		if (placed.length >= max) break;
		const disc: Box = [c.x - c.radius, c.y - c.radius, c.x + c.radius, c.y + c.radius];
		if (taken.some((box) => overlaps(box, disc))) continue;
		const sides: Box[] = [
			[c.x + c.radius + GAP, c.y - half, c.x + c.radius + GAP + c.width, c.y + half],
			[c.x - c.radius - GAP - c.width, c.y - half, c.x - c.radius - GAP, c.y + half]
		];
		const box = sides.find((b) => b[0] >= margin && b[2] <= area.width - margin && b[1] >= margin && b[3] <= area.height - margin &&
			!taken.some((other) => overlaps(other, b)));
		if (!box) continue;
		taken.push(box, disc);
		placed.push({ id: c.id, text: c.text, x: box[0], y: c.y });
	}
	return placed;
}

/** A label's width where no canvas can measure it (the SVG export): a generous average glyph width. */
export const estimateWidth = (text: string, fontSize: number) => text.length * fontSize * 0.56;
