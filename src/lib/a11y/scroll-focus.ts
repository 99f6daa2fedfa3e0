import { type Attachment } from 'svelte/attachments';

/**
 * A box that scrolls sideways (a wide table or chart on a phone) can be reached with the keyboard
 * and scrolled with the arrow keys: it takes a tab stop while its content is wider than it, and
 * gives it up when the content fits, so wide screens get no extra stops (axe: scrollable-region-focusable).
 */
export const scrollFocus: Attachment<HTMLElement> = (box) => {
	const update = () => {
		if (box.scrollWidth > box.clientWidth + 1) box.tabIndex = 0;
		else box.removeAttribute('tabindex');
	};
	const observer = new ResizeObserver(update);
	// The content can grow without the box changing size (a chart drawn again wider): watch each child too.
	const watchChildren = () => {
		observer.disconnect();
		for (const el of [box, ...box.children]) observer.observe(el);
	};
	const children = new MutationObserver(watchChildren);
	children.observe(box, { childList: true });
	watchChildren();
	return () => (observer.disconnect(), children.disconnect());
};
