import { type Connector } from '$lib/db/connector';
import { tieChanges, type EdgeRow, type NetworkFigures, type NodeRow } from '$lib/graph';
import { analysisInWorker, figuresInWorker, layoutInWorker } from '$lib/graph/graph-in-worker';
import { type Positions } from '$lib/graph/layout';
import { findGaps, type Gap } from '$lib/metrics/gaps';
import { networkRows } from '$lib/metrics/network';
import { coordinatorContacts } from '$lib/metrics/coordinator-contacts';
import { shiftQuarter, type Quarter } from '$lib/metrics/period';

export interface NetworkData {
	rows: { nodes: NodeRow[]; edges: EdgeRow[] };
	positions: Positions;
	gaps: Gap[];
	/** Ties new and lost since the previous quarter's graph. */
	changes: ReturnType<typeof tieChanges>;
	coordinators: Awaited<ReturnType<typeof coordinatorContacts>>;
}

export interface NetworkAnalysis {
	figures: NetworkFigures;
	betweenness: Record<string, number>;
}

/**
 * Graph(S, Q) with its layout (continuing from `previous`) and gaps, and separately its figures and
 * betweenness: on a large graph those take longest, so the graph is drawn without waiting for them.
 */
export async function loadNetwork(db: Connector, wijk: string | null, period: Quarter, previous: Positions):
	Promise<{ data: NetworkData; analysis: Promise<NetworkAnalysis> }> {
	const rows = await networkRows(db, { wijk }, period);
	const layout = layoutInWorker(rows, previous);
	// After the layout, not beside it: on two cores the drawing should not wait for the betweenness.
	const analysis = layout.then(() => analysisInWorker(rows));
	const [positions, gaps, before, coordinators] = await Promise.all([
		layout,
		findGaps(db, { wijk }, period, figuresInWorker),
		networkRows(db, { wijk }, shiftQuarter(period, -1)),
		coordinatorContacts(db, { wijk }, period)
	]);
	return { data: { rows, positions, gaps, changes: tieChanges(rows.edges, before.edges), coordinators }, analysis };
}
