import { describe, expect, it } from 'vitest';
import { mapHeader } from '../import/map-columns';
import { dutchHeaders, tables } from './index';

describe('the Dutch CSV templates', () => {
	it('name every column of every table, in order, with a name the import accepts', () => {
		for (const table of tables) {
			const headers = dutchHeaders[table.name];
			const mapping = mapHeader(table, headers);
			expect(mapping.unknown, table.name).toEqual([]);
			expect([...mapping.columns.keys()], table.name).toEqual(table.columns.map((c) => c.name));
		}
	});
});
