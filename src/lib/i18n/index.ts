import { en } from './en';
import { nl, type MessageKey } from './nl';

export type Locale = 'nl' | 'en';
export type { MessageKey };

let locale: Locale = 'nl';

export function setLocale(next: Locale): void {
	locale = next;
}

/**
 * The message for `key` in the current language, with `{name}` placeholders filled in and
 * `{name|groep|groepen}` as the word for that number: singular for exactly 1 (Dutch and English alike).
 */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
	const template = (locale === 'en' && en[key]) || nl[key];
	return template
		.replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (_, name: string, one: string, other: string) => (String(params[name]) === '1' ? one : other))
		.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

const numberFormat = new Intl.NumberFormat('nl-NL');
const shareFormats = [0, 1].map((digits) => new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: digits }));

/** A number the Dutch way (`1.234,5`); null as "–". */
export function formatNumber(value: number | null): string {
	return value === null ? '–' : numberFormat.format(value);
}

/**
 * A share 0..1 as a percentage (`35%`), or with one decimal (`35,3%`: what Dutch Excel reads back as
 * the number 0,353 shown as a percentage); null as "–", never 0.
 */
export function formatShare(value: number | null, decimals: 0 | 1 = 0): string {
	return value === null ? '–' : shareFormats[decimals].format(value);
}

const oneDecimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
/** A rate such as per 1,000 patients, with at most one decimal (`12,4`); null as "–". */
export function formatRate(value: number | null): string {
	return value === null ? '–' : oneDecimal.format(value);
}

const signedNumber = new Intl.NumberFormat('nl-NL', { signDisplay: 'exceptZero' });
/** A signed number with at most one decimal (`+4,5`, `−2`). */
export const signedPoints = new Intl.NumberFormat('nl-NL', { signDisplay: 'exceptZero', maximumFractionDigits: 1 });

/** A metric value: a share as a percentage, a count as a number; null as "–". */
export function formatMetric(value: number | null, kind: 'share' | 'count'): string {
	return kind === 'share' ? formatShare(value) : formatNumber(value);
}

/** A change between quarters: `+12` for counts, `+4,5 procentpunt` for shares (given as fractions). */
export function formatChange(change: number, kind: 'share' | 'count'): string {
	return kind === 'share' ? `${signedPoints.format(change * 100)} ${t('overview.points')}` : signedNumber.format(change);
}
