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
	// Both asked at once: the engine runs them back to back, without waiting for a busy page in between.
	const [rows, oneWay] = await Promise.all([flowRows(db, q, TABLE_ROWS), oneWayPairs(db, scope, period)]);
	const allFlows = rows[0]?.all_flows ?? 0;
	// With every flow in the table and few enough senders and receivers, chartFlows would merge nothing:
	// the chart's flows are the table's (types always; organisations in a small region), one query fewer.
	const fits = (side: 'from_key' | 'to_key') => new Set(rows.map((f) => f[side])).size <= CHART_SIDE;
	const chart = rows.length === allFlows && fits('from_key') && fits('to_key')
		? rows.map(({ all_flows: _, ...flow }) => flow)
		: await chartFlows(db, q, CHART_SIDE, others);
	return { chart: labelled(chart), table: labelled(rows), allFlows, oneWay };
}
