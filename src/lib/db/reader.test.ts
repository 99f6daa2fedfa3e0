import { describe, expect, it } from 'vitest';
import { openNodeConnector } from './node';
import { assertReadOnly, readerOver } from './reader';

describe('assertReadOnly', () => {
	it.each([
		'SELECT 1',
		'  with t AS (SELECT 1) SELECT * FROM t;',
		'FROM partners',
		"SELECT 'DROP TABLE partners; --' AS text",
		'SELECT "delete" FROM (SELECT 1 AS "delete")',
		'(SELECT 1) UNION (SELECT 2)',
		'DESCRIBE partners',
		'-- a comment with INSERT\nSELECT 2'
	])('lets a read through: %s', (sql) => expect(() => assertReadOnly(sql)).not.toThrow());

	it.each([
		'DELETE FROM partners',
		'INSERT INTO partners VALUES (1)',
		'WITH t AS (SELECT 1) INSERT INTO x SELECT * FROM t',
		'CREATE TABLE x AS SELECT 1',
		'SELECT 1; DROP TABLE partners',
		"ATTACH 'other.db'",
		'SET threads = 1',
		'COPY partners TO \'x.csv\'',
		'PRAGMA table_info(partners)',
		'',
		'CALL pragma_version()'
	])('refuses anything else: %s', (sql) => expect(() => assertReadOnly(sql)).toThrow(/Alleen/));

	it('reads through a real engine, and the engine never sees a refused statement', async () => {
		const db = await openNodeConnector();
		try {
			await db.exec('CREATE TABLE t AS SELECT 1 AS x');
			const reader = readerOver(db);
			expect(await reader.query('SELECT x FROM t')).toEqual([{ x: 1 }]);
			await expect(reader.query('DROP TABLE t')).rejects.toThrow(/Alleen lezen/);
			expect(await db.query('SELECT count(*)::INT AS n FROM t')).toEqual([{ n: 1 }]);
		} finally {
			db.close();
		}
	});
});
