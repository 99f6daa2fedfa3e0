import { fractionIds, metricIds, type FractionId, type MetricId } from '../contract';
import { oneOf, readPlace, setUnlessDefault, writePlace } from './link';
import { type Loaded, type Place } from './view';

/** What the wijken view shows, as a link: `?per=1000&funnel=actions_done_share&metric=meetings_total&sort=feedback_rate&desc=1`. */
export type WijkenSettings = Place & {
	/** The counts per 1,000 patients instead of as counts. */
	per1000: boolean;
	/** The share whose funnel plot is shown. */
	funnel: FractionId;
	/** The metric of the small multiples. */
	metric: MetricId;
	/** The table's sort column: the wijk (its id) or a metric. */
	sort: 'wijk' | MetricId;
	descending: boolean;
};

const DEFAULT_FUNNEL: FractionId = 'feedback_rate';
const DEFAULT_METRIC: MetricId = 'referrals_total';
const sortColumns = ['wijk', ...metricIds] as const;

export function readWijkenSettings(search: URLSearchParams, loaded: Loaded): WijkenSettings {
	return {
		...readPlace(search, loaded),
		per1000: search.get('per') === '1000',
		funnel: oneOf(search.get('funnel'), fractionIds, DEFAULT_FUNNEL),
		metric: oneOf(search.get('metric'), metricIds, DEFAULT_METRIC),
		sort: oneOf(search.get('sort'), sortColumns, 'wijk'),
		descending: search.get('desc') === '1'
	};
}

export function writeWijkenSettings(settings: WijkenSettings, loaded: Loaded): URLSearchParams {
	const search = writePlace(settings, loaded);
	if (settings.per1000) search.set('per', '1000');
	setUnlessDefault(search, 'funnel', settings.funnel, DEFAULT_FUNNEL);
	setUnlessDefault(search, 'metric', settings.metric, DEFAULT_METRIC);
	setUnlessDefault(search, 'sort', settings.sort, 'wijk');
	if (settings.descending) search.set('desc', '1');
	return search;
}
