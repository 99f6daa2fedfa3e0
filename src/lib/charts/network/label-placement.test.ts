import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate } from './label-placement';

const area = { width: 300, height: 200 };
const label = (id: string, x: number, y: number, width = 80): LabelCandidate => ({ id, text: `Partner ${id}`, x, y, radius: 5, width });

describe('placing the labels of the network', () => {
	it('puts a label right of its node, or left of it where the edge would cut it', () => {
		const placed = placeLabels([label('a', 50, 50), label('b', 280, 150)], area, 12);
		expect(placed).toEqual([{ id: 'a', text: 'Partner a', x: 58, y: 50 }, { id: 'b', text: 'Partner b', x: 280 - 5 - 3 - 80, y: 150 }]);
	});

	it('leaves out a label that would overlap a more important one or cover a labelled node', () => {
		const placed = placeLabels([label('a', 50, 50), label('b', 60, 55), label('c', 100, 52, 20), label('d', 50, 100)], area, 12);
		expect(placed.map((p) => p.id)).toEqual(['a', 'd']);
	});

	it('leaves out what fits on neither side, and stops at the maximum', () => {
		expect(placeLabels([label('wide', 150, 100, 200)], area, 12)).toEqual([]);
		expect(placeLabels([label('top', 50, 2)], area, 12)).toEqual([]);
		expect(placeLabels([label('a', 50, 50), label('b', 50, 100)], area, 12, 1).map((p) => p.id)).toEqual(['a']);
	});
});
