import { type TableName } from '../contract';

/** A row that was not loaded, located as the user's editor counts lines (header = line 1). */
export interface Rejection {
	file: string;
	line: number;
	column: string;
	value: string | null;
	reason: string;
}

export interface FileReport {
	file: string;
	table: TableName | null;
	loaded: number;
	rejectedRows: number;
	/** A file that could not be read at all: why. Nothing of it was loaded. */
	refused?: string;
	warnings: string[];
	notices: string[];
}

export interface ImportReport {
	files: FileReport[];
	/** Rows added per table by this import. */
	loaded: Partial<Record<TableName, number>>;
	/**
	 * The first rejections (REJECTIONS_SHOWN), in file and line order, for the screen; `rejectedTotal`
	 * counts the rejected rows. All of them: `allRejections(db, report)`, until the next import.
	 */
	rejected: Rejection[];
	rejectedTotal: number;
	/** Which import's rejections `allRejections` reads. */
	importId: number;
	warnings: string[];
	notices: string[];
}

export type ImportStage = 'lezen' | 'controleren' | 'opslaan' | 'klaar';

export interface ImportProgress {
	file: string;
	stage: ImportStage;
	/** Files done / files in the import, 0..1. */
	fraction: number;
}
