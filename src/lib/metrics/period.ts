/** A quarter as `YYYY-Qn` (shared/METRICS.md: "Periods and scope"). */
export type Quarter = string;

const pattern = /^(\d{4})-Q([1-4])$/;

export function isQuarter(value: string | null | undefined): value is Quarter {
	return !!value && pattern.test(value);
}

function parts(q: Quarter): { year: number; n: number } {
	const m = pattern.exec(q);
	if (!m) throw new Error(`Not a quarter: ${q}`);
	return { year: Number(m[1]), n: Number(m[2]) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** First day of the quarter, `YYYY-MM-DD`. */
export function quarterStart(q: Quarter): string {
	const { year, n } = parts(q);
	return `${year}-${pad(n * 3 - 2)}-01`;
}

/** Last day of the quarter, inclusive, `YYYY-MM-DD`. */
export function quarterEnd(q: Quarter): string {
	const { year, n } = parts(q);
	const lastDay = new Date(Date.UTC(year, n * 3, 0)).getUTCDate();
	return `${year}-${pad(n * 3)}-${pad(lastDay)}`;
}

/** The quarter `offset` quarters after (negative: before) `q`. */
export function shiftQuarter(q: Quarter, offset: number): Quarter {
	const { year, n } = parts(q);
	const index = year * 4 + (n - 1) + offset;
	return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** The quarter a `YYYY-MM-DD` date falls in. */
export function quarterOf(date: string): Quarter {
	const month = Number(date.slice(5, 7));
	return `${date.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

/** Every quarter from `first` to `last`, inclusive and ascending. */
export function quartersBetween(first: Quarter, last: Quarter): Quarter[] {
	const out: Quarter[] = [];
	for (let q = first; out.length < 400; q = shiftQuarter(q, 1)) {
		out.push(q);
		if (q === last) return out;
	}
	return out;
}

/** W4(Q): the four quarters ending with Q, as first and last day. */
export function window4(q: Quarter): { start: string; end: string } {
	return { start: quarterStart(shiftQuarter(q, -3)), end: quarterEnd(q) };
}
