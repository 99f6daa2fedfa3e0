/** A label's anchor in pixels: its left edge, its baseline and its width. */
export interface LabelAnchor {
	x: number;
	y: number;
	width: number;
}

/**
 * Baselines for labels beside their dots so that no two that overlap sideways sit closer than
 * `lineHeight`: in order of their own height, each moves down past the ones already placed, and one
 * pushed beyond `bottom` goes up above them instead. Few labels (a region's wijken), so a plain
 * pass suffices.
 */
export function dodgeLabels(labels: LabelAnchor[], lineHeight: number, top: number, bottom: number): number[] {
	const order = labels.map((_, i) => i).sort((a, b) => labels[a].y - labels[b].y || a - b);
	const placed: { x0: number; x1: number; y: number }[] = [];
	const result = new Array<number>(labels.length);
	// Closer than a line by more than rounding: otherwise `hit.y + step` can round back to `y` itself and never move on.
	const clash = (x0: number, x1: number, y: number) => placed.find((p) => x0 < p.x1 && p.x0 < x1 && Math.abs(p.y - y) < lineHeight - 1e-6);
	const settle = (x0: number, x1: number, y: number, step: number) => {
		// Each move passes one placed label, so there are at most as many moves as labels.
		for (let moves = 0, hit = clash(x0, x1, y); hit && moves <= placed.length; moves++, hit = clash(x0, x1, y)) y = hit.y + step;
		return y;
	};
	for (const i of order) {
		const { x, width } = labels[i];
		let y = settle(x, x + width, labels[i].y, lineHeight);
		if (y > bottom) y = Math.max(top, settle(x, x + width, Math.min(labels[i].y, bottom), -lineHeight));
		placed.push({ x0: x, x1: x + width, y });
		result[i] = y;
	}
	return result;
}
