import { describe, expect, it } from 'vitest';
import { TableSort } from './table-sort.svelte';

const rows = [{ id: 'b', name: 'Één', n: 2 }, { id: 'a', name: 'anker', n: 2 }, { id: 'c', name: 'Zee', n: 5 }];
const byId = (x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id);

describe('TableSort', () => {
	it('starts numbers largest first, breaking ties as asked, and text A–Z in Dutch order', () => {
		const sort = new TableSort<'name' | 'n'>('n', ['n']);
		expect(sort.sorted(rows, byId).map((r) => r.id)).toEqual(['c', 'a', 'b']);
		expect(sort.ariaSort('n')).toBe('descending');
		sort.toggle('name');
		expect(sort.ariaSort('name')).toBe('ascending');
		expect(sort.sorted(rows, byId).map((r) => r.name)).toEqual(['anker', 'Één', 'Zee']);
	});

	it('turns the order round on a second click of the same column', () => {
		const sort = new TableSort<'name' | 'n'>('n', ['n']);
		sort.toggle('n');
		expect(sort.sorted(rows, byId).map((r) => r.id)).toEqual(['a', 'b', 'c']);
		expect(sort.ariaSort('name')).toBe('none');
	});
});
