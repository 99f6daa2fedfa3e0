import { describe, expect, it } from 'vitest';
import { flowsLink, readFlowSettings, reasonFilter, reasonIds, writeFlowSettings, type FlowSettings } from './flows-settings';
import { searchTo } from './link';

const loaded = { quarters: ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'], wijkIds: ['W01'] };
const read = (search: string) => readFlowSettings(new URLSearchParams(search), loaded);
const roundTrip = (settings: FlowSettings) => read(writeFlowSettings(settings, loaded).toString());

describe('the flows view\'s link', () => {
	it('defaults to the latest period alone, partner types on both sides, every reason, by domain', () => {
		expect(read('')).toEqual({ period: '2024-Q4', wijk: null, first: '2024-Q4', from: 'type', to: 'type', reasons: null, by: 'domain', gap: null });
		expect(writeFlowSettings(read(''), loaded).toString()).toBe('');
	});
	it('reads a range, the levels, the reasons and the split, dropping what is unknown', () => {
		expect(read('first=2024-Q2&from=partner&to=partner&reason=schulden,bestaatniet,taal&by=reason'))
			.toMatchObject({ first: '2024-Q2', from: 'partner', to: 'partner', reasons: ['schulden', 'taal'], by: 'reason' });
		expect(read('first=2023-Q1&from=x').first).toBe('2024-Q4');
		expect(read('first=2024-Q4&period=2024-Q2').first).toBe('2024-Q2');
		expect(read('reason=').reasons).toEqual([]);
	});
	it('opens a gap link on organisations, where the one-way pair is its own band', () => {
		expect(read('gap=one_way_referrals')).toMatchObject({ from: 'partner', to: 'partner' });
		expect(read('gap=one_way_referrals&from=type')).toMatchObject({ from: 'type', to: 'partner' });
	});
	it('round-trips every setting through the link, leaving defaults out', () => {
		const settings: FlowSettings[] = [
			read(''),
			{ period: '2024-Q3', wijk: 'W01', first: '2024-Q1', from: 'partner', to: 'type', reasons: ['schulden'], by: 'reason', gap: null },
			{ period: '2024-Q4', wijk: null, first: '2024-Q4', from: 'type', to: 'partner', reasons: [], by: 'domain', gap: 'one_way_referrals' }
		];
		for (const s of settings) expect(roundTrip(s)).toEqual(s);
		expect(writeFlowSettings({ ...read(''), from: 'partner' }, loaded).toString()).toBe('from=partner');
	});
	it('treats every reason chosen as no filter', () => {
		expect(reasonFilter([...reasonIds])).toBeNull();
		expect(reasonFilter(['schulden'])).toEqual(['schulden']);
	});
});

describe('a link to the flows from another view', () => {
	it('to the one-way pairs says only gap=…, since organisations are that link\'s default', () => {
		expect(searchTo(flowsLink, { period: '2024-Q4', wijk: null }, { gap: 'one_way_referrals', from: 'partner', to: 'partner' }, loaded))
			.toBe('?gap=one_way_referrals');
	});
});
