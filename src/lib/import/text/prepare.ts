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
 * editor line of every record. A file that is clean UTF-8 already is handed on as it came: joining
 * and encoding 50 MB again costs a third of a second. Throws UnreadableFileError (a Dutch reason)
 * when the file is no table.
 */
export function prepareText(input: Uint8Array): PreparedText {
	refuseOtherUnicode(input);
	const utf16 = isUtf16Bom(input);
	if (!utf16) refuseBinaryBytes(input);
	const carriageReturns = !utf16 && hasCarriageReturnNearStart(input);
	const decoded = decodeText(carriageReturns ? toLineFeeds(input) : input);
	refuseBinaryText(decoded.text);
	if (!/\S/.test(decoded.text)) throw new UnreadableFileError('Het bestand is leeg.');
	const text = textToLineFeeds(decoded.text);
	const header = readHeader(text);
	const out = [serialiseFields(header.headers, header.delimiter), '\n'];
	const { recordLines, ragged, verbatim } = readBody(text, header, out);
	const unchanged = verbatim && !carriageReturns && text === decoded.text && decoded.encoding === 'utf-8' && !decoded.replaced &&
		input[0] !== 0xef && input[input.length - 1] === 0x0a && text.slice(0, header.bodyStart) === out[0] + out[1];
	return {
		bytes: unchanged ? input : encodeUtf8(out.join('')),
		encoding: decoded.encoding,
		delimiter: header.delimiter,
		headers: header.headers,
		recordLines,
		ragged,
		headerLine: header.headerLine,
		warnings: decoded.replaced ? [replacedBytesWarning(decoded.replaced)] : []
	};
}
