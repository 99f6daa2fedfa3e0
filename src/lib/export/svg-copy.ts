import { escapeXml } from './image';

/** What a picture needs from CSS to look as on screen; everything else of the page's styles is left out. */
const PAINT = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity',
	'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'paint-order', 'overflow'] as const;

let probe: CanvasRenderingContext2D | null = null;
/** A computed colour as #rrggbb or rgba(): CSS may give oklab() or color-mix(), which other SVG readers do not know. */
const plainColour = (value: string) => {
	if (!/^(oklab|oklch|lab|lch|color)\(/.test(value)) return value;
	probe ??= document.createElement('canvas').getContext('2d');
	if (!probe) return value;
	probe.fillStyle = 'transparent';
	probe.fillStyle = value;
	return String(probe.fillStyle);
};

/**
 * A standalone copy of a drawn <svg>'s content: class-based styles (LayerChart's, the app's) become
 * presentation attributes, so the copy looks the same without the page's CSS; hidden parts, classes
 * and data attributes are left out. XML, not innerHTML: HTML serialisation writes `&nbsp;` and
 * leaves `<` in attributes, which no SVG reader accepts.
 */
export function svgCopy(svg: SVGSVGElement): { width: number; height: number; body: string } {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	const live = [...svg.querySelectorAll('*')];
	const copies = [...copy.querySelectorAll('*')];
	live.forEach((element, i) => {
		const target = copies[i];
		const style = getComputedStyle(element);
		if (style.display === 'none' || style.visibility === 'hidden') return target.remove();
		if (element.hasAttribute('class') || element.hasAttribute('style')) {
			for (const name of PAINT) {
				const value = style.getPropertyValue(name);
				if (value) target.setAttribute(name, name === 'fill' || name === 'stroke' ? plainColour(value) : value);
			}
		}
		for (const name of target.getAttributeNames()) if (name.startsWith('data-') || name === 'class' || name === 'style') target.removeAttribute(name);
	});
	const xml = new XMLSerializer();
	// The chart's own text settings sit on its <svg>, which the picture replaces with its own.
	const inherited = ['font-family', 'font-size'].filter((name) => copy.hasAttribute(name))
		.map((name) => `${name}="${escapeXml(copy.getAttribute(name)!)}"`).join(' ');
	const { width, height } = svg.getBoundingClientRect();
	return { width: svg.width.baseVal.value || width, height: svg.height.baseVal.value || height,
		body: `<g ${inherited}>${[...copy.childNodes].map((node) => xml.serializeToString(node)).join('')}</g>` };
}

/**
 * The drawing of everything `box` shows as one picture: its one <svg>, or several (small multiples,
 * one chart per wijk) placed as they are laid out on screen.
 */
export function drawingOf(box: HTMLElement): { width: number; height: number; body: string } {
	const svgs = [...box.querySelectorAll('svg')].filter((svg) => !svg.parentElement?.closest('svg'));
	if (svgs.length === 1) return svgCopy(svgs[0]);
	const origin = box.getBoundingClientRect();
	let [width, height] = [0, 0];
	const body = svgs.map((svg) => {
		const at = svg.getBoundingClientRect();
		const copy = svgCopy(svg);
		const [x, y] = [at.left - origin.left + box.scrollLeft, at.top - origin.top + box.scrollTop];
		[width, height] = [Math.max(width, x + copy.width), Math.max(height, y + copy.height)];
		return `<g transform="translate(${x.toFixed(1)} ${y.toFixed(1)})">${copy.body}</g>`;
	}).join('');
	return { width: Math.ceil(width), height: Math.ceil(height), body };
}
