import { type Connector } from '$lib/db/connector';
import { flowRows, flowsByQuarter, oneWayPairs, type Flow, type OneWayPair, type QuarterCount } from '$lib/metrics/flows';
import { type Quarter } from '$lib/metrics/period';
import { type Scope } from '$lib/metrics/scope';
import { type FlowSettings } from './flow-settings';

export type FlowsData = {
	flows: Flow[];
	/** The last eight loaded quarters up to the period, for the charts over time. */
	quarters: Quarter[];
	perQuarter: QuarterCount[];
	feedbackByType: QuarterCount[];
	oneWay: OneWayPair[];
};

/** Everything the flows view shows for a scope, period and settings. */
export async function loadFlows(db: Connector, scope: Scope, period: Quarter, settings: FlowSettings, loaded: Quarter[]): Promise<FlowsData> {
	const quarters = loaded.filter((q) => q <= period).slice(-8);
	const flows = await flowRows(db, { scope, first: settings.first, last: period, from: settings.from, to: settings.to, reasons: settings.reasons });
	const perQuarter = await flowsByQuarter(db, scope, quarters[0], period, settings.by, settings.reasons);
	const feedbackByType = await flowsByQuarter(db, scope, quarters[0], period, 'type', settings.reasons);
	return { flows, quarters, perQuarter, feedbackByType, oneWay: await oneWayPairs(db, scope, period) };
}
