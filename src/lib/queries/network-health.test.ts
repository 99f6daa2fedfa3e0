import { describe, expect, it } from 'vitest';
import { read } from '../import/test-db';
import { graphHere } from '../graph/graph-work';
import { findGaps, gapKinds } from '../metrics/gaps';
import { networkRows } from '../metrics/network';
import { DEMO_QUARTERS, useDemoDb } from '../metrics/test-demo';
import { networkHealth } from './network-health';

const db = useDemoDb();

describe('networkHealth', () => {
	it('gives each wijk the figures and gap counts Netwerk shows for that wijk alone, in every quarter', async () => {
		const reader = read(db());
		const wijken = (await reader.query<{ wijk_id: string }>('SELECT wijk_id FROM wijken ORDER BY 1')).map((w) => w.wijk_id);
		for (const quarter of [DEMO_QUARTERS[0], DEMO_QUARTERS.at(-1)!]) {
			const health = await networkHealth(reader, graphHere, wijken, quarter);
			const alone = [];
			for (const wijk of wijken) {
				const figures = await graphHere.figures(await networkRows(reader, { wijk }, quarter));
				const found = await findGaps(reader, { wijk }, quarter);
				alone.push({ wijk_id: wijk, figures, gaps: Object.fromEntries(gapKinds.map((k) => [k, found.filter((g) => g.kind === k).length])) });
			}
			expect(health, quarter).toEqual(alone);
			expect(health.some((h) => Object.values(h.gaps).some((n) => n > 0)), quarter).toBe(true);
		}
	});
});
