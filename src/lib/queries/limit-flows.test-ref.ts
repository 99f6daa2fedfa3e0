import { OTHERS, type Flow } from './flows';

/**
 * For tests: `chartFlows` in plain TypeScript, as a second implementation to check the SQL against.
 * The flows with at most `max` senders and `max` receivers: the largest by their total, the rest
 * merged into one "others" on each side.
 */
export function limitFlows(flows: Flow[], max: number, labels: { from: string; to: string }): Flow[] {
	const top = (key: (f: Flow) => string) => {
		const totals = new Map<string, number>();
		for (const f of flows) totals.set(key(f), (totals.get(key(f)) ?? 0) + f.count);
		if (totals.size <= max) return null;
		return new Set([...totals.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, max - 1).map(([k]) => k));
	};
	const [senders, receivers] = [top((f) => f.from_key), top((f) => f.to_key)];
	if (!senders && !receivers) return flows;
	const merged = new Map<string, Flow>();
	for (const f of flows) {
		const from = !senders || senders.has(f.from_key) ? { from_key: f.from_key, from_label: f.from_label } : { from_key: OTHERS, from_label: labels.from };
		const to = !receivers || receivers.has(f.to_key)
			? { to_key: f.to_key, to_label: f.to_label, to_domain: f.to_domain }
			: { to_key: OTHERS, to_label: labels.to, to_domain: 'overig' };
		const key = `${from.from_key}→${to.to_key}`;
		const entry = merged.get(key) ?? { ...from, ...to, count: 0, feedback: 0 };
		entry.count += f.count;
		entry.feedback += f.feedback;
		merged.set(key, entry);
	}
	return [...merged.values()].sort((a, b) => b.count - a.count || a.from_key.localeCompare(b.from_key) || a.to_key.localeCompare(b.to_key));
}
