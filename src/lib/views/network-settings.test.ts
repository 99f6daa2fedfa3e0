import { describe, expect, it } from 'vitest';
import { searchTo } from './link';
import { networkLink, readNetworkSettings, writeNetworkSettings, type NetworkSettings } from './network-settings';

const loaded = { quarters: ['2024-Q3', '2024-Q4'], wijkIds: ['W05'] };
const read = (search: string) => readNetworkSettings(new URLSearchParams(search), loaded);

describe('the network view\'s link', () => {
	it('defaults to ties of both kinds, size by degree, three gap kinds highlighted, nothing chosen; and an empty link', () => {
		expect(read('')).toEqual({
			period: '2024-Q4', wijk: null, sizeBy: 'degree', showMeetings: true, showReferrals: true,
			gapKinds: ['isolated_partner', 'single_point_of_failure', 'practice_without_wijkteam'],
			showChanges: false, showCoordinators: false, partner: null
		});
		expect(writeNetworkSettings(read(''), loaded).toString()).toBe('');
	});
	it('round-trips every control and the chosen partner', () => {
		const all: NetworkSettings = {
			period: '2024-Q3', wijk: 'W05', sizeBy: 'betweenness', showMeetings: false, showReferrals: true,
			gapKinds: ['isolated_partner', 'unknown_face'], showChanges: true, showCoordinators: true, partner: '__proto__'
		};
		expect(read(writeNetworkSettings(all, loaded).toString())).toEqual(all);
		expect(read(writeNetworkSettings({ ...all, gapKinds: [] }, loaded).toString()).gapKinds).toEqual([]);
	});
	it('highlights only the gap a gap-list link names, and drops unknown values', () => {
		expect(read('gap=unknown_face').gapKinds).toEqual(['unknown_face']);
		expect(read('gaps=isolated_partner,nonsense&size=huge&meetings=maybe')).toMatchObject({ gapKinds: ['isolated_partner'], sizeBy: 'degree', showMeetings: true });
	});
});

describe('a link to the network from another view', () => {
	it("is written by the network's own link: the place kept, the change made, the defaults left out", () => {
		expect(searchTo(networkLink, { period: '2024-Q3', wijk: 'W05' }, { gapKinds: ['missing_core_type'] }, loaded))
			.toBe('?period=2024-Q3&wijk=W05&gaps=missing_core_type');
		expect(searchTo(networkLink, { period: '2024-Q4', wijk: null }, {}, loaded)).toBe('');
	});
});
