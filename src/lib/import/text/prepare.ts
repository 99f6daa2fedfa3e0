import { refuseBinaryBytes, refuseBinaryText } from './binary';
import { readBody } from './body';
import { replacedBytesWarning } from './damaged-utf8';
import { decodeText, encodeUtf8 } from './decode';
import { UnreadableFileError } from './errors';
import { serialiseFields } from './fields';
import { readHeader } from './find-header';
import { hasCarriageReturnNearStart, textToLineFeeds, toLineFeeds } from './line-endings';
import { refuseOtherUnicode } from './other-unicode';
import type { PreparedText } from './types';

const isUtf16Bom = (input: Uint8Array) => (input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff);

/**
 * Turns the bytes of a delimited text file into clean UTF-8 CSV for DuckDB's reader, with the
 * editor line of every record. Throws UnreadableFileError (a Dutch reason) when the file is no table.
 */
export function prepareText(input: Uint8Array): PreparedText {
	refuseOtherUnicode(input);
	const utf16 = isUtf16Bom(input);
	if (!utf16) refuseBinaryBytes(input);
	const decoded = decodeText(!utf16 && hasCarriageReturnNearStart(input) ? toLineFeeds(input) : input);
	refuseBinaryText(decoded.text);
	if (!/\S/.test(decoded.text)) throw new UnreadableFileError('Het bestand is leeg.');
	const text = textToLineFeeds(decoded.text);
	const header = readHeader(text);
	const out = [serialiseFields(header.headers, header.delimiter), '\n'];
	const { recordLines, ragged } = readBody(text, header, out);
	return {
		bytes: encodeUtf8(out.join('')),
		encoding: decoded.encoding,
		delimiter: header.delimiter,
		headers: header.headers,
		recordLines,
		ragged,
		headerLine: header.headerLine,
		warnings: decoded.replaced ? [replacedBytesWarning(decoded.replaced)] : []
	};
}
