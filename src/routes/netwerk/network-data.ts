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
	figures: NetworkFigures;
	betweenness: Record<string, number>;
	positions: Positions;
	gaps: Gap[];
	/** Ties new and lost since the previous quarter's graph. */
	changes: ReturnType<typeof tieChanges>;
	coordinators: Awaited<ReturnType<typeof coordinatorContacts>>;
}

/** Graph(S, Q) with its figures, layout (continuing from `previous`) and gaps; the heavy parts in the graph worker. */
export async function loadNetwork(db: Connector, wijk: string | null, period: Quarter, previous: Positions): Promise<NetworkData> {
	const rows = await networkRows(db, { wijk }, period);
	const [analysis, positions, gaps, before, coordinators] = await Promise.all([
		analysisInWorker(rows),
		layoutInWorker(rows, previous),
		findGaps(db, { wijk }, period, figuresInWorker),
		networkRows(db, { wijk }, shiftQuarter(period, -1)),
		coordinatorContacts(db, { wijk }, period)
	]);
	return { rows, ...analysis, positions, gaps, changes: tieChanges(rows.edges, before.edges), coordinators };
}
