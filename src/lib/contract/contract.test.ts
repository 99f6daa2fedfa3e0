import { describe, expect, it } from 'vitest';
import { normaliseName, partnerTypes, schemaSql, tableSpec, tables } from './index';

describe('normaliseName', () => {
	it('matches the contract’s header normalisation', () => {
		expect(normaliseName(' Partner ID ')).toBe('partner_id');
		expect(normaliseName('Coördinator')).toBe('coordinator');
		expect(normaliseName('e-mail')).toBe('e_mail');
		expect(normaliseName('Aantal  Patiënten')).toBe('aantal_patienten');
	});
});

describe('the contract as data', () => {
	it('holds the nine tables of DATA-CONTRACT.md', () => {
		expect(tables.map((t) => t.name)).toEqual([
			'wijken', 'coordinators', 'partners', 'meetings', 'attendance',
			'referrals', 'contacts', 'actions', 'goals'
		]);
	});

	it('lists references only to tables that come earlier', () => {
		tables.forEach((table, index) => {
			for (const column of table.columns) {
				if (!column.references) continue;
				const target = tables.findIndex((t) => t.name === column.references!.table);
				expect(target, `${table.name}.${column.name}`).toBeLessThan(index);
				expect(tableSpec(column.references.table).columns.map((c) => c.name)).toContain(column.references.column);
			}
		});
	});

	it('has no alias that two columns of one table share', () => {
		for (const table of tables) {
			const names = table.columns.flatMap((c) => [...new Set([c.name, ...c.aliases].map(normaliseName))]);
			expect(new Set(names).size, table.name).toBe(names.length);
		}
	});

	it('gives every partner type a domain', () => {
		expect(partnerTypes.entries).toHaveLength(25);
		expect(partnerTypes.entries.every((e) => e.domain)).toBe(true);
	});

	it('derives the DuckDB schema with typed columns', () => {
		const sql = schemaSql();
		expect(sql).toContain('CREATE TABLE IF NOT EXISTS "referrals"');
		expect(sql).toMatch(/"date" DATE/);
		expect(sql).toMatch(/"hours_per_week" DOUBLE/);
		expect(sql.match(/CREATE TABLE/g)).toHaveLength(9);
	});
});
