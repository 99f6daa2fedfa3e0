const REPLACEMENT = 0xfffd;

/** Letters and signs of Dutch and other Latin-script text beyond ASCII: Latin-1, Latin Extended-A/B, punctuation, currency. */
const isLatinText = (c: number) => (c >= 0xa0 && c < 0x250) || (c >= 0x2000 && c < 0x20d0);

export interface ReplacedBytes {
	/** How many replacement characters stand in for bytes that were not UTF-8. */
	count: number;
	/** The editor line of the first. */
	line: number;
}

/**
 * For text that lenient UTF-8 decoding gave from bytes that are not valid UTF-8: whether it is UTF-8
 * with a few damaged bytes (a file cut off mid-character, or one stray byte pasted in) rather than
 * Windows-1252. It is when its well-formed characters beyond ASCII are Latin text (`ö` is C3 B6) and
 * outnumber the replacements; Windows-1252 bytes seldom form UTF-8 at all, and then rarely Latin
 * letters (`é€’` is `递`). Undefined when the file is better read as Windows-1252.
 */
export function damagedUtf8(text: string): ReplacedBytes | undefined {
	let count = 0;
	let latin = 0;
	let other = 0;
	let first = -1;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) continue;
		if (c === REPLACEMENT) {
			if (first < 0) first = i;
			count++;
		} else if (isLatinText(c)) latin++;
		else other++;
	}
	if (!count || !latin || latin < count + other) return undefined;
	let line = 1;
	for (let i = text.indexOf('\n'); i >= 0 && i < first; i = text.indexOf('\n', i + 1)) line++;
	return { count, line };
}

/** The warning the import report shows for it. */
export function replacedBytesWarning({ count, line }: ReplacedBytes): string {
	const what = count === 1 ? '1 teken is geen geldige UTF-8 en is' : `${count.toLocaleString('nl-NL')} tekens zijn geen geldige UTF-8 en zijn`;
	return `${what} vervangen door "\u{FFFD}" (${count === 1 ? '' : 'de eerste op '}regel ${line}): het bestand is beschadigd of uit twee coderingen samengevoegd. Controleer die regel in het bronbestand.`;
}
