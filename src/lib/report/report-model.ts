import { metricIds } from '../contract';
import { localDate } from '../export/caption';
import { formatNumber, formatShare, t, type MessageKey } from '../i18n';
import { metricLabel } from '../i18n/vocabulary';
import { REGION } from '../metrics/scope';
import { shiftQuarter, type Quarter } from '../metrics/period';
import { type ReportData, type ReportSettings } from '../views/report';
import { scopeFlows, shieldFlowCube } from './flow-shield';
import { reportFeedback, reportFlows } from './report-flows';
import { reportKpis } from './report-kpis';
import { reportSankey } from './report-sankey';
import { reportActions, reportGaps } from './report-sections';
import { reportSummary } from './report-summary';
import { reportWijken } from './report-wijken';

/** Everything the report says, as the page prints it: `npm run report -- --out x.json` writes this object. */
export type ReportModel = ReturnType<typeof reportModel>;

/**
 * The report of `settings` from the report view's data: the same model for the page, the PDF, the
 * workbook and the JSON, so that all four say the same; an external one (the default) with small
 * numbers hidden (METRICS.md, "Small-cell suppression"), which then are nowhere in the model.
 */
export function reportModel(data: ReportData, settings: ReportSettings & { period: Quarter }, source: 'demo' | 'user' | 'empty', now = new Date()) {
	const { period, wijk } = settings;
	const k = settings.audience === 'extern' ? settings.minCell : null;
	const comparison = data.wijken;
	const at = data.scope.quarters.indexOf(period);
	// The region's figures at the period: its own report's, or for a wijk's report the region part's (that quarter alone).
	const total = Object.fromEntries(metricIds.map((id) => [id, (data.region ? data.region.series[id][0] : data.scope.series[id][at]) ?? null])) as Record<(typeof metricIds)[number], number | null>;
	const shield = k === null ? null : shieldFlowCube(data.cube, k, comparison.wijken.map((w) => w.wijk_id));
	const wijken = reportWijken(comparison, wijk, total, k, t('report.noWijk'), shield?.total);
	const kpis = reportKpis(data.scope, wijk === null ? REGION : { wijk }, period, k, wijken.hiddenTotals);
	const gaps = reportGaps(data.gaps.now, data.gaps.previous, data.gaps.names);
	const wijkNames = data.gaps.names.wijken;
	const actions = reportActions(data.actions, period, wijkNames);
	const figures = data.network.figures;
	const flows = reportFlows(scopeFlows(data.cube, wijk), k, shield?.of(wijk) ?? null);
	const partner = (id: string) => data.gaps.names.partners.get(id) ?? id;
	return {
		title: t('report.title'),
		period,
		previous: shiftQuarter(period, -1),
		scope: wijk ?? 'region',
		scope_name: wijk === null ? t('report.regionScope') : t('report.wijkScope', { wijk: wijkNames.get(wijk) ?? wijk }),
		audience: settings.audience,
		min_cell: k,
		date: localDate(now),
		source: t(`export.source.${source}`),
		summary: reportSummary(kpis, gaps, actions.overdue.length, period),
		kpis,
		network: {
			figures: [
				['nodes', formatNumber(figures.nodes)], ['edges', formatNumber(figures.edges)], ['density', figures.density === null ? '–' : formatNumber(Math.round(figures.density * 100) / 100)],
				['components', formatNumber(figures.components)], ['largest_component_share', formatShare(figures.largest_component_share)],
				['isolates', formatNumber(figures.isolates.length)], ['articulation_points', formatNumber(figures.articulation_points.length)]
			].map(([figure, shown]) => ({ figure, label: t(`report.figure.${figure}` as MessageKey), shown })),
			articulation_points: figures.articulation_points.map((id) => ({ partner_id: id, name: partner(id) })),
			// A tie's width is its number of referrals and meetings: in the external report every tie is drawn alike.
			picture: k === null ? data.network.picture : { ...data.network.picture, lines: data.network.picture.lines.map((l) => ({ ...l, width: 1 })) }
		},
		flows: { ...flows, sankey: reportSankey(flows, t('report.flowsOthers', { k: k ?? '' })),
			feedback: reportFeedback(data.flows.perQuarter, data.flows.span, k, wijken.hiddenTotals.has('referrals_total')) },
		gaps,
		actions,
		wijken: wijken.lines,
		definitions: metricIds.map((id) => ({ metric: id, label: metricLabel(id), text: t(`metric.${id}.definition` as MessageKey) })),
		colophon: [
			t('export.caption', { source: t(`export.source.${source}`), date: localDate(now) }),
			k === null ? t('report.colophonIntern') : t('report.colophonExtern', { k })
		]
	};
}
