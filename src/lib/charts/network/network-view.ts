import { max, mean } from 'd3';
import { coordinatorColour, domainColours, faded, tieColours } from '../palette';
import { tieKey, type EdgeRow, type NodeRow } from '../../graph';
import { type Positions } from '../../graph/layout';

export interface ViewOptions {
	sizeBy: 'degree' | 'betweenness';
	showMeetings: boolean;
	showReferrals: boolean;
	/** Partner ids to highlight (gaps switched on); empty: nothing faded. */
	highlighted: Set<string>;
	selected: string | null;
	/** Ties new and lost since the previous quarter, when asked for. */
	changes?: { added: Set<string>; lost: EdgeRow[] } | null;
	/** The coordinators and the partners they had contact with: drawn on top, never part of the figures. */
	overlay?: { id: string; name: string; partners: string[] }[] | null;
}

export interface ViewNode {
	id: string;
	label: string;
	x: number;
	y: number;
	size: number;
	color: string;
	highlighted: boolean;
}

export interface ViewEdge {
	a: string;
	b: string;
	kind: 'meeting' | 'referral' | 'both' | 'added' | 'lost' | 'coordinator';
	size: number;
	color: string;
	hidden: boolean;
}

const MIN_SIZE = 3;
const MAX_SIZE = 16;

/** What the canvas draws for Graph(S, Q): positions, colour by domain, size by degree or betweenness, edges by kind and weight. */
export function networkView(rows: { nodes: NodeRow[]; edges: EdgeRow[] }, betweenness: Record<string, number>,
	positions: Positions, options: ViewOptions): { nodes: ViewNode[]; edges: ViewEdge[] } {
	const degree = new Map<string, number>();
	for (const e of rows.edges) for (const id of [e.a, e.b]) degree.set(id, (degree.get(id) ?? 0) + 1);
	const measure = (id: string) => (options.sizeBy === 'degree' ? (degree.get(id) ?? 0) : (Object.hasOwn(betweenness, id) ? betweenness[id] : 0));
	const largest = Math.max(0, max(rows.nodes, (n) => measure(n.partner_id)) ?? 0);
	const anyHighlight = options.highlighted.size > 0;
	const nodes = rows.nodes.map((n): ViewNode => {
		const highlighted = options.highlighted.has(n.partner_id) || options.selected === n.partner_id;
		const scale = largest > 0 ? Math.sqrt(measure(n.partner_id) / largest) : 0;
		return {
			id: n.partner_id,
			label: n.name,
			x: positions[n.partner_id]?.x ?? 0,
			y: positions[n.partner_id]?.y ?? 0,
			size: MIN_SIZE + scale * (MAX_SIZE - MIN_SIZE),
			color: anyHighlight && !highlighted ? faded : (domainColours[n.domain ?? 'overig'] ?? domainColours.overig),
			highlighted
		};
	});
	// d3.max, not Math.max(...): a region's graph can have more ties than a call has room for arguments.
	const heaviest = Math.max(1, max(rows.edges, (e) => e.meetings + e.referrals) ?? 1);
	const width = (e: EdgeRow) => 0.5 + 3.5 * Math.sqrt((e.meetings + e.referrals) / heaviest);
	const edges = rows.edges.map((e): ViewEdge => {
		const kind = options.changes?.added.has(tieKey(e)) ? 'added' : e.meetings && e.referrals ? 'both' : e.meetings ? 'meeting' : 'referral';
		const shown = (e.meetings > 0 && options.showMeetings) || (e.referrals > 0 && options.showReferrals);
		return { a: e.a, b: e.b, kind, size: width(e) + (kind === 'added' ? 1 : 0), color: tieColours[kind], hidden: !shown };
	});
	const drawn = new Map(nodes.map((n) => [n.id, n]));
	for (const e of options.changes?.lost ?? []) {
		if (drawn.has(e.a) && drawn.has(e.b)) edges.push({ a: e.a, b: e.b, kind: 'lost', size: width(e) + 1, color: tieColours.lost, hidden: false });
	}
	for (const c of options.overlay ?? []) {
		const around = c.partners.map((p) => drawn.get(p)).filter((n) => n !== undefined);
		if (!around.length) continue;
		const id = `coordinator:${c.id}`;
		nodes.push({ id, label: c.name, x: mean(around, (n) => n.x)!, y: mean(around, (n) => n.y)!, size: 9, color: coordinatorColour, highlighted: false });
		for (const n of around) edges.push({ a: id, b: n.id, kind: 'coordinator', size: 0.5, color: tieColours.coordinator, hidden: false });
	}
	return { nodes, edges };
}

/** The order in which nodes get a label where labels would collide: highlighted first, then the largest. */
export const labelOrder = (nodes: ViewNode[]): ViewNode[] =>
	[...nodes].sort((a, b) => Number(b.highlighted) - Number(a.highlighted) || b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
