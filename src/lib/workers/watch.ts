/** Workers the page runs, by kind, so that a test can stop one from outside as the browser would. */
export const runningWorkers = new Map<Worker, 'prepare' | 'engine'>();

/** A name for the Web Lock a new worker holds for its whole life. */
export const lifeLock = (kind: string) => `wijkradar-${kind}-${crypto.randomUUID()}`;

/**
 * Resolves when the worker holding `lock` has gone for any reason: terminated, closed by itself, or
 * killed by the browser (out of memory, a crash). No event says so; the lock manager frees a gone
 * worker's locks, so the first request for the lock after the worker took it is granted just then.
 */
export async function whenGone(lock: string): Promise<void> {
	if (!('locks' in navigator)) return new Promise(() => {});
	const held = async () => (await navigator.locks.query()).held?.some((l) => l.name === lock);
	for (let waited = 0; !(await held()); waited += 50) {
		// A worker that never took its lock has not started; its own error event says why.
		if (waited > 60_000) return new Promise(() => {});
		await new Promise((done) => setTimeout(done, 50));
	}
	await navigator.locks.request(lock, async () => {});
}
