import { type Reader } from '../db/reader';
import { type NetworkFigures } from '../graph';
import { type GraphWork } from '../graph/graph-work';
import { findGaps, gapKinds, type GapKind } from '../metrics/gaps';
import { networkRows } from '../metrics/network';
import { type Quarter } from '../metrics/period';

/** A wijk's network as Netwerk shows it for that wijk: its figures and how many gaps of each kind. */
export interface WijkHealth {
	wijk_id: string;
	figures: NetworkFigures;
	gaps: Record<GapKind, number>;
}

/**
 * Graph(W, Q) and its gaps for each wijk, one after the other: the same figures and gaps as
 * /netwerk?wijk=W. Stops between wijken once `signal` aborts (the user chose another period).
 */
export async function networkHealth(db: Reader, graph: GraphWork, wijken: string[], period: Quarter, signal?: AbortSignal): Promise<WijkHealth[]> {
	const health: WijkHealth[] = [];
	for (const wijk of wijken) {
		signal?.throwIfAborted();
		const rows = await networkRows(db, { wijk }, period);
		const [figures, found] = await Promise.all([graph.figures(rows), findGaps(db, { wijk }, period, graph.structure)]);
		const gaps = Object.fromEntries(gapKinds.map((kind) => [kind, found.filter((g) => g.kind === kind).length])) as Record<GapKind, number>;
		health.push({ wijk_id: wijk, figures, gaps });
	}
	return health;
}
