import { UnreadableFileError } from './errors';
import { LF, QUOTE } from './fields';

/**
 * Finds record boundaries in LF-only text, one record per call, keeping the editor line count.
 * Counts fields and flags records that cannot be copied verbatim (a quote inside an unquoted value,
 * or text after a closing quote): those are re-serialised by the caller.
 */
export class RecordScanner {
	/** After `scan`: the index of the record's terminating LF (or the text's length). */
	end = 0;
	fields = 0;
	dirty = false;
	/** The line the scanned record starts on; `line` is the line at `end`. */
	startLine = 0;
	private nextDelimiter = -1;
	private nextQuote = -1;
	private readonly d: number;

	constructor(
		private readonly text: string,
		private readonly delimiter: string,
		public line: number
	) {
		this.d = delimiter.charCodeAt(0);
	}

	/** Scans the record starting at `start`; a record without quotes is a line, counted with native indexOf. */
	scan(start: number): void {
		this.startLine = this.line;
		if (this.nextQuote < start) this.nextQuote = this.find('"', start);
		let end = this.text.indexOf('\n', start);
		if (end < 0) end = this.text.length;
		if (this.nextQuote > end) this.scanPlain(start, end);
		else this.scanQuoted(start);
	}

	private scanPlain(start: number, end: number): void {
		if (this.nextDelimiter < start) this.nextDelimiter = this.find(this.delimiter, start);
		let fields = 1;
		while (this.nextDelimiter < end) {
			fields++;
			this.nextDelimiter = this.find(this.delimiter, this.nextDelimiter + 1);
		}
		this.end = end;
		this.fields = fields;
		this.dirty = false;
	}

	private scanQuoted(start: number): void {
		const text = this.text;
		const n = text.length;
		const d = this.d;
		let fields = 1;
		let dirty = false;
		let fieldStart = true;
		let i = start;
		while (i < n) {
			const c = text.charCodeAt(i);
			if (c === LF) break;
			if (c === d) {
				fields++;
				fieldStart = true;
				i++;
				continue;
			}
			if (c === QUOTE) {
				if (fieldStart) {
					i = this.skipQuoted(i);
					fieldStart = false;
					const next = i < n ? text.charCodeAt(i) : d;
					if (next !== d && next !== LF) dirty = true;
					continue;
				}
				dirty = true;
			}
			fieldStart = false;
			i++;
		}
		this.end = i;
		this.fields = fields;
		this.dirty = dirty;
	}

	/** Index just after the quote that closes the quoted field opened at `open`; counts lines inside it. */
	private skipQuoted(open: number): number {
		const text = this.text;
		const openLine = this.line;
		for (let i = open + 1; i < text.length; i++) {
			const c = text.charCodeAt(i);
			if (c === QUOTE) {
				if (text.charCodeAt(i + 1) !== QUOTE) return i + 1;
				i++;
			} else if (c === LF) this.line++;
		}
		throw new UnreadableFileError(
			`Regel ${openLine}: een waarde begint met een aanhalingsteken (") dat nergens wordt gesloten, ` +
				'waardoor de rest van het bestand niet te lezen is. Sluit de waarde af met " of verwijder het aanhalingsteken.',
			openLine
		);
	}

	/** Next index of `char` at or after `from`, or the text's length when there is none. */
	private find(char: string, from: number): number {
		const at = this.text.indexOf(char, from);
		return at < 0 ? this.text.length : at;
	}
}
