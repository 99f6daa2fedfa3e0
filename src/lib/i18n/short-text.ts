/**
 * `text` cut to at most `max` characters with an ellipsis, for places CSS cannot cut (an <option>,
 * a document title); the element keeps the whole text in its `title`.
 */
export function shortText(text: string, max = 80): string {
	const chars = Array.from(text);
	return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
