import { describe, expect, it } from 'vitest';
import { metricIds } from '../contract';
import { metricSql } from './series';

/*
 * Each figure's whole query, as the engine gets it, in one readable file per metric
 * (sql/snapshots/<id>.sql): a reader sees a figure's definition in one place, and any change to it
 * shows in review. Written with `npx vitest run -u`; on CI a missing or different file fails.
 */
describe('the final SQL of every metric', () => {
	it.each(metricIds)('%s', async (id) => {
		const sql = metricSql(id, { wijk: 'W01' }, ['2024-Q3', '2024-Q4']);
		await expect(`-- ${id} for wijk W01, 2024-Q3 and 2024-Q4 (src/lib/metrics/sql-snapshots.test.ts)\n${sql}\n`)
			.toMatchFileSnapshot(`./sql/snapshots/${id}.sql`);
	});
});
