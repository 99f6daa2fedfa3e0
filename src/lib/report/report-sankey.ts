import { type Flow } from '../queries/flows';
import { OTHERS, type ReportSender } from './report-flows';
import { type ShownCell } from './shown';

const band = (from: string, fromLabel: string, to: string, toLabel: string, domain: string, count: number): Flow =>
	({ from_key: from, from_label: fromLabel, to_key: to, to_label: toLabel, to_domain: domain, count, feedback: 0 });

/**
 * The report's sankey, made only of what its flows table prints, so that a band's width says no more
 * than the table: a sender's hidden receivers become one band to "overige (<k)" of its total less its
 * shown receivers, and the senders whose totals are hidden one band from "overige (<k)" of the total
 * less the shown senders. The secondary rule left each such rest at least two hidden cells. When a
 * total is hidden too, its rest cannot be had from the table and is not drawn.
 */
export function reportSankey(flows: { senders: ReportSender[]; total: ShownCell }, othersLabel: string): Flow[] {
	const bands: Flow[] = [];
	let shownSenders = 0;
	for (const sender of flows.senders) {
		if (sender.total.value == null) continue;
		shownSenders += sender.total.value;
		let rest = sender.total.value;
		for (const r of sender.receivers) {
			if (r.count.value == null) continue;
			rest -= r.count.value;
			if (r.count.value > 0) bands.push(band(sender.type, sender.label, r.type, r.label, r.domain, r.count.value));
		}
		if (rest > 0) bands.push(band(sender.type, sender.label, OTHERS, othersLabel, 'overig', rest));
	}
	const hiddenSenders = flows.total.value == null ? 0 : flows.total.value - shownSenders;
	if (hiddenSenders > 0) bands.push(band(OTHERS, othersLabel, OTHERS, othersLabel, 'overig', hiddenSenders));
	return bands;
}
