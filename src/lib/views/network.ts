import { type Positions } from '../graph/layout';
import { partnerTies } from '../queries/partner-ties';
import { loadNetwork } from './network-data';
import { networkLink, type NetworkSettings } from './network-settings';
import { type Part, type PartsData, type View } from './view';

/**
 * Netwerk: Graph(S, Q) laid out (continuing where the partners were drawn before), its gaps and tie
 * changes; the figures and betweenness arrive later. The chosen partner's ties load on their own.
 */
export const networkView = {
	...networkLink,
	parts: {
		graph: {
			key: (s) => ({ wijk: s.wijk, period: s.period }),
			load: async ({ db, graph, settings, previous }) => {
				// Where each partner was drawn last in each area, so a period change moves nothing that stays.
				// Per area: a wijk laid out inside the region's drawing would be spread over all of it.
				const memory = new Map((previous as { drawnBefore: Map<string, Positions> } | null)?.drawnBefore ?? []);
				const area = settings.wijk ?? '';
				const loaded = await loadNetwork(db, graph, settings.wijk, settings.period, memory.get(area) ?? {});
				memory.set(area, { ...memory.get(area), ...loaded.data.positions });
				return { ...loaded.data, drawnBefore: memory, analysis: loaded.analysis };
			}
		} satisfies Part<NetworkSettings, unknown>,
		partner: {
			key: (s) => ({ partner: s.partner, period: s.period }),
			load: ({ db, settings }) => (settings.partner ? partnerTies(db, settings.partner, settings.period) : Promise.resolve(null))
		} satisfies Part<NetworkSettings, unknown>
	}
} satisfies View<NetworkSettings, Record<string, Part<NetworkSettings, unknown>>>;

export type NetworkViewData = PartsData<typeof networkView.parts>;
