/**
 * Bounds on what a workbook may unpack into. read-excel-file 9.3 has none of its own (no size,
 * row or time limit, no way to abort): it inflates every `.xml` part fully into memory and fills
 * gaps between row numbers with empty rows. In Node a 600-byte sheet claiming row 20,000,000 took
 * it 65 s and 5 GB; one claiming row 900,000,000 ran out of memory.
 */

/**
 * One unpacked `.xml` part (a sheet): the contract's own example ("the sheet unpacks to more than
 * 200 MB"). A full Excel sheet of seven columns, 1,048,576 rows, is about 220 MB; read-excel-file
 * needs seconds and gigabytes long before that (21 MB: 1.4 s and 300 MB; 256 MB of whitespace: 67–107 s and 1.9 GB).
 */
export const MAX_PART_BYTES = 200_000_000;

/** Sum of the unpacked `.xml` parts (what read-excel-file inflates). */
export const MAX_UNPACKED_BYTES = 500_000_000;

/** Excel itself stops at 1,048,576 rows. */
export const MAX_ROWS_PER_SHEET = 1_100_000;

/** Excel itself stops at column XFD. */
export const MAX_COLUMNS_PER_SHEET = 16_384;

/** read-excel-file pads every row to the widest filled column, so rows × columns is what it allocates. */
export const MAX_CELLS_PER_SHEET = 30_000_000;

/**
 * Text between two XML tags. read-excel-file's parser slows down superlinearly on one long text:
 * 16 MB of spaces took 0.3 s, 24 MB 63 s (then it overflowed its stack). An Excel cell holds at most
 * 32,767 characters, so no workbook Excel writes comes near this.
 */
export const MAX_TEXT_RUN_BYTES = 1_000_000;
