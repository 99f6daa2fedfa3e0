import { describe, expect, it } from 'vitest';
import { en } from './en';
import { formatNumber, formatShare, t } from './index';
import { nl } from './nl';

describe('i18n', () => {
	it('fills placeholders', () => {
		expect(t('data.imported', { rows: 12, rejected: 0 })).toBe('12 rijen geladen, 0 afgekeurd.');
	});
	it('has no English key that Dutch lacks', () => {
		for (const key of Object.keys(en)) expect(Object.keys(nl)).toContain(key);
	});
	it('formats nl-NL, null as a dash', () => {
		expect(formatNumber(1234.5)).toBe('1.234,5');
		expect(formatShare(0.35)).toBe('35%');
		expect(formatShare(null)).toBe('–');
	});
});
