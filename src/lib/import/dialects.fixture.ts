import { type TableSpec } from '../contract';

/** One way a user's spreadsheet may write a file, all allowed by the data contract. */
export interface Dialect {
	encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252';
	delimiter: ',' | ';' | '\t';
	lineEnding: '\n' | '\r\n';
	dateStyle: 'iso' | 'dd-mm-yyyy' | 'd-m-yyyy' | 'dd/mm/yyyy' | 'dd.mm.yyyy';
	aliases: boolean;
	quoteAll: boolean;
}

function date(iso: string, style: Dialect['dateStyle']): string {
	const [y, m, d] = iso.split('-');
	if (style === 'iso') return iso;
	if (style === 'd-m-yyyy') return `${Number(d)}-${Number(m)}-${y}`;
	const sep = style[2];
	return [d, m, y].join(sep);
}

/** Dutch digit grouping in `;` files: 15234 → 15.234. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

function cell(value: unknown, kind: string, d: Dialect): string {
	if (value === null || value === undefined) return '';
	if (kind === 'date' || kind === 'date_or_period') return date(String(value), d.dateStyle);
	if (typeof value === 'number' && d.delimiter === ';') return grouped(value);
	return String(value);
}

function quote(text: string, d: Dialect): string {
	const needs = d.quoteAll || text.includes(d.delimiter) || /["\r\n]/.test(text);
	return needs ? `"${text.replaceAll('"', '""')}"` : text;
}

const cp1252 = new Map([['€', 0x80], ['’', 0x92]]);

function encode(text: string, encoding: Dialect['encoding']): Uint8Array {
	if (encoding === 'windows-1252') return Uint8Array.from([...text], (c) => cp1252.get(c) ?? c.charCodeAt(0));
	const bytes = new TextEncoder().encode(text);
	return encoding === 'utf-8-bom' ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
}

/** Renders rows of a table as a file in the given dialect (values in canonical form, ISO dates). */
export function renderTable(spec: TableSpec, rows: Record<string, unknown>[], d: Dialect): Uint8Array {
	const columns = spec.columns.filter((c) => rows.length === 0 || rows.some((r) => c.name in r));
	const header = columns.map((c) => (d.aliases && c.aliases.length ? c.aliases[0].toUpperCase() : c.name));
	const lines = [header.map((h) => quote(h, d)), ...rows.map((r) => columns.map((c) => quote(cell(r[c.name], c.kind, d), d)))];
	const text = lines.map((l) => l.join(d.delimiter)).join(d.lineEnding) + d.lineEnding;
	return encode(d.lineEnding === '\r\n' ? text.replace(/(?<!\r)\n/g, '\r\n') : text, d.encoding);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Windows-1252 bytes that are also valid UTF-8 (`é€’` is E9 80 92, which is `递`) cannot be told
 * apart: the import rightly reads them as UTF-8. Such renderings say nothing about the import.
 */
export function isAmbiguousEncoding(bytes: Uint8Array, d: Dialect): boolean {
	if (d.encoding !== 'windows-1252' || bytes.every((b) => b < 0x80)) return false;
	try {
		strictUtf8.decode(bytes);
		return true;
	} catch {
		return false;
	}
}
