import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnLines, completeLines, isSmallCount, rowLines, suppressTable, type Line } from './suppress';

const runs = { numRuns: 1000 };

/** Mostly small counts and many zeros, so that lines often hold one small cell. */
const count = fc.oneof(
	{ weight: 3, arbitrary: fc.constant(0) },
	{ weight: 4, arbitrary: fc.integer({ min: 1, max: 19 }) },
	{ weight: 1, arbitrary: fc.integer({ min: 20, max: 80 }) }
);

/** 1–8 rows × 1–8 columns of counts, a total column and a total row that are their true sums, and the lines also shuffled. */
const table = fc
	.record({ rows: fc.integer({ min: 1, max: 8 }), columns: fc.integer({ min: 1, max: 8 }) })
	.chain(({ rows, columns }) => fc.record({
		body: fc.array(fc.array(count, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
		k: fc.integer({ min: 5, max: 20 })
	}))
	.map(({ body, k }) => {
		const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
		const withTotals = body.map((row) => [...row, sum(row)]);
		const grid = [...withTotals, withTotals[0].map((_, c) => sum(withTotals.map((row) => row[c])))];
		const rows = grid.length, columns = grid[0].length;
		const lines = [...rowLines(rows, columns, columns - 1), ...columnLines(rows, columns, rows - 1)];
		return { cells: grid.flat(), lines, k };
	})
	.chain((t) => fc.shuffledSubarray(t.lines, { minLength: t.lines.length }).map((shuffled) => ({ ...t, shuffled })));

const hiddenOf = (cells: number[], lines: Line[], k: number) => suppressTable(cells, lines, k).map((mark) => mark !== null);
const hiddenIn = (line: Line, hidden: boolean[]) => [...line.members, line.total].filter((i) => hidden[i]).length;

describe('small-cell suppression of any table whose lines add up', () => {
	it('leaves no line with exactly one hidden cell, its total counted', () => {
		fc.assert(fc.property(table, ({ cells, lines, k }) => {
			const hidden = hiddenOf(cells, lines, k);
			for (const line of lines) expect(hiddenIn(line, hidden)).not.toBe(1);
		}), runs);
	});

	it('lets no hidden value be worked out by subtraction along its lines, however often repeated', () => {
		fc.assert(fc.property(table, ({ cells, lines, k }) => {
			const hidden = hiddenOf(cells, lines, k);
			const known = hidden.map((isHidden) => !isHidden);
			// A reader who knows all of a line but one cell knows that one too, and may go on from there.
			for (let learned = true; learned;) {
				learned = false;
				for (const line of lines) {
					const unknown = [...line.members, line.total].filter((i) => !known[i]);
					if (unknown.length === 1) [known[unknown[0]], learned] = [true, true];
				}
			}
			expect(cells.filter((_, i) => hidden[i] && known[i])).toEqual([]);
			for (const line of lines) if (hiddenIn(line, hidden) > 0) expect(hiddenIn(line, hidden)).toBeGreaterThanOrEqual(2);
		}), runs);
	});

	it('marks exactly the small counts primary, and never hides a zero', () => {
		fc.assert(fc.property(table, ({ cells, lines, k }) => {
			const marks = suppressTable(cells, lines, k);
			cells.forEach((value, i) => {
				expect(marks[i] === 'primary').toBe(isSmallCount(value, k));
				// With true sums a total is hidden only beside a non-zero member, so no zero is hidden at all.
				if (value === 0) expect(marks[i]).toBeNull();
			});
		}), runs);
	});

	it('gives the same answer every time and for the lines in any order, and has nothing to add to its own answer', () => {
		fc.assert(fc.property(table, ({ cells, lines, shuffled, k }) => {
			const marks = suppressTable(cells, lines, k);
			expect(suppressTable(cells, lines, k)).toEqual(marks);
			expect(suppressTable(cells, shuffled, k)).toEqual(marks);
			const hidden = marks.map((mark) => mark !== null);
			expect(completeLines(cells, lines, hidden)).toEqual(hidden);
		}), runs);
	});

	it('ends, and hides at least every small count', () => {
		fc.assert(fc.property(table, ({ cells, lines, k }) => {
			const marks = suppressTable(cells, lines, k);
			expect(marks).toHaveLength(cells.length);
			cells.forEach((value, i) => {
				if (isSmallCount(value, k)) expect(marks[i]).not.toBeNull();
			});
		}), runs);
	});
});
