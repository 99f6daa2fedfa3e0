import { ties, window4, type Row, type Tables } from './story-check';

export interface Graph {
	nodes: string[];
	adj: Map<string, Set<string>>;
}

const activeIn = (p: Row, start: string, end: string) =>
	(!p.active_from || p.active_from <= end) && (!p.active_until || p.active_until >= start);

/** Graph(w, Q) of METRICS.md. */
export function wijkGraph(t: Tables, wijk: string, period: string): Graph {
	const w = window4(period);
	const all = ties(t, w);
	const active = t.partners.filter((p) => activeIn(p, w.start, w.end));
	const own = new Set(active.filter((p) => p.wijk_id === wijk).map((p) => p.partner_id));
	const nodes = new Set(own);
	for (const p of active)
		if (!p.wijk_id && [...(all.get(p.partner_id) ?? [])].some((x) => own.has(x))) nodes.add(p.partner_id);
	const adj = new Map<string, Set<string>>();
	for (const n of nodes) adj.set(n, new Set([...(all.get(n) ?? [])].filter((x) => nodes.has(x))));
	return { nodes: [...nodes].sort(), adj };
}

export const isolates = (g: Graph): string[] => g.nodes.filter((n) => (g.adj.get(n)?.size ?? 0) === 0);

/** Articulation points (Tarjan), sorted. */
export function articulationPoints(g: Graph): string[] {
	const order = new Map<string, number>();
	const low = new Map<string, number>();
	const points = new Set<string>();
	let counter = 0;
	const visit = (u: string, parent: string | null): void => {
		order.set(u, counter);
		low.set(u, counter++);
		let children = 0;
		for (const v of g.adj.get(u) ?? []) {
			if (!order.has(v)) {
				children++;
				visit(v, u);
				low.set(u, Math.min(low.get(u) ?? 0, low.get(v) ?? 0));
				if (parent !== null && (low.get(v) ?? 0) >= (order.get(u) ?? 0)) points.add(u);
			} else if (v !== parent) low.set(u, Math.min(low.get(u) ?? 0, order.get(v) ?? 0));
		}
		if (parent === null && children > 1) points.add(u);
	};
	for (const n of g.nodes) if (!order.has(n)) visit(n, null);
	return [...points].sort();
}
