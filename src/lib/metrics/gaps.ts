import { coreTypes } from '../contract';
import { sqlString } from '../db/connector';
import { type Reader } from '../db/reader';
import { graphHere, type GraphRows, type GraphWork } from '../graph/graph-work';
import { graphRows } from './network';
import { quarterEnd, window4, type Quarter } from './period';
import { activeOn, inScope, verifiedWithinYear, type Scope } from './scope';
import { periodsCte, tiesCte } from './sql/periods';
import { oneWayPairsSql } from './sql/one-way';
import { coveredTypesSql, practicesSql } from './sql/partner-metrics';

export const gapKinds = ['missing_core_type', 'isolated_partner', 'single_point_of_failure', 'practice_without_wijkteam',
	'one_way_referrals', 'stale_kaart_entry', 'unknown_face'] as const;
export type GapKind = (typeof gapKinds)[number];

/** A gap of shared/METRICS.md: its kind and exactly its fields. */
export type Gap = {
	kind: GapKind;
	wijk_id: string | null;
	partner_id?: string;
	type?: string;
	to_partner_id?: string;
};

const d = (date: string) => `DATE ${sqlString(date)}`;

/**
 * A graph's figures without betweenness (GraphWork.structure): in Node right here, in the browser in a
 * worker (graph-in-worker.ts). The gaps need its isolates and articulation points only.
 */
export type StructureOf = GraphWork['structure'];

/** The per-wijk gaps: missing core types, isolates and articulation points of Graph(w, Q), for each wijk of the scope. */
async function wijkGaps(db: Reader, scope: Scope, quarter: Quarter, structureOf: StructureOf, known?: WijkGraphs): Promise<Gap[]> {
	const wijken = (await db.query<{ wijk_id: string }>(`SELECT wijk_id FROM wijken w WHERE ${inScope(scope, 'w')} ORDER BY 1`)).map((w) => w.wijk_id);
	const covered = await db.query<{ wijk_id: string; type: string }>(`WITH ${periodsCte([quarter])}, ${tiesCte} ${coveredTypesSql}`);
	const graphs = known ?? (await graphRows(db, scope.wijk === null ? 'each-wijk' : scope, quarter));
	// Every wijk's graph handed over at once: in the browser the worker takes them one after another without a round trip between.
	const structures = await Promise.all(wijken.map((wijk_id) => structureOf(graphs.get(wijk_id) ?? { nodes: [], edges: [] })));
	const gaps: Gap[] = [];
	for (const [i, wijk_id] of wijken.entries()) {
		const has = new Set(covered.filter((c) => c.wijk_id === wijk_id).map((c) => c.type));
		for (const type of coreTypes.filter((t) => !has.has(t))) gaps.push({ kind: 'missing_core_type', wijk_id, type });
		const figures = structures[i];
		for (const partner_id of figures.isolates) gaps.push({ kind: 'isolated_partner', wijk_id, partner_id });
		for (const partner_id of figures.articulation_points) gaps.push({ kind: 'single_point_of_failure', wijk_id, partner_id });
	}
	return gaps;
}

/** The per-partner gaps, each with the partner's own wijk_id. */
async function partnerGaps(db: Reader, scope: Scope, quarter: Quarter): Promise<Gap[]> {
	const w = window4(quarter);
	const end = d(quarterEnd(quarter));
	const inWindow = (column: string) => `${column} BETWEEN ${d(w.start)} AND ${d(w.end)}`;
	const rows = await db.query<Gap>(`WITH ${periodsCte([quarter])}, ${tiesCte}
		SELECT 'practice_without_wijkteam' AS kind, wijk_id, partner_id, NULL AS to_partner_id FROM (${practicesSql(scope)})
			WHERE partner_id IS NOT NULL AND NOT linked
		UNION ALL
		SELECT 'one_way_referrals', wijk_id, partner_id, to_partner_id FROM (${oneWayPairsSql(scope, quarter)})
		UNION ALL
		SELECT 'stale_kaart_entry', pa.wijk_id, pa.partner_id, NULL FROM partners pa
			WHERE ${inScope(scope, 'pa')} AND ${activeOn('pa', end)}
				AND NOT ${verifiedWithinYear('pa', end)}
		UNION ALL
		SELECT 'unknown_face', pa.wijk_id, pa.partner_id, NULL FROM partners pa
			WHERE ${inScope(scope, 'pa')}
				AND pa.partner_id IN (SELECT partner_id FROM __received_q WHERE ${inWindow('q')})
				AND pa.partner_id NOT IN (SELECT partner_id FROM __attended_q WHERE ${inWindow('q')})`);
	return rows.map(({ to_partner_id, ...gap }) => (to_partner_id === null ? gap : { ...gap, to_partner_id }));
}

const order = (g: Gap) => [gapKinds.indexOf(g.kind), g.wijk_id ?? '', g.partner_id ?? '', g.type ?? '', g.to_partner_id ?? ''] as const;

/** Graph(w, Q) by wijk_id, as `graphRows` gives them: for a caller that has them already. */
export type WijkGraphs = Map<string, GraphRows>;

/** Every gap of METRICS.md for the scope and quarter, by kind (in METRICS.md's order), wijk and ids. */
export async function findGaps(db: Reader, scope: Scope, quarter: Quarter, structureOf: StructureOf = graphHere.structure,
	graphs?: WijkGraphs): Promise<Gap[]> {
	const gaps = [...(await wijkGaps(db, scope, quarter, structureOf, graphs)), ...(await partnerGaps(db, scope, quarter))];
	return gaps.sort((a, b) => {
		const [x, y] = [order(a), order(b)];
		for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
		return 0;
	});
}
