import { toCsv } from '$lib/export/csv';
import { formatShare } from '$lib/i18n';
import { domainLabel } from '$lib/i18n/vocabulary';
import { type Flow } from '$lib/queries/flows';

/**
 * The flows table as CSV for Dutch Excel (`;`, decimal comma). Feedback is a percentage as on the
 * screen, with one decimal more, so a spreadsheet reads `75,3%` as the number 0,753 shown as 75,3%.
 */
export function flowCsv(header: string[], rows: (Flow & { rate: number })[]): string {
	return toCsv(header, rows.map((r) => [r.from_label, r.to_label, domainLabel(r.to_domain), r.count, r.feedback, formatShare(r.rate, 1)]));
}
