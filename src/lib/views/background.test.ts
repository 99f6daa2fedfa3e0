import { describe, expect, it } from 'vitest';
import { readerOver } from '../db/reader';
import { inBackground, inForeground } from './background';

describe('background queries', () => {
	it('wait while a foreground load runs, and go on once it is done', async () => {
		const order: string[] = [];
		const reader = readerOver({ query: async (sql) => (order.push(sql), []) });
		let finish = () => {};
		const foreground = inForeground(async () => {
			await reader.query('SELECT 1');
			await new Promise<void>((done) => (finish = done));
			await reader.query('SELECT 2');
		});
		const background = inBackground(reader).query('SELECT 9');
		await new Promise((r) => setTimeout(r, 10));
		expect(order).toEqual(['SELECT 1']);
		finish();
		await Promise.all([foreground, background]);
		expect(order).toEqual(['SELECT 1', 'SELECT 2', 'SELECT 9']);
	});

	it('run at once when nothing is in the foreground, also after a foreground load failed', async () => {
		const reader = readerOver({ query: async () => [{ n: 1 }] as never });
		await expect(inForeground(() => Promise.reject(new Error('engine')))).rejects.toThrow('engine');
		expect(await inBackground(reader).query('SELECT 1 AS n')).toEqual([{ n: 1 }]);
	});
});
