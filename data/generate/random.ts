import { randomLcg } from 'd3';

export interface Rng {
	/** Uniform in [0, 1). */
	next(): number;
	/** Whole number in [min, max], both inclusive. */
	int(min: number, max: number): number;
	chance(p: number): boolean;
	pick<T>(items: readonly T[]): T;
	weighted<T>(items: readonly (readonly [T, number])[]): T;
	/** k distinct items (fewer when there are fewer), in random order. */
	sample<T>(items: readonly T[], k: number): T[];
}

/**
 * Each part of the generator gets its own stream (seed + offset), so that changing how one table
 * is drawn does not reshuffle every other table.
 */
export function createRng(seed: number): Rng {
	const next = randomLcg(seed);
	const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
	return {
		next,
		int,
		chance: (p) => next() < p,
		pick: (items) => {
			if (items.length === 0) throw new Error('pick from an empty list');
			return items[int(0, items.length - 1)];
		},
		weighted: (items) => {
			const total = items.reduce((sum, [, w]) => sum + w, 0);
			let r = next() * total;
			for (const [item, w] of items) {
				r -= w;
				if (r < 0) return item;
			}
			return items[items.length - 1][0];
		},
		sample: (items, k) => {
			const pool = [...items];
			for (let i = pool.length - 1; i > 0; i--) {
				const j = int(0, i);
				[pool[i], pool[j]] = [pool[j], pool[i]];
			}
			return pool.slice(0, Math.max(0, k));
		}
	};
}
