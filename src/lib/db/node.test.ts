import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeConnector } from './node';

type Db = Awaited<ReturnType<typeof openNodeConnector>>;
let db: Db;
beforeAll(async () => {
	db = await openNodeConnector();
});
afterAll(() => db.close());

describe('the Node connector', () => {
	it('returns plain values: numbers for BIGINT/HUGEINT, ISO text for DATE', async () => {
		const rows = await db.query(
			`SELECT count(*) AS n, sum(x)::HUGEINT AS s, DATE '2024-03-31' AS d, 1.5::DECIMAL(4,2) AS e, NULL AS z
			 FROM range(3) t(x)`
		);
		expect(rows).toEqual([{ n: 3, s: 3, d: '2024-03-31', e: 1.5, z: null }]);
	});

	it('binds ? parameters in order', async () => {
		const rows = await db.query('SELECT ?::INTEGER + ?::INTEGER AS sum, ? AS label', [2, 3, 'wijk']);
		expect(rows).toEqual([{ sum: 5, label: 'wijk' }]);
	});

	it('runs several statements in one exec', async () => {
		await db.exec('CREATE TABLE t1 (a INTEGER); INSERT INTO t1 VALUES (1), (2);');
		expect(await db.query('SELECT sum(a)::INTEGER AS s FROM t1')).toEqual([{ s: 3 }]);
	});

	it('reads a registered file with read_csv', async () => {
		const path = await db.registerFile('a b.csv', new TextEncoder().encode('x,y\n1,é\n2,\n'));
		const rows = await db.query(`SELECT * FROM read_csv('${path}', all_varchar = true) ORDER BY x`);
		expect(rows).toEqual([{ x: '1', y: 'é' }, { x: '2', y: null }]);
		await db.dropFile('a b.csv');
	});

	it('bulk inserts text rows, cast to the column types', async () => {
		await db.exec('CREATE TABLE t2 (id VARCHAR, d DATE, n INTEGER)');
		await db.insertRows('t2', ['id', 'd', 'n'], [['a', '2024-01-02', '7'], ['b', null, null]]);
		expect(await db.query('SELECT * FROM t2 ORDER BY id')).toEqual([
			{ id: 'a', d: '2024-01-02', n: 7 },
			{ id: 'b', d: null, n: null }
		]);
	});

	it('rolls a failed transaction back whole', async () => {
		await db.exec('CREATE TABLE t3 (a INTEGER)');
		await expect(
			db.transaction(async (tx) => {
				await tx.exec('INSERT INTO t3 VALUES (1)');
				await tx.exec('INSERT INTO t3 VALUES (\'not a number\')');
			})
		).rejects.toThrow();
		expect(await db.query('SELECT count(*) AS n FROM t3')).toEqual([{ n: 0 }]);
	});

	it('commits a transaction and keeps other callers out until it ends', async () => {
		await db.exec('CREATE TABLE t4 (a INTEGER)');
		const tx = db.transaction(async (t) => {
			await t.exec('INSERT INTO t4 VALUES (1)');
			await new Promise((r) => setTimeout(r, 20));
			await t.exec('INSERT INTO t4 VALUES (2)');
		});
		const seen = db.query('SELECT count(*) AS n FROM t4');
		await tx;
		expect(await seen).toEqual([{ n: 2 }]);
	});
});

describe('registerFile', () => {
	it('takes the bytes over, as the browser engine does', async () => {
		const bytes = new TextEncoder().encode('a\n1\n');
		await db.registerFile('taken.csv', bytes);
		expect(bytes.byteLength).toBe(0);
		await db.dropFile('taken.csv');
	});
});
