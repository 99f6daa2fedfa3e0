import { describe, expect, it } from 'vitest';
import { en } from './en';
import { formatNumber, formatShare, t } from './index';
import { nl } from './nl';

describe('i18n', () => {
	it('fills placeholders', () => {
		expect(t('data.imported', { rows: 12, rejected: 0 })).toBe('12 rijen geladen, 0 afgekeurd.');
	});
	it('says one group, four groups: the word follows the number', () => {
		const figures = (nodes: string, edges: string, components: string) => t('network.figures', { nodes, edges, density: '0,5', components });
		expect(figures('1', '0', '1')).toBe('1 partner, 0 banden, dichtheid 0,5, 1 groep');
		expect(figures('12', '1', '4')).toBe('12 partners, 1 band, dichtheid 0,5, 4 groepen');
		expect(figures('1.001', '21', '…')).toBe('1.001 partners, 21 banden, dichtheid 0,5, … groepen');
		expect(Object.values(nl).filter((text) => /\(en\)|\(s\)/.test(text))).toEqual([]);
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
