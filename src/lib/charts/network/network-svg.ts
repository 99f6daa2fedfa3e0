import { escapeXml } from '../../export/image';
import { type ViewEdge, type ViewNode } from './network-view';

const PAD = 24;

/** The network as SVG elements in a width × height box, for export: visible ties, nodes, and labels of the largest and highlighted nodes. */
export function networkSvgBody(view: { nodes: ViewNode[]; edges: ViewEdge[] }, width: number, height: number, labels = 15): string {
	if (!view.nodes.length) return '';
	const xs = view.nodes.map((n) => n.x);
	const ys = view.nodes.map((n) => n.y);
	const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const scale = Math.min((width - 2 * PAD) / (maxX - minX || 1), (height - 2 * PAD) / (maxY - minY || 1));
	// As on screen: the canvas draws y upwards.
	const at = new Map(view.nodes.map((n) => [n.id, { x: PAD + (n.x - minX) * scale, y: height - PAD - (n.y - minY) * scale }]));
	const f = (v: number) => v.toFixed(1);
	const lines = view.edges.filter((e) => !e.hidden && at.has(e.a) && at.has(e.b)).map((e) => {
		const [a, b] = [at.get(e.a)!, at.get(e.b)!];
		return `<line x1="${f(a.x)}" y1="${f(a.y)}" x2="${f(b.x)}" y2="${f(b.y)}" stroke="${e.color}" stroke-width="${f(e.size * 0.6)}" stroke-opacity="0.6"/>`;
	});
	const circles = view.nodes.map((n) => {
		const p = at.get(n.id)!;
		return `<circle cx="${f(p.x)}" cy="${f(p.y)}" r="${f(n.size * 0.8)}" fill="${n.color}" stroke="#ffffff" stroke-width="0.8"><title>${escapeXml(n.label)}</title></circle>`;
	});
	const labelled = new Set([...view.nodes].sort((a, b) => b.size - a.size).slice(0, labels).map((n) => n.id));
	const texts = view.nodes.filter((n) => labelled.has(n.id) || n.highlighted).map((n) => {
		const p = at.get(n.id)!;
		return `<text x="${f(p.x + n.size * 0.8 + 3)}" y="${f(p.y + 4)}" font-size="11">${escapeXml(n.label)}</text>`;
	});
	return [...lines, ...circles, ...texts].join('\n');
}
