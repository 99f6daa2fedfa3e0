import { metricIds, type MetricId } from '../contract';
import { type Cell } from '../export/csv';
import { type XlsxSheet } from '../export/xlsx';
import { formatShare } from '../i18n';
import { type WijkenCell, type WijkenLine } from './wijken-table';

/** The words of the export: its headers and the caption under it. */
export interface WijkenExportText {
	id: string;
	name: string;
	metric: (id: MetricId, perPatients: boolean) => string;
	/** The detail sheet's headers after the wijk's: indicator, value, numerator, denominator, target, met, change. */
	details: [string, string, string, string, string, string, string];
	yes: string;
	no: string;
	/** Source, export date and what the figures count, as under every chart. */
	caption: string;
}

// Dutch Excel reads `12,5` as a number and `12.5` as text or a date: decimals with a comma, no grouping.
const decimal = (v: number) => (Number.isInteger(v) ? v : (Math.round(v * 1000) / 1000).toString().replace('.', ','));
const isShare = (c: WijkenCell) => c.kind === 'share' && !c.per1000;
const csvValue = (c: WijkenCell, v: number | null): Cell => (v === null ? null : isShare(c) ? formatShare(v, 1) : decimal(Math.round(v * 10) / 10));
const xlsxValue = (c: WijkenCell, v: number | null) => (v === null ? null : isShare(c) ? { value: v, format: '0.0%' }
	: Number.isInteger(v) ? v : { value: v, format: '0.0' });

/**
 * The wijken table as the exports write it: a line per wijk, then the median and the region, the
 * shown values under each metric; in Excel also a sheet with a line per wijk and metric (its
 * numerator and denominator, target, met and change) and the caption; the CSV ends with the caption.
 */
export function wijkenExport(lines: WijkenLine[], text: WijkenExportText) {
	const perPatients = (id: MetricId) => lines[0]?.cells[id].per1000 ?? false;
	const head = [text.id, text.name, ...metricIds.map((id) => text.metric(id, perPatients(id)))];
	const detailHead = [text.id, text.name, ...text.details];
	const yesNo = (met: boolean | null) => (met === null ? null : met ? text.yes : text.no);
	// A share's change is in percentage points (5,0), as the table shows it under the value.
	const details = (excel: boolean) => lines.flatMap((l) => metricIds.map((id) => {
		const c = l.cells[id];
		const value = (v: number | null) => (excel ? xlsxValue(c, v) : csvValue(c, v));
		const points = (v: number) => (excel ? { value: Math.round(v * 1000) / 10, format: '0.0' } : decimal(Math.round(v * 1000) / 10));
		return [l.id, l.name, text.metric(id, c.per1000), value(c.value), c.fraction?.numerator ?? null, c.fraction?.denominator ?? null,
			value(c.target), yesNo(c.met), c.change === null ? null : isShare(c) ? points(c.change) : value(c.change)];
	}));
	return {
		csv: { header: head, rows: [...lines.map((l) => [l.id, l.name, ...metricIds.map((id) => csvValue(l.cells[id], l.cells[id].value))]), [], [text.caption]] },
		xlsx: (sheet: string, detailSheet: string, aboutSheet: string): XlsxSheet[] => [
			{ name: sheet, header: head, rows: lines.map((l) => [l.id, l.name, ...metricIds.map((id) => xlsxValue(l.cells[id], l.cells[id].value))]) },
			{ name: detailSheet, header: detailHead, rows: details(true) },
			{ name: aboutSheet, header: [sheet], rows: [[text.caption]] }
		]
	};
}
