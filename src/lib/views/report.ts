import { networkView as networkDrawing } from '../charts/network/network-view';
import { networkPicture } from '../charts/network/network-svg';
import { loadComparison } from '../metrics/compare';
import { findGaps } from '../metrics/gaps';
import { REGION } from '../metrics/scope';
import { metricResults } from '../metrics/series';
import { networkRows } from '../metrics/network';
import { shiftQuarter } from '../metrics/period';
import { flowsByQuarter, flowsPerWijk } from '../queries/flows';
import { actionRows } from '../queries/report-actions';
import { overviewView, type OverviewData } from './overview';
import { readReportSettings, writeReportSettings, type ReportSettings } from './report-settings';
import { type Part, type PartsData, type View } from './view';

export type { ReportSettings };

/** The report's drawing of the network, in CSS pixels: the width of an A4 page's text; at most `ties` of its ties drawn. */
export const REPORT_NETWORK = { width: 640, height: 400, ties: 3_000 };

/**
 * The ties a still picture can hold: a large region has hundreds of thousands (476,000 on the 1M
 * benchmark region, which as SVG lines took the page seconds to draw). Chosen by a hash of the pair,
 * not by weight, so that which ties are drawn says nothing about their counts.
 */
export function fewTies<E extends { a: string; b: string }>(edges: E[], most = REPORT_NETWORK.ties): E[] {
	if (edges.length <= most) return edges;
	const hash = (e: E) => { let h = 2166136261; for (const c of `${e.a}|${e.b}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619); return h >>> 0; };
	return edges.map((e) => [hash(e), e] as const).sort((x, y) => x[0] - y[0]).slice(0, most).map(([, e]) => e);
}

/**
 * Rapport: the quarterly report of a scope. Its data are the other views' own (the overview's
 * series, the wijken comparison, the gaps and the network), so that a figure in the report is the
 * one the app shows; `reportModel` turns them into the report's sections and shown strings.
 */
export const reportView = {
	path: '/rapport',
	read: readReportSettings,
	write: writeReportSettings,
	parts: {
		/**
		 * The network's figures and a still drawing of it, sized by degree: without betweenness, whose exact
		 * value on a large region's dense graph would make the report wait (Netwerk shows it, later).
		 * First of the parts: its query goes to the engine first, so that the layout (the longest step on a
		 * large region, in a worker) runs while the engine answers the other parts' queries.
		 */
		network: {
			key: (s) => ({ wijk: s.wijk, period: s.period }),
			load: async ({ db, settings, graph }) => {
				const rows = await networkRows(db, { wijk: settings.wijk }, settings.period);
				// The picture is laid out on the ties it draws (on a large region a fraction of them, and seconds sooner), each
				// weighing the same: ForceAtlas2 is deterministic, so weighted positions could be matched against guessed counts.
				// Stopped after a fixed amount of work, not time, so that the page's print and the command line's PDF draw it alike.
				const drawn = { nodes: rows.nodes, edges: fewTies(rows.edges) };
				const unweighted = { nodes: drawn.nodes, edges: drawn.edges.map((e) => ({ ...e, meetings: e.meetings ? 1 : 0, referrals: e.referrals ? 1 : 0 })) };
				const [positions, figures] = await Promise.all([graph.layout(unweighted, {}, { work: 240_000 }), graph.structure(rows)]);
				const view = networkDrawing(drawn, {}, positions, { sizeBy: 'degree', showMeetings: true, showReferrals: true, highlighted: new Set(), selected: null });
				return { figures, picture: networkPicture(view, REPORT_NETWORK.width, REPORT_NETWORK.height, 25) };
			}
		} satisfies Part<ReportSettings, unknown>,
		/** The overview's cards: every metric of the scope over every loaded quarter. */
		scope: overviewView.parts.series as Part<ReportSettings, OverviewData['series']>,
		/** Every wijk at the period, as `npm run metrics -- --compare` has them: one quarter, not the wijken view's every quarter. */
		wijken: {
			key: (s) => ({ period: s.period }),
			load: ({ db, settings }) => loadComparison(db, settings.period)
		} satisfies Part<ReportSettings, unknown>,
		/** The gaps of the period and of the quarter before, to say which are new and which closed. */
		gaps: {
			key: (s) => ({ wijk: s.wijk, period: s.period }),
			load: async ({ db, settings, loaded, graph }) => {
				const scope = { wijk: settings.wijk };
				const before = shiftQuarter(settings.period, -1);
				const [now, previous, partners, wijken] = await Promise.all([
					findGaps(db, scope, settings.period, graph.structure),
					loaded.quarters.includes(before) ? findGaps(db, scope, before, graph.structure) : Promise.resolve(null),
					db.query<{ partner_id: string; name: string }>('SELECT partner_id, name FROM partners'),
					db.query<{ wijk_id: string; name: string }>('SELECT wijk_id, name FROM wijken')
				]);
				return { now, previous, names: { partners: new Map(partners.map((p) => [p.partner_id, p.name])), wijken: new Map(wijken.map((w) => [w.wijk_id, w.name])) } };
			}
		} satisfies Part<ReportSettings, unknown>,
		actions: {
			key: (s) => ({ wijk: s.wijk }),
			load: ({ db, settings }) => actionRows(db, { wijk: settings.wijk })
		} satisfies Part<ReportSettings, unknown>,
		/** For a wijk's report, the region's metrics: the totals its wijk's counts add up to, for small-cell suppression. */
		region: {
			key: (s) => ({ wijk: s.wijk === null ? null : 'region', period: s.period }),
			load: async ({ db, settings }) => (settings.wijk === null ? null : metricResults(db, REGION, [settings.period]))
		} satisfies Part<ReportSettings, unknown>,
		/**
		 * The period's referrals from type to type per wijk of the whole region: a wijk's report hides what
		 * the region's would give back. The same for every report of the period, so a batch loads it once.
		 */
		cube: {
			key: (s) => ({ period: s.period }),
			load: ({ db, settings }) => flowsPerWijk(db, settings.period)
		} satisfies Part<ReportSettings, unknown>,
		/** The scope's flows over the last quarters up to the period: the feedback trend. */
		flows: {
			key: (s) => ({ wijk: s.wijk, period: s.period }),
			load: async ({ db, settings, loaded }) => {
				const span = loaded.quarters.filter((q) => q <= settings.period).slice(-8);
				return { span, perQuarter: await flowsByQuarter(db, { wijk: settings.wijk }, span[0], settings.period, 'type', null) };
			}
		} satisfies Part<ReportSettings, unknown>
	}
} satisfies View<ReportSettings, Record<string, Part<ReportSettings, unknown>>>;

export type ReportData = PartsData<typeof reportView.parts>;
