/**
 * Which column a table is sorted by and which way, for the app's sortable tables: a numeric column
 * starts largest first, a text column A–Z (Dutch collation); equal rows keep the order `tieBreak` gives.
 */
export class TableSort<Column extends string> {
	by = $state() as Column;
	descending = $state(true);
	#numeric: readonly Column[];

	constructor(by: Column, numeric: readonly Column[]) {
		this.by = by;
		this.#numeric = numeric;
		this.descending = numeric.includes(by);
	}

	/** Sort by `column`; again on the same column turns the order round. */
	toggle(column: Column): void {
		this.descending = this.by === column ? !this.descending : this.#numeric.includes(column);
		this.by = column;
	}

	ariaSort(column: Column): 'ascending' | 'descending' | 'none' {
		return this.by === column ? (this.descending ? 'descending' : 'ascending') : 'none';
	}

	/** A sorted copy of `rows`. */
	sorted<T extends Record<Column, unknown>>(rows: readonly T[], tieBreak: (a: T, b: T) => number): T[] {
		const by = this.by;
		const direction = this.descending ? -1 : 1;
		return [...rows].sort((a, b) => {
			const [x, y] = [a[by] ?? '', b[by] ?? ''];
			const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'nl');
			return direction * order || tieBreak(a, b);
		});
	}
}
