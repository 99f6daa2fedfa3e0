import { type Positions } from './layout';

type Box = { minX: number; maxX: number; minY: number; maxY: number };

/** Components laid out per slot; more than this many to a row would crowd their labels. */
const PER_ROW = 6;
/** Space between the core and the first row, and between rows, as a share of the core's size. */
const GAP = 0.1;

const boxOf = (points: { x: number; y: number }[]): Box => ({
	minX: Math.min(...points.map((p) => p.x)), maxX: Math.max(...points.map((p) => p.x)),
	minY: Math.min(...points.map((p) => p.y)), maxY: Math.max(...points.map((p) => p.y))
});

/**
 * Moves the loose parts of a network (partners without ties, small groups apart from the rest)
 * into rows just under its core, each keeping its own shape. ForceAtlas2 pushes such parts far
 * out, and fitting the view to them shrinks the core to a speck; in rows under it they stay in
 * view, close by, and read as what they are: not connected.
 * `components` lists the node ids per connected component; `anchored` is every node that must
 * not move (shown before): the components holding one stay where they are, and so does the largest.
 */
export function packSatellites(positions: Positions, components: string[][], anchored: Set<string>): Positions {
	const largest = components.reduce((a, b) => (b.length > a.length ? b : a), []);
	const core = components.filter((c) => c === largest || c.some((id) => anchored.has(id)));
	const loose = components.filter((c) => !core.includes(c));
	if (!loose.length) return positions;

	const coreBox = boxOf(core.flat().map((id) => positions[id]));
	const size = Math.max(coreBox.maxX - coreBox.minX, coreBox.maxY - coreBox.minY) || 100;
	const gap = GAP * size;
	const rowWidth = Math.max(coreBox.maxX - coreBox.minX, size);
	const left = (coreBox.minX + coreBox.maxX) / 2 - rowWidth / 2;
	const slot = rowWidth / PER_ROW;
	const parts = loose.map((ids) => ({ ids, box: boxOf(ids.map((id) => positions[id])) }));
	const footprint = (p: (typeof parts)[number]) => Math.max(p.box.maxX - p.box.minX + gap, slot);

	const rows: (typeof parts)[] = [[]];
	let used = 0;
	for (const part of parts) {
		if (rows.at(-1)!.length && used + footprint(part) > rowWidth) {
			rows.push([]);
			used = 0;
		}
		rows.at(-1)!.push(part);
		used += footprint(part);
	}

	const placed: Positions = { ...positions };
	let top = coreBox.minY - gap;
	for (const row of rows) {
		// Each part at the centre of an equal share of the row, so a few isolates spread under the core.
		const share = Math.max(rowWidth, row.reduce((sum, p) => sum + footprint(p), 0)) / row.length;
		const height = Math.max(...row.map((p) => p.box.maxY - p.box.minY));
		row.forEach((part, i) => {
			const dx = left + (i + 0.5) * share - (part.box.minX + part.box.maxX) / 2;
			const dy = top - height / 2 - (part.box.minY + part.box.maxY) / 2;
			for (const id of part.ids) placed[id] = { x: positions[id].x + dx, y: positions[id].y + dy };
		});
		top -= height + gap;
	}
	return placed;
}
