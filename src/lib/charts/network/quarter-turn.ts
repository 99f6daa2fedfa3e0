/**
 * A force layout has no up or down, so a tall network on a wide screen (or a wide one on a phone)
 * may be turned a quarter to fill it. Only when it then shows this much larger: a small gain is not
 * worth a map that turns when the period changes.
 */
export const TURN_GAIN = 1.3;

/** How large a w × h drawing shows in a box, upright and turned a quarter. */
export function fitScales(w: number, h: number, box: { width: number; height: number }): [upright: number, turned: number] {
	const fit = (a: number, b: number) => Math.min(box.width / (a || 1), box.height / (b || 1));
	return [fit(w, h), fit(h, w)];
}

/** Whether to show the drawing turned, starting from `turned` (as it is shown now). */
export function turnsBetter([upright, turned]: [number, number], current = false): boolean {
	return current ? upright < TURN_GAIN * turned : turned >= TURN_GAIN * upright;
}
