// Timing of prepareText on 1,000,000 rows × 7 columns: `npx tsx tests/bench/prepare-text.ts`
import { prepareText } from '../../src/lib/import/text';

const ROWS = 1_000_000;
const HEADER = ['partner_id', 'name', 'type', 'wijk_id', 'domain', 'contact_person', 'verified_on'];
const row = (i: number) => [`P${String(i).padStart(6, '0')}`, `Praktijk De Linde ${i % 977}`, 'huisarts', `W${i % 40}`, 'zorg', 'J. de Vries', '31-03-2024'];

function render(d: string, eol: string, quoteAll: boolean, edit = (cells: string[], _i: number) => cells): string {
	const q = (v: string) => (quoteAll || /[";,\t\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
	const lines = [HEADER.map(q).join(d)];
	for (let i = 0; i < ROWS; i++) lines.push(edit(row(i), i).map(q).join(d));
	return lines.join(eol) + eol;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const windows1252 = (text: string) => Uint8Array.from(text, (ch) => (ch === '€' ? 0x80 : ch.charCodeAt(0)));
// A value with a quote in its middle, written without quotes around it (as some tools do); marked, then unquoted.
const STRAY = 'STRAY_QUOTE';
const withStrayQuote = (cells: string[], i: number) => (i % 100 ? cells : [cells[0], STRAY, ...cells.slice(2)]);

const cases: [string, () => Uint8Array][] = [
	['no quotes, LF, UTF-8 (fast path)', () => utf8(render(',', '\n', false))],
	['no quotes, CRLF, UTF-8', () => utf8(render(';', '\r\n', false))],
	['as Excel writes: CRLF, a quoted value with `;` in every 10th row', () => utf8(render(';', '\r\n', false, (c, i) => (i % 10 ? c : [c[0], `${c[1]}; locatie Noord`, ...c.slice(2)])))],
	['every field quoted, CRLF, UTF-8', () => utf8(render(',', '\r\n', true))],
	['every field quoted, CRLF, every row with "" and a line break in a value, 1% with a stray quote', () =>
		utf8(render(',', '\r\n', true, (c, i) => withStrayQuote([c[0], c[1], 'huis "arts"', c[3], 'zorg\r\nen welzijn', c[5], c[6]], i)).replaceAll(`"${STRAY}"`, 'Scherm 5" breed'))],
	['no quotes, CRLF, Windows-1252, `Coördinator €` in every row', () => windows1252(render(';', '\r\n', false, (c) => [...c.slice(0, 5), 'Coördinator €', c[6]]))]
];

for (const [name, make] of cases) {
	const input = make();
	const times: number[] = [];
	let rows = 0;
	for (let run = 0; run < 3; run++) {
		const t = performance.now();
		const prepared = prepareText(input);
		times.push(performance.now() - t);
		rows = prepared.recordLines.length;
	}
	console.log(`${name}: ${(input.length / 1e6).toFixed(0)} MB, ${rows} rows; ms per run: ${times.map((t) => t.toFixed(0)).join(', ')}`);
}
