/**
 * One cell as read-excel-file returns it (verified on 9.3.17): a string (never empty: it turns ''
 * into null), a number, a boolean, a Date (for numbers with a date format: midnight UTC of the
 * day, plus the time of day if any), or null. Its type declarations say `typeof Date` where they
 * mean `Date`, so cells are taken as `unknown` and narrowed here.
 */
export function cellText(value: unknown): string | null {
	if (value === null || value === undefined) return null;
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return numberText(value);
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	if (value instanceof Date) return dateText(value);
	return String(value);
}

const DAY_MS = 86_400_000;

/** The UTC calendar day of an Excel date, as `YYYY-MM-DD`; the time of day is dropped. */
export function dateText(date: Date): string {
	let time = date.getTime();
	if (Number.isNaN(time)) return 'ongeldige datum';
	// read-excel-file floors to whole milliseconds, so a serial that floating-point arithmetic left a
	// hair under midnight (45382.99999999999) lands on 23:59:59.999; Excel shows the next day.
	if (((time % DAY_MS) + DAY_MS) % DAY_MS === DAY_MS - 1) time += 1;
	return new Date(time).toISOString().split('T')[0];
}

/**
 * Plain decimal text (`1234.5`, `0.35`, `-16`): no grouping, no exponent, and rounded to the
 * 15 significant digits Excel itself keeps, so `0.1 + 0.2` reads `0.3`.
 */
export function numberText(value: number): string {
	if (!Number.isFinite(value)) return String(value);
	const text = String(Number(value.toPrecision(15)));
	return text.includes('e') ? withoutExponent(text) : text;
}

function withoutExponent(text: string): string {
	const [mantissa, exponent] = text.split('e');
	const sign = mantissa.startsWith('-') ? '-' : '';
	const [whole, fraction = ''] = mantissa.replace('-', '').split('.');
	const digits = whole + fraction;
	const point = whole.length + Number(exponent);
	if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
	if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
	return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
