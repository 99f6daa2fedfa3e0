import { escapeXml } from '../../export/image';
import { chartInk, labelColours } from '../palette';
import { estimateWidth, placeLabels } from './label-placement';
import { labelOrder, type ViewEdge, type ViewNode } from './network-view';
import { fitScales, turnsBetter } from './quarter-turn';

const PAD = 24;
const FONT = 11;

/**
 * The network as SVG elements in a width × height box, for export: the graph fitted and centred
 * with a margin as on screen (turned a quarter by the same rule), visible ties, nodes, and as many
 * labels as fit without overlapping or leaving the box (highlighted and largest nodes first), up to `labels`.
 */
export function networkSvgBody(view: { nodes: ViewNode[]; edges: ViewEdge[] }, width: number, height: number, labels = 40): string {
	if (!view.nodes.length) return '';
	const extent = (values: number[]) => Math.max(...values) - Math.min(...values);
	const inner = { width: width - 2 * PAD, height: height - 2 * PAD };
	const turn = turnsBetter(fitScales(extent(view.nodes.map((n) => n.x)), extent(view.nodes.map((n) => n.y)), inner));
	const place = (n: ViewNode) => (turn ? { x: n.y, y: -n.x } : { x: n.x, y: n.y });
	const xs = view.nodes.map((n) => place(n).x);
	const ys = view.nodes.map((n) => place(n).y);
	const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const scale = Math.min((width - 2 * PAD) / (maxX - minX || 1), (height - 2 * PAD) / (maxY - minY || 1));
	const [left, bottom] = [(width - (maxX - minX) * scale) / 2, (height - (maxY - minY) * scale) / 2];
	// As on screen: the canvas draws y upwards.
	const at = new Map(view.nodes.map((n) => [n.id, { x: left + (place(n).x - minX) * scale, y: height - bottom - (place(n).y - minY) * scale }]));
	const radius = (n: ViewNode) => n.size * 0.8;
	const f = (v: number) => v.toFixed(1);
	const lines = view.edges.filter((e) => !e.hidden && at.has(e.a) && at.has(e.b)).map((e) => {
		const [a, b] = [at.get(e.a)!, at.get(e.b)!];
		return `<line x1="${f(a.x)}" y1="${f(a.y)}" x2="${f(b.x)}" y2="${f(b.y)}" stroke="${e.color}" stroke-width="${f(e.size * 0.6)}" stroke-opacity="0.6"/>`;
	});
	const circles = view.nodes.map((n) => {
		const p = at.get(n.id)!;
		return `<circle cx="${f(p.x)}" cy="${f(p.y)}" r="${f(radius(n))}" fill="${n.color}" stroke="${chartInk.paper}" stroke-width="0.8"><title>${escapeXml(n.label)}</title></circle>`;
	});
	const candidates = labelOrder(view.nodes).map((n) => ({ id: n.id, text: n.label, ...at.get(n.id)!, radius: radius(n), width: estimateWidth(n.label, FONT) }));
	const texts = placeLabels(candidates, { width, height }, FONT, labels).map((l) =>
		`<text x="${f(l.x)}" y="${f(l.y + FONT / 3)}" font-size="${FONT}" fill="${labelColours.ink}" stroke="${labelColours.halo}" stroke-width="3" paint-order="stroke">${escapeXml(l.text)}</text>`);
	return [...lines, ...circles, ...texts].join('\n');
}
