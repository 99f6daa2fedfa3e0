import { metricIds } from '../contract';
import { type XlsxSheet } from '../export/xlsx';
import { type Cell } from '../export/csv';
import { formatShare } from '../i18n';
import { type WijkenCell, type WijkenLine } from './wijken-table';

/** The wijken table as the exports write it: a line per wijk, then the median and the region; the header names each metric. */
export function wijkenExport(lines: WijkenLine[], header: { id: string; name: string; metric: (id: (typeof metricIds)[number], perPatients: boolean) => string }) {
	const perPatients = (id: (typeof metricIds)[number]) => lines[0]?.cells[id].per1000 ?? false;
	const head = [header.id, header.name, ...metricIds.map((id) => header.metric(id, perPatients(id)))];
	// Dutch Excel reads `12,5` as a number and `12.5` as text or a date: decimals with a comma, no grouping.
	const decimal = (v: number) => (Number.isInteger(v) ? v : (Math.round(v * 10) / 10).toFixed(1).replace('.', ','));
	const csvCell = (c: WijkenCell): Cell => (c.value === null ? null : c.kind === 'share' && !c.per1000 ? formatShare(c.value, 1) : decimal(c.value));
	const xlsxCell = (c: WijkenCell) => (c.value === null ? null : c.kind === 'share' && !c.per1000 ? { value: c.value, format: '0.0%' }
		: Number.isInteger(c.value) ? c.value : { value: c.value, format: '0.0' });
	return {
		csv: { header: head, rows: lines.map((l) => [l.id, l.name, ...metricIds.map((id) => csvCell(l.cells[id]))]) },
		xlsx: (sheet: string): XlsxSheet => ({ name: sheet, header: head, rows: lines.map((l) => [l.id, l.name, ...metricIds.map((id) => xlsxCell(l.cells[id]))]) })
	};
}
