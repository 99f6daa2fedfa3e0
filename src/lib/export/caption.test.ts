import { describe, expect, it } from 'vitest';
import { exportCaption, localDate } from './caption';

describe('the caption of an export', () => {
	it('dates by the local calendar, not UTC', () => {
		expect(localDate(new Date(2026, 0, 1, 0, 30))).toBe('2026-01-01');
		expect(localDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
	});
	it('names the source and the date, then what the view counts', () => {
		expect(exportCaption('demo', 'flows.caption', {}, new Date(2024, 11, 1))).toBe(
			'Bron: demoregio (verzonnen gegevens), verwerkt met Wijkradar op 2024-12-01. Verwijzingen tellen mee voor het gebied van de verwijzer.');
		expect(exportCaption('user', 'network.caption', { period: '2024-Q3' }, new Date(2024, 11, 1))).toBe(
			'Bron: eigen exportbestanden, verwerkt met Wijkradar op 2024-12-01. Banden in de vier kwartalen tot en met 2024-Q3.');
	});
});
