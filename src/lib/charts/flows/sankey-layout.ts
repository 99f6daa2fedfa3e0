import { sankey, sankeyLinkHorizontal } from 'd3-sankey';
import { formatNumber } from '../../i18n';
import { type Flow } from '../../queries/flows';
import { domainColours } from '../palette';
import { fitText, measureText, type Measure } from '../text-width';

export type SankeyBox = { id: string; side: 'from' | 'to'; key: string; label: string; value: number; x0: number; x1: number; y0: number; y1: number;
	/** The name and count as drawn beside the box, cut with "…" when the name is too long (`label` holds it whole). */
	text: string };
export type SankeyBand = { from: string; to: string; fromLabel: string; toLabel: string; value: number; feedback: number;
	width: number; path: string; color: string; oneWay: boolean };

export const LABEL_SIZE = 11;
/** Between two boxes of a column at least a label's line, so labels centred on their boxes never overlap. */
const ROW = 16;
/** Above the first box and below the last: half a label sticks out of its box's middle. */
const EDGE = 8;
/** Between a box and its label. */
const GAP = 6;

/** Height that gives every sender and receiver its line and leaves room for the bands. */
export const sankeyHeight = (flows: Flow[]) =>
	Math.max(360, 2 * EDGE + 200 + ROW * Math.max(new Set(flows.map((f) => f.from_key)).size, new Set(flows.map((f) => f.to_key)).size));

/**
 * Two columns, senders left and receivers right, so a type that both sends and receives appears on
 * each side (and the graph never has the cycles d3-sankey cannot lay out). Each side's margin is its
 * longest label as measured, up to 30% of the width; a longer name is cut and the box keeps it whole.
 * Bands take their receiver's domain colour; `oneWay` marks the pairs of the gap `one_way_referrals`.
 */
export function sankeyLayout(flows: Flow[], width: number, height: number, oneWay: Set<string> = new Set(), measure: Measure = measureText) {
	// d3-sankey fails on a graph without nodes.
	if (!flows.some((f) => f.count > 0)) return { nodes: [] as SankeyBox[], bands: [] as SankeyBand[], total: 0 };
	const boxes = new Map<string, { id: string; side: 'from' | 'to'; key: string; label: string; value: number }>();
	for (const f of flows.filter((f) => f.count > 0)) {
		for (const [side, key, label] of [['from', f.from_key, f.from_label], ['to', f.to_key, f.to_label]] as const) {
			const box = boxes.get(`${side}:${key}`) ?? { id: `${side}:${key}`, side, key, label, value: 0 };
			box.value += f.count;
			boxes.set(box.id, box);
		}
	}
	const room = Math.max(80, 0.3 * width) - GAP;
	const texts = new Map([...boxes.values()].map((b) => {
		const count = ` (${formatNumber(b.value)})`;
		return [b.id, `${fitText(b.label, room - measure(count, LABEL_SIZE), LABEL_SIZE, measure)}${count}`];
	}));
	const margin = (side: 'from' | 'to') =>
		GAP + 2 + Math.max(0, ...[...boxes.values()].filter((b) => b.side === side).map((b) => measure(texts.get(b.id)!, LABEL_SIZE)));
	const [left, right] = [margin('from'), margin('to')];
	const layout = sankey<{ id: string; side: 'from' | 'to'; key: string; label: string }, { flow: Flow }>()
		.nodeId((n) => n.id)
		.nodeWidth(12)
		.nodePadding(ROW)
		.extent([[left, EDGE], [Math.max(left + 40, width - right), height - EDGE]]);
	const graph = layout({
		nodes: [...boxes.values()].map(({ id, side, key, label }) => ({ id, side, key, label })),
		links: flows.filter((f) => f.count > 0).map((f) => ({ source: `from:${f.from_key}`, target: `to:${f.to_key}`, value: f.count, flow: f }))
	});
	const path = sankeyLinkHorizontal();
	const nodes: SankeyBox[] = graph.nodes.map((n) => ({ id: n.id, side: n.side, key: n.key, label: n.label, value: n.value ?? 0,
		x0: n.x0 ?? 0, x1: n.x1 ?? 0, y0: n.y0 ?? 0, y1: n.y1 ?? 0, text: texts.get(n.id)! }));
	const bands: SankeyBand[] = graph.links.map((l) => ({
		from: l.flow.from_key, to: l.flow.to_key, fromLabel: l.flow.from_label, toLabel: l.flow.to_label,
		value: l.value, feedback: l.flow.feedback, width: Math.max(1, l.width ?? 1), path: path(l) ?? '',
		color: domainColours[l.flow.to_domain] ?? domainColours.overig, oneWay: oneWay.has(`${l.flow.from_key}→${l.flow.to_key}`)
	}));
	return { nodes, bands, total: bands.reduce((sum, b) => sum + b.value, 0) };
}
