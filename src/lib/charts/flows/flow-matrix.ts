import { type Flow } from '../../metrics/flows';

export type MatrixAxis = { key: string; label: string; total: number }[];

/** The flows as a from × to grid, senders and receivers ordered by their totals (largest first). */
export function flowMatrix(flows: Flow[]) {
	const axis = (key: (f: Flow) => string, label: (f: Flow) => string): MatrixAxis => {
		const totals = new Map<string, { key: string; label: string; total: number }>();
		for (const f of flows) {
			const entry = totals.get(key(f)) ?? { key: key(f), label: label(f), total: 0 };
			entry.total += f.count;
			totals.set(key(f), entry);
		}
		return [...totals.values()].sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
	};
	const cells = new Map(flows.map((f) => [`${f.from_key}→${f.to_key}`, f]));
	return {
		rows: axis((f) => f.from_key, (f) => f.from_label),
		columns: axis((f) => f.to_key, (f) => f.to_label),
		cell: (from: string, to: string) => cells.get(`${from}→${to}`) ?? null,
		max: Math.max(0, ...flows.map((f) => f.count)),
		total: flows.reduce((sum, f) => sum + f.count, 0)
	};
}
