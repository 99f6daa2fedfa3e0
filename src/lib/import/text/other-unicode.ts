import { UnreadableFileError } from './errors';

const SAMPLE = 65_536;
const SAVE_AS_UTF8 = 'Sla het opnieuw op als UTF-8 (in Excel: "CSV UTF-8 (door komma\'s gescheiden)").';

/** The share of NUL bytes at each position modulo `width` in the file's head. */
function nulShares(head: Uint8Array, width: number): number[] {
	const nul = new Array<number>(width).fill(0);
	for (let i = 0; i < head.length; i++) if (head[i] === 0) nul[i % width]++;
	const perPosition = Math.floor(head.length / width) || 1;
	return nul.map((n) => n / perPosition);
}

const mostly = (share: number) => share >= 0.9;
const rarely = (share: number) => share <= 0.1;

/** Which Unicode encoding without a BOM the NUL bytes of mostly-ASCII text betray, if any. */
function unmarkedUnicode(head: Uint8Array): 'UTF-16' | 'UTF-32' | undefined {
	if (head.length < 8) return undefined;
	const four = nulShares(head, 4);
	// UTF-32 of Latin text: three of every four bytes NUL; UTF-16: one of every two.
	if (four.filter(mostly).length === 3 && four.filter(rarely).length === 1) return 'UTF-32';
	const [even, odd] = nulShares(head, 2);
	if ((mostly(even) && rarely(odd)) || (mostly(odd) && rarely(even))) return 'UTF-16';
	return undefined;
}

/**
 * Refuses text in the Unicode encodings the import does not read, naming the encoding, so that the
 * reason is the true one rather than "not a text file": UTF-32 (with or without BOM) and UTF-16
 * without a BOM. UTF-16 with a BOM is read (decode.ts).
 */
export function refuseOtherUnicode(input: Uint8Array): void {
	const utf32Bom = (input[0] === 0xff && input[1] === 0xfe && input[2] === 0 && input[3] === 0) ||
		(input[0] === 0 && input[1] === 0 && input[2] === 0xfe && input[3] === 0xff);
	const utf16Bom = (input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff);
	const found = utf32Bom ? 'UTF-32' : utf16Bom ? undefined : unmarkedUnicode(input.subarray(0, SAMPLE));
	if (found === 'UTF-32') throw new UnreadableFileError(`Dit bestand is opgeslagen in UTF-32, een codering die Wijkradar niet leest. ${SAVE_AS_UTF8}`);
	if (found === 'UTF-16')
		throw new UnreadableFileError(`Dit bestand is opgeslagen in UTF-16 zonder BOM (het teken dat de bytevolgorde aangeeft), een codering die Wijkradar zo niet kan herkennen. ${SAVE_AS_UTF8}`);
}
