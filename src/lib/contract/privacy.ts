import { type TableName } from './types';
import { normaliseName } from './normalise';

/** Column-name starts that suggest patient data, in any table (DATA-CONTRACT.md, "Privacy"). */
const anyTable = ['bsn', 'burgerservicenummer', 'patient', 'client', 'geboortedatum', 'birth', 'dob'];
/** …and in referrals, which are between organisations, also names and addresses. */
const inReferrals = ['postcode', 'adres', 'address', 'naam', 'name'];

/** Whether a column outside the contract looks like patient data, so the user is warned. */
export function looksLikePatientData(table: TableName, column: string): boolean {
	const name = normaliseName(column);
	const starts = table === 'referrals' ? [...anyTable, ...inReferrals] : anyTable;
	return starts.some((s) => name === s || name.startsWith(s));
}

/** A 9-digit number that passes the BSN 11-proof: 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11). */
export function isBsn(value: string): boolean {
	if (!/^\d{9}$/.test(value)) return false;
	const digits = [...value].map(Number);
	const sum = digits.slice(0, 8).reduce((acc, d, i) => acc + (9 - i) * d, 0) - digits[8];
	return sum % 11 === 0;
}

/** The same 11-proof in DuckDB SQL, for the value expression `v`. */
export function isBsnSql(v: string): string {
	const digit = (i: number) => `CAST(substr(${v}, ${i}, 1) AS INTEGER)`;
	const weighted = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => `${10 - i} * ${digit(i)}`).join(' + ');
	// CASE, not AND: DuckDB evaluates both sides, and the casts fail on non-digits.
	// The length test first: it is cheap and rules out nearly every value before the regular expression.
	return `(CASE WHEN length(${v}) = 9 AND regexp_full_match(${v}, '[0-9]{9}') THEN (${weighted} - ${digit(9)}) % 11 = 0 ELSE false END)`;
}
