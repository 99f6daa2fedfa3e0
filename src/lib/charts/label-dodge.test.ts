import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dodgeLabels } from './label-dodge';

describe('labels beside dots', () => {
	it('stay where they are when nothing overlaps', () => {
		expect(dodgeLabels([{ x: 0, y: 10, width: 40 }, { x: 100, y: 12, width: 40 }, { x: 0, y: 40, width: 40 }], 12, 0, 300)).toEqual([10, 12, 40]);
	});
	it('move down past a label they would overlap, and up when that would leave the plot', () => {
		expect(dodgeLabels([{ x: 0, y: 10, width: 40 }, { x: 20, y: 14, width: 40 }, { x: 10, y: 15, width: 40 }], 12, 0, 300)).toEqual([10, 22, 34]);
		expect(dodgeLabels([{ x: 0, y: 100, width: 40 }, { x: 0, y: 100, width: 40 }], 12, 0, 100)).toEqual([100, 88]);
	});
	it('end also for labels a line apart but for rounding, which once made the funnel of a large region hang', () => {
		// 100.34… + 12 + 12 + 12 rounds to just under 12 from 124.34…: the fourth label used to stay put forever.
		const y = 100.34016387354087;
		const ys = dodgeLabels(Array.from({ length: 4 }, () => ({ x: 0, y, width: 50 })), 12, 0, 300);
		expect(ys.map((v) => Math.round(v - y))).toEqual([0, 12, 24, 36]);
	});
	it('never leave two overlapping labels closer than a line, for any dots in the plot', () => {
		const anchor = fc.record({ x: fc.integer({ min: 0, max: 400 }), y: fc.integer({ min: 0, max: 300 }), width: fc.integer({ min: 10, max: 120 }) });
		fc.assert(fc.property(fc.array(anchor, { maxLength: 12 }), (labels) => {
			const ys = dodgeLabels(labels, 12, 0, 300);
			for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) {
				const sideways = labels[i].x < labels[j].x + labels[j].width && labels[j].x < labels[i].x + labels[i].width;
				if (sideways && ys[i] >= 0 && ys[j] >= 0 && ys[i] <= 300 && ys[j] <= 300) expect(Math.abs(ys[i] - ys[j])).toBeGreaterThanOrEqual(12);
			}
		}));
	});
});
