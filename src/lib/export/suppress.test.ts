import { describe, expect, it } from 'vitest';
import { checkMinCell, columnLines, completeLines, DEFAULT_MIN_CELL, hiddenCount, hiddenShare, isSmallCount, isSmallShare, rowLines, suppressTable } from './suppress';

const P = 'primary';
const S = 'secondary';
const _ = null;

describe('the threshold k', () => {
	it('is 10 unless given, and an integer from 5 to 20', () => {
		expect(DEFAULT_MIN_CELL).toBe(10);
		for (const k of [5, 10, 20]) expect(checkMinCell(k)).toBe(k);
		for (const k of [4, 21, 7.5, NaN]) expect(() => checkMinCell(k)).toThrow(/drempel .* geheel getal van 5 tot en met 20/);
		expect(() => isSmallCount(3, 4)).toThrow(/drempel/);
		expect(() => suppressTable([3], [], 21)).toThrow(/drempel/);
	});
});

describe('the primary rule', () => {
	it('hides a count of 1 to k − 1 and shows zero and null', () => {
		expect([0, 1, 9, 10, null].map((v) => isSmallCount(v, 10))).toEqual([false, true, true, false, false]);
		expect([0, 1, 4, 5, 9].map((v) => isSmallCount(v, 5))).toEqual([false, true, true, false, false]);
		expect([0, 1, 19, 20, 25].map((v) => isSmallCount(v, 20))).toEqual([false, true, true, false, false]);
	});
	it('hides a share whose denominator is 1 to k − 1', () => {
		expect([0, 1, 9, 10, null].map((n) => isSmallShare(n, 10))).toEqual([false, true, true, false, false]);
		expect([4, 5].map((n) => isSmallShare(n, 5))).toEqual([true, false]);
		expect([19, 20].map((n) => isSmallShare(n, 20))).toEqual([true, false]);
	});
	it('marks what it hides with k', () => {
		expect([hiddenCount(10), hiddenShare(10), hiddenCount(5), hiddenShare(20)]).toEqual(['<10', 'n<10', '<5', 'n<20']);
	});
	it('is all there is for cells on no line', () => {
		expect(suppressTable([0, 1, 9, 10, null, 12], [], 10)).toEqual([_, P, P, _, _, _]);
	});
});

describe('the secondary rule in the wijken table', () => {
	// Rows W01, W02, W03, zonder wijk, regio; columns referrals_total, meetings_total, partners_reached.
	const lines = columnLines(5, 3, 4, [0, 1]);
	it('hides the smallest other non-zero cell of a line with one hidden cell, and no more', () => {
		const cells = [
			25, 12, 14,
			7, 0, 3,
			40, 3, 11,
			0, 4, null,
			72, 19, 21
		];
		// referrals: 7 is small, so 25 (not the 0 of zonder wijk) goes too; meetings: 3 and 4 already
		// protect each other; partners_reached does not add up, so its 3 is hidden alone.
		expect(suppressTable(cells, lines, 10)).toEqual([
			S, _, _,
			P, _, P,
			_, P, _,
			_, P, _,
			_, _, _
		]);
	});
	it('hides the first of two equal smallest cells', () => {
		expect(suppressTable([7, 12, 12, 30, 61], columnLines(5, 1, 4), 10)).toEqual([P, S, _, _, _]);
	});
	it('counts a small total as one of the line\'s hidden cells', () => {
		expect(suppressTable([0, 6, 0, 0, 6], columnLines(5, 1, 4), 10)).toEqual([_, P, _, _, P]);
	});
	it('hides the total when every other cell is zero', () => {
		// 12 is hidden already (say by the line of another table); only the region's 12 can protect it.
		expect(completeLines([0, 12, 0, 0, 12], columnLines(5, 1, 4), [false, true, false, false, false])).toEqual([false, true, false, false, true]);
	});
});

describe('the secondary rule in a table with row and column totals', () => {
	it('repeats until no line holds exactly one hidden cell', () => {
		const cells = [
			3, 20, 0, 23,
			12, 0, 0, 12,
			30, 15, 25, 70,
			45, 35, 25, 105
		];
		// Primary: 3 (r0 c0). Each pass sees every line as the pass began:
		// 1. row 0 holds only 3: its smallest other is 20 (r0 c1); column 0 holds only 3: 12 (r1 c0).
		// 2. row 1 holds only 12, its others are zero: its total 12 (r1 T); column 1 holds only 20: 15 (r2 c1).
		// 3. the total column holds only r1 T: its smallest other is 23 (r0 T); row 2 holds only 15: 25 (r2 c2).
		// 4. column 2 holds only r2 c2, its others are zero: its total 25 (T c2).
		// 5. the total row holds only T c2: 35 (T c1). Now every line holds none or at least two.
		expect(suppressTable(cells, [...rowLines(4, 4, 3), ...columnLines(4, 4, 3)], 10)).toEqual([
			P, S, _, S,
			S, _, _, S,
			_, S, S, _,
			_, S, S, _
		]);
	});
});

describe('lines the rule cannot work with', () => {
	it('are refused', () => {
		expect(() => suppressTable([1, 2], [{ members: [0, 2], total: 1 }], 10)).toThrow(/distinct indices below 2/);
		expect(() => suppressTable([1, 2], [{ members: [0, 1], total: 1 }], 10)).toThrow(/distinct indices/);
		expect(() => completeLines([1, 2], [], [true])).toThrow(/1 hidden flags for 2 cells/);
		// A total of 12 over members 0 and 0 leaves nothing to hide beside it.
		expect(() => completeLines([0, 0, 12], columnLines(3, 1, 2), [false, false, true])).toThrow(/do not add up/);
	});
});
