/**
 * Chart export for reports: every chart hands over its drawing as SVG elements, and this wraps it
 * with title, legend, scope, period and source caption, as SVG or as PNG. One module, so every
 * exported picture of the app looks alike and always says where its numbers come from.
 */

export interface LegendItem {
	label: string;
	color: string;
	/** A dot for a kind of node, a line for a kind of tie, a square for a state (such as dimmed). */
	shape: 'dot' | 'line' | 'square';
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

const HEADER = 56;
const LEGEND_ROW = 20;
const FOOTER = 28;

export const escapeXml = (text: string) =>
	text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** A standalone SVG document of the picture. */
export function pictureSvg(p: ChartPicture): string {
	const legendTop = HEADER + p.height + 8;
	const legend = p.legend.map((item, i) => {
		const y = legendTop + i * LEGEND_ROW + 10;
		const color = escapeXml(item.color);
		const mark = item.shape === 'dot' ? `<circle cx="22" cy="${y}" r="6" fill="${color}"/>`
			: item.shape === 'square' ? `<rect x="16" y="${y - 6}" width="12" height="12" rx="2" fill="${color}"/>`
				: `<line x1="14" x2="30" y1="${y}" y2="${y}" stroke="${color}" stroke-width="3"/>`;
		return `${mark}<text x="38" y="${y + 4}" font-size="12">${escapeXml(item.label)}</text>`;
	});
	const total = legendTop + p.legend.length * LEGEND_ROW + FOOTER;
	return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${p.width}" height="${total}" viewBox="0 0 ${p.width} ${total}" font-family="system-ui, sans-serif">
<title>${escapeXml(`${p.title}, ${p.subtitle}`)}</title>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="12" y="24" font-size="18" font-weight="600">${escapeXml(p.title)}</text>
<text x="12" y="44" font-size="13" fill="#57606a">${escapeXml(p.subtitle)}</text>
<g transform="translate(0 ${HEADER})">${p.body}</g>
${legend.join('\n')}
<text x="12" y="${total - 10}" font-size="11" fill="#57606a">${escapeXml(p.caption)}</text>
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
