import { t } from '../i18n';
import { flowsByQuarter } from '../queries/flows';
import { loadFlows } from './flows-data';
import { nearestQuarters } from './part-cache';
import { flowsLink, type FlowSettings } from './flows-settings';
import { type Loaded, type Part, type PartsData, type View } from './view';

export { OTHERS } from '../queries/flows';

/** The last eight loaded quarters up to the period: the span of the charts over time. */
export const spanOf = (settings: FlowSettings, loaded: Loaded) => loaded.quarters.filter((q) => q <= (settings.period ?? '')).slice(-8);
// What the bars and the feedback trend depend on: not the period, since they hold every loaded
// quarter and the chart shows the span up to it, so a period change reads nothing for them.
const overTime = (s: FlowSettings) => ({ wijk: s.wijk, reasons: s.reasons });
const allQuarters = (loaded: Loaded) => [loaded.quarters[0], loaded.quarters.at(-1)!] as const;

/** Verwijzingen: the sankey, matrix and table of a range, the one-way pairs, and referrals and feedback per loaded quarter. */
export const flowsView = {
	...flowsLink,
	parts: {
		flows: {
			// `by` only splits the bars over time, so switching it reloads nothing else.
			key: (s) => ({ ...s, by: null }),
			// One quarter at type level (a few hundred rows): the other quarters are warmed, as one-quarter ranges.
			neighbours: (s, loaded) => (s.first === s.period && s.from === 'type' && s.to === 'type'
				? nearestQuarters(loaded.quarters, s.period).map((period) => ({ ...s, period, first: period }))
				: []),
			load: ({ db, settings }) => loadFlows(db, { wijk: settings.wijk }, settings.period, settings,
				{ from: t('flows.otherSenders'), to: t('flows.otherReceivers') })
		} satisfies Part<FlowSettings, unknown>,
		bars: {
			key: (s) => ({ ...overTime(s), by: s.by }),
			load: ({ db, settings, loaded }) =>
				flowsByQuarter(db, { wijk: settings.wijk }, ...allQuarters(loaded), settings.by, settings.reasons)
		} satisfies Part<FlowSettings, unknown>,
		feedback: {
			key: overTime,
			load: ({ db, settings, loaded }) =>
				flowsByQuarter(db, { wijk: settings.wijk }, ...allQuarters(loaded), 'type', settings.reasons)
		} satisfies Part<FlowSettings, unknown>
	}
} satisfies View<FlowSettings, Record<string, Part<FlowSettings, unknown>>>;

export type FlowsViewData = PartsData<typeof flowsView.parts>;
