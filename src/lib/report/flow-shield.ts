import { completeLines, isSmallCount, type Line } from '../export/suppress';
import { type Flow } from '../queries/flows';

/** A flow of the period from type to type among the senders of one wijk (`wijk_id` of the from-partner; null: without wijk). */
export type WijkFlow = Flow & { wijk_id: string | null };

/** The region among the scopes of `shieldFlowCube`, beside the wijken and "zonder wijk" (null). */
export const REGION_SCOPE = '\u0000region';

/** Which of one scope's flow counts the external report hides. */
export interface FlowHidden {
	cell: (from: string, to: string) => boolean;
	sender: (from: string) => boolean;
	total: boolean;
}

/** The flows of a scope, summed per sender and receiver, largest first: a wijk's rows, or for the region (`wijk` null) all of them. */
export function scopeFlows(cube: WijkFlow[], wijk: string | null): Flow[] {
	const sums = new Map<string, Flow>();
	for (const f of cube) {
		if (wijk !== null && f.wijk_id !== wijk) continue;
		const key = JSON.stringify([f.from_key, f.to_key]);
		const sum = sums.get(key) ?? { from_key: f.from_key, from_label: f.from_label, to_key: f.to_key, to_label: f.to_label, to_domain: f.to_domain, count: 0, feedback: 0 };
		sums.set(key, { ...sum, count: sum.count + f.count, feedback: sum.feedback + f.feedback, to_domain: f.to_domain < sum.to_domain ? f.to_domain : sum.to_domain });
	}
	return [...sums.values()].sort((a, b) => b.count - a.count || a.from_key.localeCompare(b.from_key) || a.to_key.localeCompare(b.to_key));
}

/**
 * Small-cell suppression of the period's flows over the reports of a whole batch: the region's and
 * each wijk's. Within a scope each sender's receivers add up to its total and the senders to the
 * scope's; across scopes every cell, sender total and total of the wijken and "zonder wijk" adds up
 * to the region's. A wijk's hidden count is so never the region's less the other wijken's. The
 * scopes' totals are the wijken table's `referrals_total`: its suppression must start from `totals`.
 * Wijk ids outside `wijken` count as "zonder wijk", as the wijken table counts them.
 */
export function shieldFlowCube(cube: WijkFlow[], k: number, wijken: readonly string[]) {
	const REGION = REGION_SCOPE;
	const known = new Set(wijken);
	// In the order of their keys, never of their counts: where two cells are equally small the first is hidden, and an
	// order by count would let a hidden count decide which.
	const key = (f: WijkFlow) => JSON.stringify([f.wijk_id ?? '', f.from_key, f.to_key]);
	const rows = cube.map((f) => ({ ...f, wijk_id: f.wijk_id !== null && known.has(f.wijk_id) ? f.wijk_id : null }))
		.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
	const scopes = [...new Set(rows.map((f) => f.wijk_id))];
	const cells: number[] = [];
	const index = new Map<string, number>();
	const at = (...key: (string | null)[]) => {
		const id = JSON.stringify(key);
		if (!index.has(id)) index.set(id, cells.push(0) - 1);
		return index.get(id)!;
	};
	for (const f of rows) for (const scope of [f.wijk_id, REGION]) {
		cells[at(scope, f.from_key, f.to_key)] += f.count;
		cells[at(scope, f.from_key)] += f.count;
		cells[at(scope)] += f.count;
	}
	const pairs = [...new Set(rows.map((f) => JSON.stringify([f.from_key, f.to_key])))].map((p) => JSON.parse(p) as [string, string]);
	const senders = [...new Set(pairs.map(([from]) => from))];
	const lines: Line[] = [];
	const add = (members: number[], total: number) => lines.push({ members, total });
	for (const scope of [...scopes, REGION]) {
		for (const from of senders) add(pairs.filter(([s]) => s === from).map(([, to]) => at(scope, from, to)), at(scope, from));
		add(senders.map((from) => at(scope, from)), at(scope));
	}
	for (const [from, to] of pairs) add(scopes.map((scope) => at(scope, from, to)), at(REGION, from, to));
	for (const from of senders) add(scopes.map((scope) => at(scope, from)), at(REGION, from));
	add(scopes.map((scope) => at(scope)), at(REGION));
	const hidden = completeLines(cells, lines, cells.map((c) => isSmallCount(c, k)));
	const isHidden = (...key: (string | null)[]) => {
		const i = index.get(JSON.stringify(key));
		return i !== undefined && hidden[i];
	};
	/** What a scope's report hides: a wijk's, or the region's for null. */
	const of = (wijk: string | null): FlowHidden => {
		const scope = wijk ?? REGION;
		return { cell: (from, to) => isHidden(scope, from, to), sender: (from) => isHidden(scope, from), total: isHidden(scope) };
	};
	/** Whether a scope's referrals (the wijken table's `referrals_total`) are hidden: a wijk, "zonder wijk" (null) or `REGION_SCOPE`. */
	const total = (scope: string | null) => isHidden(scope);
	return { of, total };
}
