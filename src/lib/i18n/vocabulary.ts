import { t } from './index';
import { nl, type MessageKey } from './nl';

/** Where each vocabulary (by its contract name) keeps its Dutch names. */
const keys = {
	partner_type: (id: string) => `partnerType.${id}`,
	domain: (id: string) => `network.domain.${id}`,
	meeting_type: (id: string) => `meetingType.${id}`,
	referral_reason: (id: string) => `reason.${id}`,
	channel: (id: string) => `channel.${id}`,
	action_status: (id: string) => `actionStatus.${id}`,
	metric: (id: string) => `metric.${id}.label`
};
export type VocabularyName = keyof typeof keys;

/** The message key of a vocabulary value's name, or null when it has none. */
export function vocabularyKey(vocabulary: VocabularyName, id: string): MessageKey | null {
	const key = keys[vocabulary](id);
	return key in nl ? (key as MessageKey) : null;
}

/** The name of a vocabulary value for people; a value outside the vocabulary as it is, `_` read as a space. */
export function vocabularyLabel(vocabulary: VocabularyName, id: string): string {
	const key = vocabularyKey(vocabulary, id);
	return key ? t(key) : id.replaceAll('_', ' ');
}

export const partnerTypeLabel = (id: string) => vocabularyLabel('partner_type', id);
export const domainLabel = (id: string) => vocabularyLabel('domain', id);
export const meetingTypeLabel = (id: string) => vocabularyLabel('meeting_type', id);
export const reasonLabel = (id: string) => vocabularyLabel('referral_reason', id);
export const channelLabel = (id: string) => vocabularyLabel('channel', id);
export const actionStatusLabel = (id: string) => vocabularyLabel('action_status', id);
export const metricLabel = (id: string) => vocabularyLabel('metric', id);
