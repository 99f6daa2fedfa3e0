export type { Encoding } from './decode';
export type { Delimiter, PreparedText, RaggedRow } from './types';
export { UnreadableFileError } from './errors';
export { prepareText } from './prepare';
export { decodeText, encodeUtf8 } from './decode';
