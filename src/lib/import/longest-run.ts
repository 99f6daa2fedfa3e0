/** The most bytes between two occurrences of `separator` (or an end), found with the native byte search. */
export function longestRun(bytes: Uint8Array, separator: number): number {
	let longest = 0;
	for (let start = 0; start < bytes.length; ) {
		const found = bytes.indexOf(separator, start);
		const stop = found < 0 ? bytes.length : found;
		longest = Math.max(longest, stop - start);
		start = stop + 1;
	}
	return longest;
}
