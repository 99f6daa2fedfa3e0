export type WorkerKind = 'prepare' | 'engine';

/** Workers the page runs, with the Web Lock each holds for its life, so that a test can stop one as the browser would. */
export const runningWorkers = new Map<Worker, { kind: WorkerKind; lock: string }>();

/** A name for the Web Lock a new worker holds for its whole life. */
export const lifeLock = (kind: WorkerKind) => `wijkradar-${kind}-${crypto.randomUUID()}`;

/** Whether a worker has taken its life lock, that is: has started its work. */
export const holds = async (lock: string) => (await navigator.locks.query()).held?.some((l) => l.name === lock) ?? false;

/**
 * Resolves when the worker holding `lock` has gone for any reason: terminated, closed by itself, or
 * killed by the browser (out of memory, a crash). No event says so; the lock manager frees a gone
 * worker's locks, so the first request for the lock after the worker took it is granted just then.
 * Stops watching, unresolved, once `watched()` turns false (the page ended the worker itself).
 */
export async function whenGone(lock: string, watched: () => boolean = () => true): Promise<void> {
	if (!('locks' in navigator)) return new Promise(() => {});
	while (!(await holds(lock))) {
		if (!watched()) return new Promise(() => {});
		await new Promise((done) => setTimeout(done, 50));
	}
	await navigator.locks.request(lock, async () => {});
}
