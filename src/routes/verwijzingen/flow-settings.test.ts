import { describe, expect, it } from 'vitest';
import { readFlowSettings, reasonFilter, reasonIds } from './flow-settings';

const quarters = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'];
const read = (search: string, period = '2024-Q4') => readFlowSettings(new URL(`http://x/verwijzingen${search}`), period, quarters);

describe('readFlowSettings', () => {
	it('defaults to the period alone, partner types on both sides, every reason, by domain', () => {
		expect(read('')).toEqual({ first: '2024-Q4', from: 'type', to: 'type', reasons: null, by: 'domain' });
	});
	it('reads a range, the levels, the reasons and the split from the link, dropping what is unknown', () => {
		expect(read('?first=2024-Q2&from=partner&to=partner&reason=schulden,bestaatniet,taal&by=reason'))
			.toEqual({ first: '2024-Q2', from: 'partner', to: 'partner', reasons: ['schulden', 'taal'], by: 'reason' });
		expect(read('?first=2023-Q1&from=x').first).toBe('2024-Q4');
		expect(read('?first=2024-Q4', '2024-Q2').first).toBe('2024-Q2');
		expect(read('?reason=').reasons).toEqual([]);
	});
	it('opens a gap link on organisations, where the one-way pair is its own band', () => {
		expect(read('?gap=one_way_referrals')).toMatchObject({ from: 'partner', to: 'partner' });
		expect(read('?gap=one_way_referrals&from=type')).toMatchObject({ from: 'type', to: 'partner' });
	});
	it('treats every reason chosen as no filter', () => {
		expect(reasonFilter([...reasonIds])).toBeNull();
		expect(reasonFilter(['schulden'])).toEqual(['schulden']);
	});
});
