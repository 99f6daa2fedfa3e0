/**
 * Text measured as the charts draw it, so labels get the room they need and are cut only when a
 * name is longer than any chart can give: in the browser by a canvas in the charts' font, in Node
 * (unit tests, no canvas) by an estimate.
 */
export type Measure = (text: string, size: number, weight?: number) => number;

/** The font of every chart and exported picture (their `font-family`). */
export const CHART_FONT = 'system-ui, sans-serif';

/** Wider than most text in most fonts: in Node nothing is drawn, so erring wide is safe. */
export const estimateText: Measure = (text, size, weight = 400) => text.length * size * (weight > 500 ? 0.66 : 0.6);

let context: CanvasRenderingContext2D | null | undefined;

export const measureText: Measure = (text, size, weight = 400) => {
	if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
	if (!context) return estimateText(text, size, weight);
	context.font = `${weight} ${size}px ${CHART_FONT}`;
	return context.measureText(text).width;
};

/** `text` as it fits in `width`: whole, or cut with an ellipsis. */
export function fitText(text: string, width: number, size: number, measure: Measure = measureText): string {
	if (measure(text, size) <= width) return text;
	let [low, high] = [0, text.length];
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		if (measure(`${text.slice(0, mid).trimEnd()}…`, size) <= width) low = mid;
		else high = mid - 1;
	}
	return `${text.slice(0, low).trimEnd()}…`;
}

/** `text` in lines no wider than `width`, broken between words; a word longer than a line is cut. */
export function wrapText(text: string, width: number, size: number, measure: Measure = measureText, weight = 400): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && measure(`${last} ${word}`, size, weight) <= width) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(measure(word, size, weight) <= width ? word : fitText(word, width, size, (t, s) => measure(t, s, weight)));
	}
	return lines.length ? lines : [''];
}
