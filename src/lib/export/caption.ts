import { t, type MessageKey } from '../i18n';

/** Today as the user's calendar has it (YYYY-MM-DD): toISOString would give yesterday's date after midnight in the Netherlands. */
export function localDate(now = new Date()): string {
	const two = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/**
 * The line under every exported chart and table: where the data came from, when it was exported
 * and what the view counts (`note`, a message of the view with its own parameters).
 */
export function exportCaption(source: 'demo' | 'user' | 'empty', note: MessageKey, params: Record<string, string> = {}, now = new Date()): string {
	return `${t('export.caption', { source: t(`export.source.${source}`), date: localDate(now) })} ${t(note, params)}`;
}
