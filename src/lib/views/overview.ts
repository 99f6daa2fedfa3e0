import { findGaps } from '../metrics/gaps';
import { loadOverviewData } from '../queries/overview-data';
import { overviewLink } from './link';
import { nearestQuarters } from './part-cache';
import { type Part, type PartsData, type Place, type View } from './view';

export type OverviewSettings = Place;
export { gapKinds, type GapKind } from '../metrics/gaps';


/**
 * Overzicht: a card per metric and the gaps. The cards' series hold every loaded quarter of the
 * scope, so a period change only reads from them; the gaps are per period.
 */
export const overviewView = {
	...overviewLink,
	parts: {
		series: {
			key: (s) => ({ wijk: s.wijk }),
			load: async ({ db, settings, loaded }) => ({ quarters: loaded.quarters, ...(await loadOverviewData(db, { wijk: settings.wijk }, loaded.quarters)) })
		} satisfies Part<OverviewSettings, unknown>,
		gaps: {
			key: (s) => ({ wijk: s.wijk, period: s.period }),
			// The gaps of every other quarter, warmed after the first: a period switch then waits for nothing.
			neighbours: (s, loaded) => nearestQuarters(loaded.quarters, s.period).map((period) => ({ ...s, period })),
			load: async ({ db, settings, graph }) => {
				const [gaps, partners] = await Promise.all([
					findGaps(db, { wijk: settings.wijk }, settings.period, graph.structure),
					db.query<{ partner_id: string; name: string }>('SELECT partner_id, name FROM partners')
				]);
				return { gaps, names: new Map(partners.map((p) => [p.partner_id, p.name])) };
			}
		} satisfies Part<OverviewSettings, unknown>
	}
} satisfies View<OverviewSettings, Record<string, Part<OverviewSettings, unknown>>>;

export type OverviewData = PartsData<typeof overviewView.parts>;
