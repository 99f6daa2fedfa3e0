/**
 * Small-cell suppression of METRICS.md: what leaves the coordination team shows no count small
 * enough to point at a few people. Pure rules; the caller formats what it shows.
 */

/** The threshold k of METRICS.md when none is given. */
export const DEFAULT_MIN_CELL = 10;
const MIN_CELL_LOW = 5;
const MIN_CELL_HIGH = 20;

/** k itself when it is an allowed threshold (an integer 5..20); a Dutch message for the user otherwise. */
export function checkMinCell(k: number): number {
	if (!Number.isInteger(k) || k < MIN_CELL_LOW || k > MIN_CELL_HIGH) {
		throw new Error(`De drempel voor kleine aantallen moet een geheel getal van ${MIN_CELL_LOW} tot en met ${MIN_CELL_HIGH} zijn, niet ${k}.`);
	}
	return k;
}

/** Primary rule for a count: hidden when 1 ≤ value < k (zero and null are shown). */
export function isSmallCount(value: number | null, k: number): boolean {
	return value !== null && value >= 1 && value < checkMinCell(k);
}

/** Primary rule for a share: hidden when its denominator n has 1 ≤ n < k. */
export function isSmallShare(denominator: number | null, k: number): boolean {
	return isSmallCount(denominator, k);
}

/** The text for a hidden count (`<10`). */
export const hiddenCount = (k: number) => `<${k}`;
/** The text for a hidden share (`n<10`). */
export const hiddenShare = (k: number) => `n<${k}`;

/** A line of a table that adds up: its member cells and its total cell, as indices in table order. */
export interface Line {
	members: readonly number[];
	total: number;
}

/** Why a cell is hidden: its own small count, or to protect a hidden cell of one of its lines. */
export type Suppression = 'primary' | 'secondary' | null;

/**
 * Per cell of a table (`cells` in table order, e.g. row-major), whether and why it is hidden: the
 * primary rule, then the secondary rule over `lines`. Cells on no line get the primary rule only.
 */
export function suppressTable(cells: readonly (number | null)[], lines: readonly Line[], k: number): Suppression[] {
	checkMinCell(k);
	const primary = cells.map((value) => isSmallCount(value, k));
	const hidden = completeLines(cells, lines, primary);
	return hidden.map((isHidden, i) => (primary[i] ? 'primary' : isHidden ? 'secondary' : null));
}

/**
 * The secondary rule alone: from the cells hidden so far (`hidden`, per cell), every cell hidden
 * once no line holds exactly one hidden cell. Each pass looks at every line as the pass found it,
 * so the result does not depend on the order of `lines`. Given its own result, it returns it unchanged.
 */
export function completeLines(cells: readonly (number | null)[], lines: readonly Line[], hidden: readonly boolean[]): boolean[] {
	checkLines(cells.length, lines, hidden.length);
	const result = [...hidden];
	// Each pass hides at least one cell that was shown, or ends: at most cells.length passes.
	for (;;) {
		const exposed = lines.filter((line) => hiddenIn(line, result) === 1);
		if (!exposed.length) return result;
		for (const i of exposed.map((line) => protector(cells, line, result))) result[i] = true;
	}
}

function hiddenIn(line: Line, hidden: readonly boolean[]): number {
	return line.members.reduce((n, i) => n + (hidden[i] ? 1 : 0), hidden[line.total] ? 1 : 0);
}

/** The cell a line with one hidden cell hides next: its smallest non-zero shown member (first in table order on a tie), else its total. */
function protector(cells: readonly (number | null)[], line: Line, hidden: readonly boolean[]): number {
	let best = -1;
	for (const i of line.members) {
		const value = cells[i];
		if (hidden[i] || value === null || value === 0) continue;
		const bestValue = best < 0 ? Infinity : (cells[best] as number);
		if (value < bestValue || (value === bestValue && i < best)) best = i;
	}
	if (best >= 0) return best;
	if (!hidden[line.total]) return line.total;
	// Only the total is hidden and every member is zero or null: the members do not add up to it.
	throw new Error(`completeLines: the line with total cell ${line.total} hides only its total, and its members (${line.members}) do not add up to it`);
}

function checkLines(cellCount: number, lines: readonly Line[], flagCount: number): void {
	if (flagCount !== cellCount) throw new Error(`completeLines: ${flagCount} hidden flags for ${cellCount} cells`);
	for (const { members, total } of lines) {
		const all = [...members, total];
		if (all.some((i) => !Number.isInteger(i) || i < 0 || i >= cellCount) || new Set(all).size !== all.length) {
			throw new Error(`completeLines: a line's cells (${members} | ${total}) must be distinct indices below ${cellCount}`);
		}
	}
}

const upTo = (n: number) => Array.from({ length: n }, (_, i) => i);

/**
 * Lines of a row-major table of `rows` × `columns` in which each column of `which` adds up, its
 * other rows, to its cell in row `totalRow` (the wijken table: wijk rows and "zonder wijk" to the region row).
 */
export function columnLines(rows: number, columns: number, totalRow: number, which: readonly number[] = upTo(columns)): Line[] {
	return which.map((c) => ({ members: upTo(rows).filter((r) => r !== totalRow).map((r) => r * columns + c), total: totalRow * columns + c }));
}

/** Lines of a row-major table in which each row of `which` adds up, its other columns, to its cell in column `totalColumn`. */
export function rowLines(rows: number, columns: number, totalColumn: number, which: readonly number[] = upTo(rows)): Line[] {
	return which.map((r) => ({ members: upTo(columns).filter((c) => c !== totalColumn).map((c) => r * columns + c), total: r * columns + totalColumn }));
}
