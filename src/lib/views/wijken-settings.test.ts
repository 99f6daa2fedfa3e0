import { describe, expect, it } from 'vitest';
import { readWijkenSettings, writeWijkenSettings, type WijkenSettings } from './wijken-settings';

const loaded = { quarters: ['2024-Q3', '2024-Q4'], wijkIds: ['W01', 'W02'] };
const read = (search: string) => readWijkenSettings(new URLSearchParams(search), loaded);
const roundTrip = (settings: WijkenSettings) => read(writeWijkenSettings(settings, loaded).toString());

describe('the wijken view\'s link', () => {
	it('defaults to counts as counts, the feedback funnel, referrals in the small multiples, sorted by wijk', () => {
		expect(read('')).toEqual({ period: '2024-Q4', wijk: null, per1000: false, funnel: 'feedback_rate', metric: 'referrals_total', sort: 'wijk', descending: false });
		expect(writeWijkenSettings(read(''), loaded).toString()).toBe('');
	});

	it('drops what it does not know: a count as funnel, an unknown metric or sort column', () => {
		expect(read('funnel=referrals_total&metric=nope&sort=__proto__&per=100&desc=yes'))
			.toMatchObject({ funnel: 'feedback_rate', metric: 'referrals_total', sort: 'wijk', per1000: false, descending: false });
		expect(read('funnel=core_type_coverage').funnel).toBe('feedback_rate');
	});

	it('round-trips every setting through the link, leaving defaults out', () => {
		const settings: WijkenSettings[] = [
			read(''),
			{ period: '2024-Q3', wijk: 'W02', per1000: true, funnel: 'actions_done_share', metric: 'core_type_coverage', sort: 'meetings_total', descending: true },
			{ period: '2024-Q4', wijk: null, per1000: false, funnel: 'coordinators_gemeente_contact_share', metric: 'feedback_rate', sort: 'wijk', descending: true }
		];
		for (const s of settings) expect(roundTrip(s)).toEqual(s);
		expect(writeWijkenSettings({ ...read(''), per1000: true, sort: 'feedback_rate' }, loaded).toString()).toBe('per=1000&sort=feedback_rate');
	});
});
