/**
 * Chart export for reports: every chart hands over its drawing as SVG elements, and this wraps it
 * with title, legend, scope, period and source caption, as SVG or as PNG. One module, so every
 * exported picture of the app looks alike and always says where its numbers come from.
 */

import { chartInk } from '../charts/palette';
import { CHART_FONT, measureText, wrapText, type Measure } from '../charts/text-width';

export interface LegendItem {
	label: string;
	color: string;
	/** A dot for a kind of node, a line for a kind of tie, a square for a state (such as dimmed). */
	shape: 'dot' | 'line' | 'square';
	/** A line drawn dashed, as the chart draws it. */
	dashed?: boolean;
	/** A stable hook for tests, `[data-legend=<key>]`, where the label alone is not one. */
	key?: string;
}

export interface ChartPicture {
	title: string;
	/** Scope and period, e.g. "Zuiderpark · 2024-Q4". */
	subtitle: string;
	legend: LegendItem[];
	/** Where the numbers come from. */
	caption: string;
	width: number;
	/** The drawing's own height; title, legend and caption are added around it. */
	height: number;
	/** SVG elements in a 0..width × 0..height box. */
	body: string;
}

const LEGEND_ROW = 20;
const MARGIN = 12;

export const escapeXml = (text: string) =>
	text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** One <text> of `lines`, the first baseline at `y`, each next `step` lower; its text content is the whole text, spaces kept. */
const textLines = (lines: string[], x: number, y: number, step: number, attributes: string) => `<text x="${x}" y="${y}" ${attributes}>${lines
	.map((line, i) => `<tspan x="${x}" dy="${i ? step : 0}">${escapeXml(i < lines.length - 1 ? `${line} ` : line)}</tspan>`).join('')}</text>`;

/**
 * A standalone SVG document of the picture. Title, subtitle, legend and caption wrap to the
 * picture's width (a narrow chart has a long source caption), and the picture grows to hold them.
 */
export function pictureSvg(p: ChartPicture, measure: Measure = measureText): string {
	const width = Math.max(1, p.width - 2 * MARGIN);
	const title = wrapText(p.title, width, 18, measure, 600);
	const subtitle = wrapText(p.subtitle, width, 13, measure);
	const subtitleTop = 24 + (title.length - 1) * 22 + 20;
	const header = subtitleTop + (subtitle.length - 1) * 17 + 12;
	let y = header + p.height + 8;
	const legend = p.legend.map((item) => {
		const lines = wrapText(item.label, Math.max(1, p.width - 38 - MARGIN), 12, measure);
		const mid = y + 10;
		y += LEGEND_ROW + (lines.length - 1) * 15;
		const color = escapeXml(item.color);
		const mark = item.shape === 'dot' ? `<circle cx="22" cy="${mid}" r="6" fill="${color}"/>`
			: item.shape === 'square' ? `<rect x="16" y="${mid - 6}" width="12" height="12" rx="2" fill="${color}"/>`
				: `<line x1="14" x2="30" y1="${mid}" y2="${mid}" stroke="${color}" stroke-width="3"${item.dashed ? ' stroke-dasharray="4 3"' : ''}/>`;
		return `${mark}${textLines(lines, 38, mid + 4, 15, 'font-size="12"')}`;
	});
	const caption = wrapText(p.caption, width, 11, measure);
	const total = y + 14 + caption.length * 14;
	return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${p.width}" height="${total}" viewBox="0 0 ${p.width} ${total}" font-family="${CHART_FONT}">
<title>${escapeXml(`${p.title}, ${p.subtitle}`)}</title>
<rect width="100%" height="100%" fill="${chartInk.paper}"/>
${textLines(title, MARGIN, 24, 22, 'font-size="18" font-weight="600"')}
${textLines(subtitle, MARGIN, subtitleTop, 17, `font-size="13" fill="${chartInk.muted}"`)}
<g transform="translate(0 ${header})">${p.body}</g>
${legend.join('\n')}
${textLines(caption, MARGIN, total - 10 - (caption.length - 1) * 14, 14, `font-size="11" fill="${chartInk.muted}"`)}
</svg>
`;
}

/** The picture as PNG, drawn by the browser from its SVG at `scale` × its size. */
export async function pictureToPng(svg: string, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = Object.assign(document.createElement('canvas'), { width: image.width * scale, height: image.height * scale });
		const context = canvas.getContext('2d')!;
		context.scale(scale, scale);
		context.drawImage(image, 0, 0);
		return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG niet gemaakt'))), 'image/png'));
	} finally {
		URL.revokeObjectURL(url);
	}
}
