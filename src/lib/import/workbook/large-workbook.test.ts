import { beforeAll, describe, expect, it } from 'vitest';
import { largeReferralsWorkbook } from '../../../../tests/fixtures/workbooks/large-workbook';
import { readWorkbook, sheetToCsv } from '.';

describe('a 20,000-row sheet', () => {
	let bytes: Uint8Array = new Uint8Array();
	beforeAll(async () => {
		bytes = await largeReferralsWorkbook(20_000);
	});

	it('is read and rendered as CSV within a few seconds', async () => {
		const started = performance.now();
		const [sheet] = await readWorkbook(bytes);
		const { text, recordLines } = sheetToCsv(sheet);
		const elapsed = performance.now() - started;

		expect(sheet.rows).toHaveLength(20_001);
		expect(sheet.rows[0]).toEqual(['datum', 'van', 'naar', 'reden', 'aantal', 'terugkoppeling', 'opmerking']);
		expect(sheet.rows[1]).toEqual(['2024-01-01', 'P0000', 'P0000', 'schulden', '1', '0', 'rij 0, met komma']);
		expect(sheet.rows[20_000]).toEqual(['2024-08-23', 'P0499', 'P0493', 'psychisch', '2', '1', null]);
		expect(recordLines[19_999]).toBe(20_001);
		expect(text.split('\n')).toHaveLength(20_002);
		expect(elapsed).toBeLessThan(5_000);
	});
});
