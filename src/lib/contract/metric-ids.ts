import { overviewNl } from '../i18n/overview-nl';
import { type Vocabulary } from './vocabularies';

/** The metric ids of shared/METRICS.md, the values `goals.metric` may take. */
export const metricIds = [
	'coordinators_gemeente_contact_share',
	'practices_wijkteam_linked_share',
	'referrals_total',
	'referrals_social_share',
	'feedback_rate',
	'meetings_total',
	'partners_reached',
	'active_partners_share',
	'core_type_coverage',
	'kaart_freshness_share',
	'actions_done_share'
] as const;

export type MetricId = (typeof metricIds)[number];

/** The shares that are a numerator over a denominator (METRICS.md, "Fractions"): all but `core_type_coverage`. */
export const fractionIds = [
	'coordinators_gemeente_contact_share',
	'practices_wijkteam_linked_share',
	'referrals_social_share',
	'feedback_rate',
	'active_partners_share',
	'kaart_freshness_share',
	'actions_done_share'
] as const satisfies readonly MetricId[];

export type FractionId = (typeof fractionIds)[number];

export const isFraction = (id: MetricId): id is FractionId => (fractionIds as readonly MetricId[]).includes(id);

/** The Dutch label of each metric: METRICS.md's label column, which the app shows as well. */
const metricLabel = (id: MetricId): string => overviewNl[`metric.${id}.label`];

/** `goals.metric` takes a metric's id or its Dutch label (`Terugkoppeling`), normalised like a column name. */
export const metricVocabulary: Vocabulary = {
	name: 'metric',
	unknown: 'reject',
	entries: metricIds.map((id) => ({ id, aliases: [metricLabel(id)] }))
};
