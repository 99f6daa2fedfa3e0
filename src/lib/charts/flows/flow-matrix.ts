import { type Flow } from '../../queries/flows';
import { fitText, measureText, type Measure } from '../text-width';

export type MatrixAxis = { key: string; label: string; total: number }[];

/** The flows as a from × to grid, senders and receivers ordered by their totals (largest first). */
export function flowMatrix(flows: Flow[]) {
	const axis = (key: (f: Flow) => string, label: (f: Flow) => string): MatrixAxis => {
		const totals = new Map<string, { key: string; label: string; total: number }>();
		for (const f of flows) {
			const entry = totals.get(key(f)) ?? { key: key(f), label: label(f), total: 0 };
			entry.total += f.count;
			totals.set(key(f), entry);
		}
		return [...totals.values()].sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
	};
	const cells = new Map(flows.map((f) => [`${f.from_key}→${f.to_key}`, f]));
	return {
		rows: axis((f) => f.from_key, (f) => f.from_label),
		columns: axis((f) => f.to_key, (f) => f.to_label),
		cell: (from: string, to: string) => cells.get(`${from}→${to}`) ?? null,
		max: Math.max(0, ...flows.map((f) => f.count)),
		total: flows.reduce((sum, f) => sum + f.count, 0)
	};
}

export const CELL = 22;
export const MATRIX_LABEL_SIZE = 10;
/** Column labels rise at this angle, so narrow columns hold long names. */
const ANGLE = (55 * Math.PI) / 180;
const MAX_ROW_LABEL = 220;
const MAX_COLUMN_LABEL = 180;

/**
 * Where the matrix's labels go: the left margin is its longest row label as measured, the top and
 * right margins hold the longest rising column label, the last one included; names longer than the
 * maximum are cut ("…"), the full name kept for a tooltip.
 */
export function matrixLayout(matrix: { rows: MatrixAxis; columns: MatrixAxis }, measure: Measure = measureText) {
	const size = MATRIX_LABEL_SIZE;
	const rows = matrix.rows.map((r) => fitText(r.label, MAX_ROW_LABEL, size, measure));
	const columns = matrix.columns.map((c) => fitText(c.label, MAX_COLUMN_LABEL, size, measure));
	const left = 8 + Math.max(0, ...rows.map((text) => measure(text, size)));
	// A label starts at its column's middle; rotated, its length w reaches w·sin up and w·cos right,
	// and its glyphs' height (about one font size above the baseline, a third below) a little more.
	const [sin, cos] = [Math.sin(ANGLE), Math.cos(ANGLE)];
	const lengths = columns.map((text) => measure(text, size));
	const top = 6 + 4 + Math.max(0, ...lengths.map((w) => w * sin + size * cos));
	const columnX = (j: number) => left + j * CELL + CELL / 2 + 3;
	const gridRight = left + matrix.columns.length * CELL;
	const labelsRight = Math.max(0, ...lengths.map((w, j) => columnX(j) + w * cos + (size / 3) * sin));
	return {
		left, top, columnX, rows, columns,
		width: Math.ceil(Math.max(gridRight, labelsRight) + 8),
		height: Math.ceil(top + matrix.rows.length * CELL + 8)
	};
}
