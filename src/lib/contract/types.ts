import { type Vocabulary } from './vocabularies';

/**
 * How a column's text is read. `date_or_period` also takes `2024-Q3` / `2024-07`;
 * `feedback` is a whole number or a boolean word; `share` is a number or `35%`.
 */
export type ColumnKind =
	| 'text'
	| 'integer'
	| 'number'
	| 'share'
	| 'date'
	| 'date_or_period'
	| 'period'
	| 'feedback'
	| 'vocabulary';

export interface ColumnSpec {
	name: string;
	aliases: string[];
	kind: ColumnKind;
	required: boolean;
	vocabulary?: Vocabulary;
	/** Inclusive lower bound for numbers. */
	min?: number;
	/** The table (its key column) this id must exist in. */
	references?: { table: TableName; column: string };
	/** A reference that, when missing, adds the row to the referenced table instead of rejecting. */
	autoCreate?: boolean;
	/** Value used when the cell is empty. */
	defaultValue?: string | number;
}

export type TableName =
	| 'wijken'
	| 'coordinators'
	| 'partners'
	| 'meetings'
	| 'attendance'
	| 'referrals'
	| 'contacts'
	| 'actions'
	| 'goals';

export interface TableSpec {
	name: TableName;
	label: string;
	aliases: string[];
	columns: ColumnSpec[];
	/** Columns whose combined value must be unique; empty when the table has no key. */
	key: string[];
	/** Duplicate keys are merged, summing this column (attendance), instead of rejected. */
	mergeDuplicates?: { sum: string };
	description: string;
}
