import { untrack } from 'svelte';
import { holdReadyUntil } from './first-content.svelte';

/** Resolves after the next frame has been painted: the frame callback runs before painting, the timeout after it. */
export const painted = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

/**
 * `source`'s value, where a change arrives only after the next paint: a page's secondary charts
 * follow a change once its main content is on screen, instead of holding that content back. The
 * page is not ready until they have caught up. Call during a component's initialisation.
 */
export function afterPaint<T>(source: () => T): { readonly current: T } {
	let current = $state.raw(untrack(source));
	$effect(() => {
		const next = source();
		let moved = false;
		void painted().then(() => !moved && (current = next));
		return () => (moved = true);
	});
	holdReadyUntil(() => current === source());
	return {
		get current() {
			return current;
		}
	};
}
