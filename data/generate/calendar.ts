/** The demo covers eight quarters; index 0 is 2023-Q1, index 7 is 2024-Q4 (the latest). */
export const QUARTERS = [
	'2023-Q1',
	'2023-Q2',
	'2023-Q3',
	'2023-Q4',
	'2024-Q1',
	'2024-Q2',
	'2024-Q3',
	'2024-Q4'
] as const;
export const LAST_DAY = '2024-12-31';

const MS_PER_DAY = 86_400_000;

export const toDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;
export const toIso = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
export const addDays = (iso: string, days: number): string => toIso(toDay(iso) + days);

export function quarterStart(q: number): string {
	const year = 2023 + Math.floor(q / 4);
	const month = (q % 4) * 3 + 1;
	return `${year}-${String(month).padStart(2, '0')}-01`;
}

export function quarterEnd(q: number): string {
	return addDays(quarterStart(q + 1), -1);
}

export function quarterOf(iso: string): number {
	const year = Number(iso.slice(0, 4));
	const month = Number(iso.slice(5, 7));
	return (year - 2023) * 4 + Math.floor((month - 1) / 3);
}

export const maxIso = (a: string, b: string): string => (a > b ? a : b);
export const minIso = (a: string, b: string): string => (a < b ? a : b);

/** A random day in [from, to]; weekends are moved to the Monday/Friday, as meetings fall on workdays. */
export function randomDate(next: () => number, from: string, to: string): string {
	const a = toDay(from);
	const b = toDay(to);
	let day = a + Math.floor(next() * (b - a + 1));
	const weekday = new Date(day * MS_PER_DAY).getUTCDay();
	if (weekday === 6) day = day - 1 >= a ? day - 1 : day + 2;
	if (weekday === 0) day = day + 1 <= b ? day + 1 : day - 2;
	return toIso(Math.min(Math.max(day, a), b));
}

/** Code-unit order rather than localeCompare, so that the output never depends on the machine's locale data. */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
