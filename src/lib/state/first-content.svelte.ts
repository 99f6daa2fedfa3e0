/**
 * Whether the page shows what it was asked for: the app's `data-state` is "ready" only once every
 * part of the route that holds it (cards, graph, charts) has drawn its content. Headless printing
 * and every end-to-end test wait for that state, so "ready" must never come before the content.
 */
import { SvelteSet } from 'svelte/reactivity';

const waiting = new SvelteSet<symbol>();

export const firstContent = {
	/** True when no part of the current page is still waiting for its content. */
	get drawn(): boolean {
		return waiting.size === 0;
	}
};

/**
 * Call during a component's initialisation. Until `shown()` is true, and whenever it turns false
 * again (a new period loading), the page is not ready; a part that is removed stops holding it.
 * `shown` is read in an effect, so it turns true only after the DOM shows the content.
 */
export function holdReadyUntil(shown: () => boolean): void {
	const token = Symbol('content');
	waiting.add(token);
	$effect(() => {
		if (shown()) waiting.delete(token);
		else waiting.add(token);
		return () => waiting.delete(token);
	});
}
