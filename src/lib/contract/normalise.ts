/**
 * The contract's one normalisation for column names, file names and vocabulary values:
 * trimmed, lower case, accents ignored, runs of spaces/hyphens/underscores become one `_`.
 */
export function normaliseName(raw: string): string {
	return raw
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.trim()
		.toLowerCase()
		.replace(/[\s\-_]+/g, '_');
}
