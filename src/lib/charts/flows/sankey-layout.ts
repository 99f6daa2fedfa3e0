import { sankey, sankeyLinkHorizontal } from 'd3-sankey';
import { type Flow } from '../../metrics/flows';
import { domainColours } from '../palette';

export type SankeyBox = { id: string; side: 'from' | 'to'; key: string; label: string; value: number; x0: number; x1: number; y0: number; y1: number };
export type SankeyBand = { from: string; to: string; fromLabel: string; toLabel: string; value: number; feedback: number;
	width: number; path: string; color: string; oneWay: boolean };

/** Room for the names left of the senders and right of the receivers. */
export const LABEL_WIDTH = 210;
const ROW = 18;

/** Height that gives every sender and receiver a readable row. */
export const sankeyHeight = (flows: Flow[]) =>
	Math.max(360, ROW * Math.max(new Set(flows.map((f) => f.from_key)).size, new Set(flows.map((f) => f.to_key)).size));

/**
 * Two columns, senders left and receivers right, so a type that both sends and receives appears on
 * each side (and the graph never has the cycles d3-sankey cannot lay out). Bands take their
 * receiver's domain colour; `oneWay` marks the pairs of the gap `one_way_referrals`.
 */
export function sankeyLayout(flows: Flow[], width: number, height: number, oneWay: Set<string> = new Set()) {
	// d3-sankey fails on a graph without nodes.
	if (!flows.some((f) => f.count > 0)) return { nodes: [] as SankeyBox[], bands: [] as SankeyBand[], total: 0 };
	const boxes = new Map<string, { id: string; side: 'from' | 'to'; key: string; label: string }>();
	for (const f of flows) {
		boxes.set(`from:${f.from_key}`, { id: `from:${f.from_key}`, side: 'from', key: f.from_key, label: f.from_label });
		boxes.set(`to:${f.to_key}`, { id: `to:${f.to_key}`, side: 'to', key: f.to_key, label: f.to_label });
	}
	const layout = sankey<{ id: string; side: 'from' | 'to'; key: string; label: string }, { flow: Flow }>()
		.nodeId((n) => n.id)
		.nodeWidth(12)
		.nodePadding(Math.min(10, Math.max(2, height / Math.max(1, boxes.size) / 3)))
		.extent([[LABEL_WIDTH, 4], [Math.max(LABEL_WIDTH + 40, width - LABEL_WIDTH), height - 4]]);
	const graph = layout({
		nodes: [...boxes.values()].map((b) => ({ ...b })),
		links: flows.filter((f) => f.count > 0).map((f) => ({ source: `from:${f.from_key}`, target: `to:${f.to_key}`, value: f.count, flow: f }))
	});
	const path = sankeyLinkHorizontal();
	const nodes: SankeyBox[] = graph.nodes.map((n) => ({ id: n.id, side: n.side, key: n.key, label: n.label, value: n.value ?? 0,
		x0: n.x0 ?? 0, x1: n.x1 ?? 0, y0: n.y0 ?? 0, y1: n.y1 ?? 0 }));
	const bands: SankeyBand[] = graph.links.map((l) => ({
		from: l.flow.from_key, to: l.flow.to_key, fromLabel: l.flow.from_label, toLabel: l.flow.to_label,
		value: l.value, feedback: l.flow.feedback, width: Math.max(1, l.width ?? 1), path: path(l) ?? '',
		color: domainColours[l.flow.to_domain] ?? domainColours.overig, oneWay: oneWay.has(`${l.flow.from_key}→${l.flow.to_key}`)
	}));
	return { nodes, bands, total: bands.reduce((sum, b) => sum + b.value, 0) };
}
