import { UnreadableFileError } from './errors';

const CHOOSE_CSV = 'Kies het CSV-bestand met de gegevens, of sla ze in Excel op als CSV.';

/** Well-known file signatures, so that the refusal can say what the file probably is. */
const SIGNATURES: { bytes: number[]; what: string }[] = [
	{ bytes: [0x50, 0x4b, 0x03, 0x04], what: 'het lijkt een Excel-werkmap (.xlsx) of ander zip-bestand met een andere extensie. Laad een werkmap als .xlsx, of sla het blad in Excel op als CSV.' },
	{ bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'het lijkt een oude Excel-werkmap (.xls). Sla het blad in Excel op als CSV of als .xlsx.' },
	{ bytes: [0x89, 0x50, 0x4e, 0x47], what: `het lijkt een afbeelding (PNG). ${CHOOSE_CSV}` },
	{ bytes: [0xff, 0xd8, 0xff], what: `het lijkt een afbeelding (JPEG). ${CHOOSE_CSV}` },
	{ bytes: [0x47, 0x49, 0x46, 0x38], what: `het lijkt een afbeelding (GIF). ${CHOOSE_CSV}` },
	{ bytes: [0x25, 0x50, 0x44, 0x46], what: `het lijkt een PDF-document. ${CHOOSE_CSV}` },
	{ bytes: [0x1f, 0x8b], what: `het lijkt een gecomprimeerd bestand (gzip). ${CHOOSE_CSV}` }
];

const SAMPLE = 65_536;
const MAX_CONTROL_SHARE = 0.05;
const HAS_NUL = `het bevat NUL-tekens, zoals een programma-, archief- of afbeeldingsbestand. ${CHOOSE_CSV}`;

const refuse = (reason: string): never => {
	throw new UnreadableFileError(`Dit is geen tekstbestand: ${reason}`);
};

/** Refuses bytes that are clearly not text (checked before decoding; not for UTF-16, where NUL is normal). */
export function refuseBinaryBytes(input: Uint8Array): void {
	const known = SIGNATURES.find((s) => s.bytes.every((b, i) => input[i] === b));
	if (known) refuse(known.what);
	// Only the head: the decoded text is searched whole, by a faster native search.
	if (input.subarray(0, SAMPLE).indexOf(0) >= 0) refuse(HAS_NUL);
}

/** Refuses decoded text with NUL characters, or with a high share of control characters in its first 64K. */
export function refuseBinaryText(text: string): void {
	if (text.indexOf('\0') >= 0) refuse(HAS_NUL);
	const n = Math.min(text.length, SAMPLE);
	let controls = 0;
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c < 0xa0) || c === 0xfffd) controls++;
	}
	if (controls / n > MAX_CONTROL_SHARE) refuse(`het bestaat voor een groot deel uit stuurtekens. ${CHOOSE_CSV}`);
}
