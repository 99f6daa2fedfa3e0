import { max, min } from 'd3';
import { escapeXml } from '../../export/image';
import { chartInk, labelColours } from '../palette';
import { estimateWidth, placeLabels } from './label-placement';
import { labelOrder, type ViewEdge, type ViewNode } from './network-view';
import { fitScales, turnsBetter } from './quarter-turn';

const PAD = 24;
const FONT = 11;

/** The network fitted in a width × height box: what the export writes and the report draws. */
export interface NetworkPicture {
	lines: { x1: number; y1: number; x2: number; y2: number; color: string; width: number }[];
	circles: { id: string; x: number; y: number; r: number; color: string; label: string }[];
	texts: { x: number; y: number; text: string }[];
}

/**
 * The graph fitted and centred with a margin as on screen (turned a quarter by the same rule),
 * visible ties, nodes, and as many labels as fit without overlapping or leaving the box
 * (highlighted and largest nodes first), up to `labels`.
 */
export function networkPicture(view: { nodes: ViewNode[]; edges: ViewEdge[] }, width: number, height: number, labels = 40): NetworkPicture {
	if (!view.nodes.length) return { lines: [], circles: [], texts: [] };
	const extent = (values: number[]) => (max(values) ?? 0) - (min(values) ?? 0);
	const inner = { width: width - 2 * PAD, height: height - 2 * PAD };
	const turn = turnsBetter(fitScales(extent(view.nodes.map((n) => n.x)), extent(view.nodes.map((n) => n.y)), inner));
	const place = (n: ViewNode) => (turn ? { x: n.y, y: -n.x } : { x: n.x, y: n.y });
	const xs = view.nodes.map((n) => place(n).x);
	const ys = view.nodes.map((n) => place(n).y);
	const [minX, maxX, minY, maxY] = [min(xs) ?? 0, max(xs) ?? 0, min(ys) ?? 0, max(ys) ?? 0];
	const scale = Math.min((width - 2 * PAD) / (maxX - minX || 1), (height - 2 * PAD) / (maxY - minY || 1));
	const [left, bottom] = [(width - (maxX - minX) * scale) / 2, (height - (maxY - minY) * scale) / 2];
	// As on screen: the canvas draws y upwards.
	const at = new Map(view.nodes.map((n) => [n.id, { x: left + (place(n).x - minX) * scale, y: height - bottom - (place(n).y - minY) * scale }]));
	const radius = (n: ViewNode) => n.size * 0.8;
	const lines = view.edges.filter((e) => !e.hidden && at.has(e.a) && at.has(e.b)).map((e) => {
		const [a, b] = [at.get(e.a)!, at.get(e.b)!];
		return { x1: a.x, y1: a.y, x2: b.x, y2: b.y, color: e.color, width: e.size * 0.6 };
	});
	const circles = view.nodes.map((n) => ({ id: n.id, ...at.get(n.id)!, r: radius(n), color: n.color, label: n.label }));
	const candidates = labelOrder(view.nodes).map((n) => ({ id: n.id, text: n.label, ...at.get(n.id)!, radius: radius(n), width: estimateWidth(n.label, FONT) }));
	const texts = placeLabels(candidates, { width, height }, FONT, labels).map((l) => ({ x: l.x, y: l.y + FONT / 3, text: l.text }));
	return { lines, circles, texts };
}

export const NETWORK_FONT = FONT;

/** The network as SVG elements for export. */
export function networkSvgBody(view: { nodes: ViewNode[]; edges: ViewEdge[] }, width: number, height: number, labels = 40): string {
	const { lines, circles, texts } = networkPicture(view, width, height, labels);
	const f = (v: number) => v.toFixed(1);
	return [
		...lines.map((l) => `<line x1="${f(l.x1)}" y1="${f(l.y1)}" x2="${f(l.x2)}" y2="${f(l.y2)}" stroke="${l.color}" stroke-width="${f(l.width)}" stroke-opacity="0.6"/>`),
		...circles.map((c) => `<circle cx="${f(c.x)}" cy="${f(c.y)}" r="${f(c.r)}" fill="${c.color}" stroke="${chartInk.paper}" stroke-width="0.8"><title>${escapeXml(c.label)}</title></circle>`),
		...texts.map((t) => `<text x="${f(t.x)}" y="${f(t.y)}" font-size="${FONT}" fill="${labelColours.ink}" stroke="${labelColours.halo}" stroke-width="3" paint-order="stroke">${escapeXml(t.text)}</text>`)
	].join('\n');
}
