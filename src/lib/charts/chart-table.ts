/** The numbers of a chart as rows of text: its table alternative (ChartTable.svelte), the first column naming each row. */
export interface ChartTableData {
	columns: string[];
	rows: string[][];
}

/**
 * What a chart offers instead of its picture: its own table, shown on demand under the chart, or the
 * id of a table on the page that already holds the same numbers.
 */
export type ChartAlternative = { table: ChartTableData } | { tableId: string };
