import { type EdgeRow } from './build-graph';

const key = (e: EdgeRow) => `${e.a}|${e.b}`;

/** Ties of this view that the previous quarter's view lacked, and ties it had that are gone now. */
export function tieChanges(current: EdgeRow[], previous: EdgeRow[]): { added: Set<string>; lost: EdgeRow[] } {
	const before = new Set(previous.map(key));
	const now = new Set(current.map(key));
	return { added: new Set(current.map(key).filter((k) => !before.has(k))), lost: previous.filter((e) => !now.has(key(e))) };
}

export const tieKey = key;
