import { compareWijken, loadWijkenHistory, type Comparison, type WijkenHistory } from '../metrics/compare';
import { type GoalRow } from '../metrics/goals';
import { networkHealth } from '../queries/network-health';
import { goalRows } from '../queries/overview-data';
import { type Quarter } from '../metrics/period';
import { REGION } from '../metrics/scope';
import { metricResults } from '../metrics/series';
import { readWijkenSettings, writeWijkenSettings, type WijkenSettings } from './wijken-settings';
import { type Part, type PartsData, type View } from './view';

export type { WijkenSettings };

export interface WijkenData {
	/** Every wijk over every loaded quarter: the sparklines and the change since the previous quarter. */
	history: WijkenHistory;
	/** The comparison of `npm run metrics -- --compare` for each loaded quarter. */
	byPeriod: Map<Quarter, Comparison>;
	/** Each wijk's targets (and the region's, which a wijk without its own takes). */
	goals: GoalRow[];
}

/**
 * Wijken: every wijk side by side, with the median, the pooled shares and each share's funnel. One
 * load per data version holds every loaded quarter (as the overview's series do), so that a period
 * change only picks another comparison; the other settings are how it is shown.
 */
export const wijkenView = {
	path: '/wijken',
	read: readWijkenSettings,
	write: writeWijkenSettings,
	parts: {
		compare: {
			key: () => null,
			load: async ({ db, loaded }): Promise<WijkenData> => {
				const history = await loadWijkenHistory(db, loaded.quarters);
				const goals = await goalRows(db);
				return { history, byPeriod: new Map(loaded.quarters.map((q) => [q, compareWijken(history, q)])), goals };
			}
		} satisfies Part<WijkenSettings, WijkenData>,
		/** The region row, over every loaded quarter. */
		region: {
			key: () => null,
			load: ({ db, loaded }) => metricResults(db, REGION, loaded.quarters)
		} satisfies Part<WijkenSettings, unknown>,
		/** Each wijk's network for the period, as Netwerk shows it: after the table, since it builds a graph per wijk. */
		health: {
			afterPaint: true,
			key: (s) => ({ period: s.period }),
			load: async ({ db, graph, settings, loaded, signal }) => networkHealth(db, graph, loaded.wijkIds, settings.period, signal)
		} satisfies Part<WijkenSettings, unknown>
	}
} satisfies View<WijkenSettings, Record<string, Part<WijkenSettings, unknown>>>;

export type WijkenViewData = PartsData<typeof wijkenView.parts>;
