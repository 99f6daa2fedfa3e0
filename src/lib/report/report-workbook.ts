import { metricIds } from '../contract';
import { type XlsxSheet } from '../export/xlsx';
import { t, type MessageKey } from '../i18n';
import { metricLabel } from '../i18n/vocabulary';
import { type ReportModel } from './report-model';

const yesNo = (met: boolean | null) => (met === null ? '–' : t(met ? 'wijken.yes' : 'wijken.no'));

/**
 * The report as a workbook, a sheet per section, holding exactly the strings the page prints (so
 * `<10` where the page says `<10`): what an insurer receives says what the PDF says.
 */
export function reportWorkbook(model: ReportModel): XlsxSheet[] {
	const h = (key: string) => t(`report.sheet.${key}` as MessageKey);
	return [
		{ name: h('summary'), header: [model.title], rows: [[model.scope_name], [model.period], ...model.summary.map((s) => [s])] },
		{ name: h('kpis'), header: [h('metric'), h('value'), h('fraction'), h('target'), h('met'), h('change')],
			rows: model.kpis.map((k) => [k.label, k.shown, k.fraction_shown ?? '', k.target_shown, yesNo(k.met), k.change_shown]) },
		{ name: h('network'), header: [h('figure'), h('value')], rows: [
			...model.network.figures.map((f) => [f.label, f.shown]),
			...model.network.articulation_points.map((p) => [h('articulation'), `${p.name} (${p.partner_id})`])
		] },
		{ name: t('report.flows'), header: [t('report.flowsFrom'), t('report.referrals'), t('report.flowsTo')], rows: [
			...model.flows.senders.map((f) => [f.label, f.total.shown, f.receivers.map((r) => (r.count.shown ? `${r.label} ${r.count.shown}` : r.label)).join(', ')]),
			[t('report.flowsTotal'), model.flows.total.shown],
			[], [t('report.feedback'), ...model.flows.feedback.map((q) => q.period)],
			[t('report.sheet.value'), ...model.flows.feedback.map((q) => q.share.shown)],
			...(model.flows.feedback.every((q) => q.referrals) ? [[t('report.referrals'), ...model.flows.feedback.map((q) => q.referrals!.shown)]] : [])
		] },
		{ name: h('gaps'), header: [h('gapKind'), h('count'), h('previous'), h('new'), h('closed')],
			rows: model.gaps.map((g) => [t(`gaps.kind.${g.kind}` as MessageKey), String(g.count), g.previous === null ? '–' : String(g.previous), g.new.join('; '), g.closed.join('; ')]) },
		{ name: h('actions'), header: [h('status'), h('count')], rows: [
			...model.actions.by_status.map((s) => [t(`report.status.${s.status}` as MessageKey), String(s.count)]),
			[], [h('overdue')], ...model.actions.overdue.map((a) => [a.title, a.wijk, a.due_date])
		] },
		{ name: h('wijken'), header: [h('wijk'), ...metricIds.map(metricLabel)],
			rows: [...model.wijken.map((w) => [w.name, ...metricIds.map((id) => w.cells[id]?.shown ?? '')]),
				...(model.scope === 'region' ? [[model.scope_name, ...model.kpis.map((k) => k.shown)]] : [])] },
		{ name: h('definitions'), header: [h('metric'), h('definition')], rows: model.definitions.map((d) => [d.label, d.text]) },
		{ name: h('colophon'), header: [model.title], rows: model.colophon.map((line) => [line]) }
	];
}
