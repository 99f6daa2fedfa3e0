import { en } from './en';
import { nl, type MessageKey } from './nl';

export type Locale = 'nl' | 'en';
export type { MessageKey };

let locale: Locale = 'nl';

export function setLocale(next: Locale): void {
	locale = next;
}

/** The message for `key` in the current language, with `{name}` placeholders filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
	const template = (locale === 'en' && en[key]) || nl[key];
	return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

const numberFormat = new Intl.NumberFormat('nl-NL');
const shareFormat = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });

/** A number the Dutch way (`1.234,5`); null as "–". */
export function formatNumber(value: number | null): string {
	return value === null ? '–' : numberFormat.format(value);
}

/** A share 0..1 as a percentage (`35%`); null as "–", never 0. */
export function formatShare(value: number | null): string {
	return value === null ? '–' : shareFormat.format(value);
}
