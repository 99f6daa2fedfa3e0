export { runImport, type ImportFile, type ImportOptions } from './run-import';
export { clearTables, ensureSchema, tableCounts } from './engine-tables';
export type { ImportReport, FileReport, Rejection, ImportProgress } from './report';
export { acceptedExtensions } from './prepare-file';
export { allRejections, REJECTIONS_SHOWN } from './rejections';
