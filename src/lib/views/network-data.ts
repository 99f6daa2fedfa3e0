import { type Reader } from '../db/reader';
import { tieChanges, type EdgeRow, type NetworkFigures, type NodeRow } from '../graph';
import { type GraphWork } from '../graph/graph-work';
import { type Positions } from '../graph/layout';
import { coordinatorContacts } from '../queries/coordinator-contacts';
import { findGaps, type Gap } from '../metrics/gaps';
import { networkRows } from '../metrics/network';
import { shiftQuarter, type Quarter } from '../metrics/period';

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
export async function loadNetwork(db: Reader, graph: GraphWork, wijk: string | null, period: Quarter, previous: Positions):
	Promise<{ data: NetworkData; analysis: Promise<NetworkAnalysis> }> {
	const rows = await networkRows(db, { wijk }, period);
	const layout = graph.layout(rows, previous);
	// After the layout, not beside it: on two cores the drawing should not wait for the betweenness.
	const analysis = layout.then(() => graph.analysis(rows));
	const [positions, gaps, before, coordinators] = await Promise.all([
		layout,
		findGaps(db, { wijk }, period, graph.structure),
		networkRows(db, { wijk }, shiftQuarter(period, -1)),
		coordinatorContacts(db, { wijk }, period)
	]);
	return { data: { rows, positions, gaps, changes: tieChanges(rows.edges, before.edges), coordinators }, analysis };
}
