import { type Reader } from '../db/reader';
import { type NetworkFigures } from '../graph';
import { type GraphRows, type GraphWork } from '../graph/graph-work';
import { findGaps, gapKinds, type GapKind } from '../metrics/gaps';
import { graphRows } from '../metrics/network';
import { type Quarter } from '../metrics/period';
import { REGION } from '../metrics/scope';

/** A wijk's network as Netwerk shows it for that wijk: its figures and how many gaps of each kind. */
export interface WijkHealth {
	wijk_id: string;
	figures: NetworkFigures;
	gaps: Record<GapKind, number>;
}

const noGraph: GraphRows = { nodes: [], edges: [] };

/**
 * Graph(W, Q) and its gaps for each wijk: the same figures and gaps as /netwerk?wijk=W. Every wijk's
 * graph comes from one query, and the region's gaps, counted by wijk, are each wijk's own (every gap
 * is found per wijk or per partner, with the partner's own wijk); the gaps take their isolates and
 * articulation points from the figures computed here. Asking per wijk took ~11 s at 20 wijken and
 * 1M referrals. Stops between steps once `signal` aborts (the user chose another period).
 */
export async function networkHealth(db: Reader, graph: GraphWork, wijken: string[], period: Quarter, signal?: AbortSignal): Promise<WijkHealth[]> {
	const graphs = await graphRows(db, 'each-wijk', period);
	signal?.throwIfAborted();
	const figures = new Map(wijken.map((wijk) => [wijk, graph.figures(graphs.get(wijk) ?? noGraph)]));
	const figuresOf = new Map([...graphs].map(([wijk, rows]) => [rows, figures.get(wijk)]));
	const found = await findGaps(db, REGION, period, (rows) => figuresOf.get(rows) ?? graph.structure(rows), graphs);
	signal?.throwIfAborted();
	const health: WijkHealth[] = [];
	for (const wijk of wijken) {
		const mine = found.filter((g) => g.wijk_id === wijk);
		const gaps = Object.fromEntries(gapKinds.map((kind) => [kind, mine.filter((g) => g.kind === kind).length])) as Record<GapKind, number>;
		health.push({ wijk_id: wijk, figures: await figures.get(wijk)!, gaps });
	}
	return health;
}
