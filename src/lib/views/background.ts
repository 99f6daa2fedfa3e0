import { readerOver, type Reader } from '../db/reader';

/*
 * The engine answers one query at a time, in order. Work a page warms in the background must not
 * stand in front of what a user just asked for, so its queries wait while any foreground load runs:
 * a user's load waits for at most one background query, never a whole background load.
 */
let running = 0;
const waiting: (() => void)[] = [];

/** Runs a load a user is waiting for: background queries hold back until it is done. */
export async function inForeground<T>(load: () => Promise<T>): Promise<T> {
	running++;
	try {
		return await load();
	} finally {
		if (--running === 0) for (const resume of waiting.splice(0)) resume();
	}
}

const idle = () => (running === 0 ? Promise.resolve() : new Promise<void>((resume) => waiting.push(resume)));

/** `reader` for background work: each query starts only when no foreground load runs. */
export const inBackground = (reader: Reader): Reader => readerOver(reader, idle);
