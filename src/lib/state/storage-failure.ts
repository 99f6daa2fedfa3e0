import { t } from '../i18n';

/** Errors with which a browser says it keeps nothing for this site (a private window, storage switched off). */
const NO_STORAGE = new Set(['SecurityError', 'NotAllowedError', 'NotSupportedError']);

export const hasNoStorage = (error: unknown) =>
	typeof navigator === 'undefined' || !navigator.storage?.getDirectory || (error instanceof DOMException && NO_STORAGE.has(error.name));

/** What the user reads when storing failed: what happened, what it means for their data, and what to do. */
export function storageFailure(error: unknown): string {
	if (hasNoStorage(error)) return t('data.noStorage');
	if (error instanceof DOMException && error.name === 'QuotaExceededError') return t('data.storageFull');
	return t('data.storageProblem', { error: error instanceof Error ? error.message : String(error) });
}
