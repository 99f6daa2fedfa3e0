import type Sigma from 'sigma';
import { type Settings } from 'sigma/settings';
import { type NodeDisplayData, type PartialButFor } from 'sigma/types';
import { labelColours } from '../palette';
import { placeLabels } from './label-placement';
import { partnerIdOf } from '../../graph/build-graph';

export const LABEL_SIZE = 13;
export const LABEL_FONT = 'system-ui, sans-serif';
const font = `${LABEL_SIZE}px ${LABEL_FONT}`;
/** More labels than this on a large network is noise, and costs time on every frame. */
const MAX_LABELS = 80;
/** Only the most important nodes in view are tried: past these, hardly one more label finds room. */
const MAX_CANDIDATES = 10 * MAX_LABELS;

/** What the last frame drew, in pixels of the map: the box around the node discs and the one around the labels. */
export interface Drawn {
	nodes: [number, number, number, number] | null;
	labels: [number, number, number, number] | null;
	labelled: number;
	/** Where each labelled node is, by partner id: what a test can click. */
	at: Record<string, [number, number]>;
}

const grow = (box: Drawn['nodes'], x0: number, y0: number, x1: number, y1: number): Drawn['nodes'] =>
	box ? [Math.min(box[0], x0), Math.min(box[1], y0), Math.max(box[2], x1), Math.max(box[3], y1)] : [x0, y0, x1, y1];

function ink(context: CanvasRenderingContext2D, text: string, x: number, y: number) {
	context.font = font;
	context.textBaseline = 'middle';
	context.lineWidth = 3;
	context.lineJoin = 'round';
	context.strokeStyle = labelColours.halo;
	context.strokeText(text, x, y);
	context.fillStyle = labelColours.ink;
	context.fillText(text, x, y);
}

/**
 * Draws the labels of the nodes in `order` (most important first) onto sigma's label layer, as
 * many as fit without overlap or being cut at the edge or by what `covered` pixels at the right
 * hide, and says what the frame holds.
 */
export function drawLabels(renderer: Sigma, order: string[], widths: Map<string, number>, covered = 0): Drawn {
	const context = renderer.getCanvases().labels.getContext('2d')!;
	const { height } = renderer.getDimensions();
	const width = renderer.getDimensions().width - covered;
	context.font = font;
	let nodes: Drawn['nodes'] = null;
	const candidates = [];
	for (const id of order) {
		const data = renderer.getNodeDisplayData(id);
		if (!data || data.hidden) continue;
		const { x, y } = renderer.framedGraphToViewport(data);
		const radius = renderer.scaleSize(data.size);
		nodes = grow(nodes, x - radius, y - radius, x + radius, y + radius);
		if (x < 0 || x > width || y < 0 || y > height || candidates.length >= MAX_CANDIDATES) continue;
		if (!widths.has(data.label!)) widths.set(data.label!, context.measureText(data.label!).width);
		candidates.push({ id, text: data.label!, x, y, radius, width: widths.get(data.label!)! });
	}
	let labels: Drawn['labels'] = null;
	const at: [string, [number, number]][] = [];
	const placed = placeLabels(candidates, { width, height }, LABEL_SIZE, MAX_LABELS);
	for (const label of placed) {
		ink(context, label.text, label.x, label.y);
		labels = grow(labels, label.x, label.y - LABEL_SIZE / 2, label.x + widths.get(label.text)!, label.y + LABEL_SIZE / 2);
		const node = candidates.find((c) => c.id === label.id)!;
		at.push([partnerIdOf(label.id), [Math.round(node.x), Math.round(node.y)]]);
	}
	// fromEntries: a partner id may be `__proto__`.
	return { nodes, labels, labelled: placed.length, at: Object.fromEntries(at) };
}

/** Sigma's hover and selection label, in a white box on whichever side of the node keeps it inside the map. */
export function drawHover(context: CanvasRenderingContext2D, data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>,
	_settings: Settings): void {
	context.font = font;
	const text = data.label ?? '';
	const textWidth = context.measureText(text).width;
	const right = data.x + data.size + 3 + textWidth + 4 <= context.canvas.offsetWidth;
	const x = right ? data.x + data.size + 3 : data.x - data.size - 3 - textWidth;
	context.fillStyle = labelColours.halo;
	context.shadowColor = labelColours.ink;
	context.shadowBlur = 8;
	context.beginPath();
	context.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
	if (text) context.roundRect(x - 3, data.y - LABEL_SIZE / 2 - 3, textWidth + 6, LABEL_SIZE + 6, 3);
	context.fill();
	context.shadowBlur = 0;
	if (text) ink(context, text, x, data.y);
}
