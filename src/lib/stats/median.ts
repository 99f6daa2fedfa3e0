/** The median of the values that are not null: the mean of the two middle ones for an even count; null when none. */
export function median(values: (number | null)[]): number | null {
	const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
	if (!known.length) return null;
	const middle = Math.floor(known.length / 2);
	return known.length % 2 ? known[middle] : (known[middle - 1] + known[middle]) / 2;
}
