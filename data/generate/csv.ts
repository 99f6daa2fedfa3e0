/** RFC 4180, quoting only where needed; null is an empty value; LF line endings, no BOM. */
export function toCsv<T extends object>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
	const cell = (value: unknown): string => {
		if (value === null || value === undefined) return '';
		const text = String(value);
		return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
	};
	const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))];
	return lines.join('\n') + '\n';
}
