/**
 * Bounds on what a workbook may unpack into. read-excel-file 9.3 has none of its own (no size,
 * row or time limit, no way to abort): it inflates every `.xml` part fully into memory and fills
 * gaps between row numbers with empty rows. In Node a 600-byte sheet claiming row 20,000,000 took
 * it 65 s and 5 GB; one claiming row 900,000,000 ran out of memory.
 */

/** Sum of the unpacked `.xml` parts (what read-excel-file inflates). */
export const MAX_UNPACKED_BYTES = 500_000_000;

/** Excel itself stops at 1,048,576 rows. */
export const MAX_ROWS_PER_SHEET = 1_100_000;

/** Excel itself stops at column XFD. */
export const MAX_COLUMNS_PER_SHEET = 16_384;

/** read-excel-file pads every row to the widest filled column, so rows × columns is what it allocates. */
export const MAX_CELLS_PER_SHEET = 30_000_000;
