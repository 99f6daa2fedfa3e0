// Resident memory of one Chromium: the browser process and all its descendants (zygotes, renderers,
// GPU and utility processes; DuckDB's worker is a thread of the renderer), summed from /proc.
import { readdirSync, readFileSync } from 'node:fs';

const read = (path: string): string | null => {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return null; // the process ended between listing and reading
	}
};

function descendants(root: number): number[] {
	const children = new Map<number, number[]>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		const stat = read(`/proc/${entry}/stat`);
		if (!stat) continue;
		// comm (2nd field) is in parentheses and may contain spaces: ppid is the 2nd field after it.
		const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
		children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
	}
	const all = [root];
	for (let i = 0; i < all.length; i++) all.push(...(children.get(all[i]) ?? []));
	return all;
}

/** Summed VmRSS in MB of `root` and its descendants. */
export function treeRssMb(root: number): number {
	let kb = 0;
	for (const pid of descendants(root)) {
		const match = read(`/proc/${pid}/status`)?.match(/^VmRSS:\s+(\d+) kB/m);
		if (match) kb += Number(match[1]);
	}
	return kb / 1024;
}

/** Samples `treeRssMb(root)` every `everyMs` until `stop()`, which returns the peak seen. */
export function sampleRss(root: number, everyMs = 100): { stop: () => number } {
	let peak = treeRssMb(root);
	const timer = setInterval(() => (peak = Math.max(peak, treeRssMb(root))), everyMs);
	return {
		stop: () => {
			clearInterval(timer);
			return Math.max(peak, treeRssMb(root));
		}
	};
}
