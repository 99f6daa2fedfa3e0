import { describe, expect, it } from 'vitest';
import { keepViewSettings, readParams, searchFor } from './url-state';

const quarters = ['2024-Q3', '2024-Q4'];
const url = (search: string) => new URL(`http://localhost/netwerk${search}`);

describe('view parameters in the URL', () => {
	it('reads period and wijk when they exist in the data', () => {
		expect(readParams(url('?period=2024-Q3&wijk=W01'), quarters, ['W01'])).toEqual({ period: '2024-Q3', wijk: 'W01' });
	});
	it('falls back to the latest quarter and the region for unknown values', () => {
		expect(readParams(url('?period=2031-Q1&wijk=W99'), quarters, ['W01'])).toEqual({ period: '2024-Q4', wijk: null });
		expect(readParams(url(''), [], [])).toEqual({ period: null, wijk: null });
	});
	it('writes only what differs from the defaults', () => {
		expect(searchFor({ period: '2024-Q4', wijk: null }, '2024-Q4')).toBe('');
		expect(searchFor({ period: '2024-Q3', wijk: 'W01' }, '2024-Q4')).toBe('?period=2024-Q3&wijk=W01');
	});
});

describe('a view\'s own settings in the URL', () => {
	const url = new URL('http://x/verwijzingen?period=2024-Q3&from=partner&reason=schulden');
	it('survive a change of period or scope, which replaces only those two', () => {
		expect(keepViewSettings('?wijk=W06', url)).toBe('?wijk=W06&from=partner&reason=schulden');
		expect(keepViewSettings('', new URL('http://x/?period=2024-Q1'))).toBe('');
	});
});
