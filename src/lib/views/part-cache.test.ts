import { describe, expect, it } from 'vitest';
import { nearestQuarters, PartCache } from './part-cache';

describe('a part cache', () => {
	it('loads a key once per data version, and again after the data changed', async () => {
		const cache = new PartCache<string>();
		let loads = 0;
		const load = (value: string) => () => Promise.resolve(`${value}#${++loads}`);
		expect(await cache.get(1, 'a', load('a'))).toBe('a#1');
		expect(await cache.get(1, 'a', load('a'))).toBe('a#1');
		expect(cache.has(1, 'a')).toBe(true);
		expect(cache.has(2, 'a')).toBe(false);
		expect(await cache.get(2, 'a', load('a'))).toBe('a#2');
		expect(await cache.get(2, 'b', load('b'))).toBe('b#3');
	});

	it('shares a load that is still running, and forgets one that failed', async () => {
		const cache = new PartCache<number>();
		let finish = (_: number) => {};
		const running = cache.get(1, 'a', () => new Promise((done) => (finish = done)));
		const second = cache.get(1, 'a', () => Promise.resolve(-1));
		finish(7);
		expect([await running, await second]).toEqual([7, 7]);
		await expect(cache.get(1, 'b', () => Promise.reject(new Error('engine')))).rejects.toThrow('engine');
		expect(cache.has(1, 'b')).toBe(false);
		expect(await cache.get(1, 'b', () => Promise.resolve(2))).toBe(2);
	});

	it('keeps the newest it was asked for, dropping the least recently asked', async () => {
		const cache = new PartCache<string>(2);
		await cache.get(1, 'a', () => Promise.resolve('a'));
		await cache.get(1, 'b', () => Promise.resolve('b'));
		await cache.get(1, 'a', () => Promise.resolve('not again'));
		await cache.get(1, 'c', () => Promise.resolve('c'));
		expect(['a', 'b', 'c'].map((k) => cache.has(1, k))).toEqual([true, false, true]);
	});

	it('orders the other quarters nearest first, the earlier of two as near', () => {
		expect(nearestQuarters(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'], '2024-Q3')).toEqual(['2024-Q2', '2024-Q4', '2024-Q1']);
		expect(nearestQuarters(['2024-Q1'], '2024-Q1')).toEqual([]);
	});
});
