import { type Reader } from '../db/reader';
import { partnerTypeLabel } from '../i18n/vocabulary';
import { chartFlows, flowRows, oneWayPairs, OTHERS, type Flow, type OneWayPair } from '../queries/flows';
import { type Quarter } from '../metrics/period';
import { type Scope } from '../metrics/scope';
import { type FlowSettings } from './flows-settings';

/** A chart shows at most this many senders and receivers, the table at most this many flows. */
export const CHART_SIDE = 30;
export const TABLE_ROWS = 5_000;

export type FlowsData = {
	/** At most CHART_SIDE senders and receivers, the rest merged: all referrals, in few rows. */
	chart: Flow[];
	/** The largest flows, at most TABLE_ROWS of them. */
	table: Flow[];
	/** How many flows there are in all. */
	allFlows: number;
	oneWay: OneWayPair[];
};

/** The flows of a scope, range and settings: for the sankey, matrix and table, and the one-way pairs. */
export async function loadFlows(db: Reader, scope: Scope, period: Quarter, settings: Pick<FlowSettings, 'first' | 'from' | 'to' | 'reasons'>,
	others: { from: string; to: string }): Promise<FlowsData> {
	const q = { scope, first: settings.first, last: period, from: settings.from, to: settings.to, reasons: settings.reasons };
	// A partner type by its Dutch name (`cjg` is "CJG"); "others" already has its name.
	const named = (level: FlowSettings['from'], key: string, label: string) => (level === 'type' && key !== OTHERS ? partnerTypeLabel(key) : label);
	const labelled = <F extends Flow>(flows: F[]) =>
		flows.map((f) => ({ ...f, from_label: named(settings.from, f.from_key, f.from_label), to_label: named(settings.to, f.to_key, f.to_label) }));
	const chart = labelled(await chartFlows(db, q, CHART_SIDE, others));
	const table = labelled(await flowRows(db, q, TABLE_ROWS));
	return { chart, table, allFlows: table[0]?.all_flows ?? 0, oneWay: await oneWayPairs(db, scope, period) };
}
