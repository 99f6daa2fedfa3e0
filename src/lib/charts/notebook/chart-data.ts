import { type Row } from '../../db/connector';
import { type ChartSpec } from '../../notebooks/parse';
import { seriesColours } from '../palette';

export interface ChartSeries {
	key: string;
	colour: string;
	points: { x: string; y: number | null }[];
}

/** A notebook chart's data: x as categories in the order the query gave them, one series per `series` value. */
export type ChartData = { ok: true; xs: string[]; series: ChartSeries[]; yMax: number; yMin: number } | { ok: false; error: string };

/** The rows of a cell as a chart's series; a missing or non-numeric column is said in Dutch. */
export function chartData(spec: ChartSpec, columns: string[], rows: Row[]): ChartData {
	const missing = [spec.x, spec.y, spec.series].filter((c): c is string => !!c && !columns.includes(c));
	if (missing.length) return { ok: false, error: `De cel "${spec.from}" heeft geen kolom ${missing.map((c) => `"${c}"`).join(' of ')} (wel: ${columns.join(', ')}).` };
	if (rows.some((r) => r[spec.y] !== null && typeof r[spec.y] !== 'number')) return { ok: false, error: `De kolom "${spec.y}" is geen getal: een grafiek zet getallen uit.` };
	const xs = [...new Set(rows.map((r) => String(r[spec.x])))];
	const keys = spec.series ? [...new Set(rows.map((r) => String(r[spec.series!])))] : [spec.y];
	const series = keys.map((key, i) => {
		const mine = spec.series ? rows.filter((r) => String(r[spec.series!]) === key) : rows;
		const byX = new Map(mine.map((r) => [String(r[spec.x]), r[spec.y] as number | null]));
		return { key, colour: seriesColours[i % seriesColours.length], points: xs.map((x) => ({ x, y: byX.get(x) ?? null })) };
	});
	const ys = series.flatMap((s) => s.points.map((p) => p.y)).filter((y): y is number => y !== null);
	return { ok: true, xs, series, yMax: Math.max(0, ...ys), yMin: Math.min(0, ...ys) };
}
