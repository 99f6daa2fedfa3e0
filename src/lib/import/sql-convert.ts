import { normaliseName, type ColumnSpec, type Vocabulary } from '../contract';
import { sqlString } from '../db/connector';

/** How numbers are written: in a `;` file the Dutch way (`1.234,5`), else `1234.5`. */
export interface NumberDialect {
	decimalComma: boolean;
}

export interface Conversion {
	/** SQL turning the raw text expression into the typed value, NULL when it cannot. */
	typed: string;
	/** Dutch reason shown when the raw value is present but `typed` is NULL. */
	reason: string;
}

const match = (raw: string, pattern: string) => `regexp_full_match(${raw}, ${sqlString(pattern)})`;

/** SQL normalising a value like a column name: lower case, no accents, `_` for spaces/hyphens. */
export const normalisedSql = (raw: string) => `regexp_replace(lower(strip_accents(${raw})), '[\\s_-]+', '_', 'g')`;

function numberSql(raw: string, { decimalComma }: NumberDialect): string {
	if (!decimalComma) return `CASE WHEN ${match(raw, '-?[0-9]+(\\.[0-9]+)?')} THEN TRY_CAST(${raw} AS DOUBLE) END`;
	const dutch = match(raw, '-?([0-9]{1,3}(\\.[0-9]{3})+|[0-9]+)(,[0-9]+)?');
	return `CASE WHEN ${dutch} THEN TRY_CAST(replace(replace(${raw}, '.', ''), ',', '.') AS DOUBLE) END`;
}

function integerSql(raw: string, dialect: NumberDialect): string {
	const grouped = dialect.decimalComma ? `|-?[0-9]{1,3}(\\.[0-9]{3})+` : '';
	return `CASE WHEN ${match(raw, `-?[0-9]+${grouped}`)} THEN TRY_CAST(replace(${raw}, '.', '') AS INTEGER) END`;
}

/** `2024-03-31`, `31-03-2024`, `31-3-2024`, `31/03/2024`, `31.03.2024`; a time part is ignored. */
function dateSql(raw: string): string {
	const day = `split_part(split_part(${raw}, ' ', 1), 'T', 1)`;
	return `CASE
		WHEN ${match(day, '[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}')} THEN TRY_CAST(try_strptime(${day}, '%Y-%m-%d') AS DATE)
		WHEN ${match(day, '[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{4}')}
			THEN TRY_CAST(try_strptime(regexp_replace(${day}, '[/.]', '-', 'g'), '%d-%m-%Y') AS DATE)
	END`;
}

/** A date, or a period standing for its first day: `2024-Q3` → 2024-07-01, `2024-07` → 2024-07-01. */
function dateOrPeriodSql(raw: string): string {
	const upper = `upper(${raw})`;
	return `CASE
		WHEN ${match(upper, '[0-9]{4}-Q[1-4]')}
			THEN make_date(CAST(left(${raw}, 4) AS INTEGER), CAST(right(${raw}, 1) AS INTEGER) * 3 - 2, 1)
		WHEN ${match(raw, '[0-9]{4}-[0-9]{2}')} THEN TRY_CAST(try_strptime(${raw} || '-01', '%Y-%m-%d') AS DATE)
		ELSE ${dateSql(raw)}
	END`;
}

const trueWords = ['ja', 'j', 'yes', 'y', 'true', 'waar', 'x'];
const falseWords = ['nee', 'n', 'no', 'false', 'onwaar'];
const words = (list: string[]) => list.map(sqlString).join(', ');

/** Feedback: digits are a number of referrals; a boolean word means all (`count`) or none. */
function feedbackSql(raw: string, countSql: string): string {
	return `CASE
		WHEN ${match(raw, '[0-9]+')} THEN TRY_CAST(${raw} AS INTEGER)
		WHEN lower(${raw}) IN (${words(trueWords)}) THEN ${countSql}
		WHEN lower(${raw}) IN (${words(falseWords)}) THEN 0
	END`;
}

const aliasesOf = (vocabulary: Vocabulary) =>
	new Map(vocabulary.entries.flatMap((e) => [e.id, ...e.aliases].map((a) => [normaliseName(a), e.id] as const)));

export function vocabularySql(raw: string, vocabulary: Vocabulary): string {
	const cases = [...aliasesOf(vocabulary)].map(([alias, id]) => `WHEN ${sqlString(alias)} THEN ${sqlString(id)}`).join(' ');
	return `CASE ${normalisedSql(raw)} ${cases} END`;
}

/** Written as the contract's ids are (lower case, single `_`): normalising leaves it as it is. */
const alreadyNormal = /^[a-z0-9]+(_[a-z0-9]+)*$/;

/**
 * The typed value by a cheap test for the common spellings (`2024-03-31`, `12`, `zorg`), the
 * full conversion for the rest. Each cheap branch returns exactly what the full one would for the
 * values it takes; it only spares the per-row regular expressions and string rewrites, which were
 * most of a large import's time.
 */
export function convertFast(column: ColumnSpec, raw: string, dialect: NumberDialect, countSql = '1'): string {
	const full = convert(column, raw, dialect, countSql).typed;
	const cheap = (test: string, typed: string) => `CASE WHEN ${test} THEN ${typed} ELSE ${full} END`;
	switch (column.kind) {
		case 'integer':
		case 'feedback':
			// At most 9 digits always fits an INTEGER; both full forms TRY_CAST such digits as they are.
			return cheap(match(raw, '[0-9]{1,9}'), `CAST(${raw} AS INTEGER)`);
		case 'date':
		case 'date_or_period':
			return cheap(match(raw, '[0-9]{4}-[0-9]{2}-[0-9]{2}'), `TRY_CAST(try_strptime(${raw}, '%Y-%m-%d') AS DATE)`);
		case 'vocabulary': {
			const ids = [...aliasesOf(column.vocabulary!)].filter(([alias, id]) => alias === id && alreadyNormal.test(id));
			return ids.length ? cheap(`${raw} IN (${ids.map(([id]) => sqlString(id)).join(', ')})`, raw) : full;
		}
		default:
			return full;
	}
}

/** Typed SQL for one column; `countSql` is the typed `count` of the same row (for feedback). */
export function convert(column: ColumnSpec, raw: string, dialect: NumberDialect, countSql = '1'): Conversion {
	switch (column.kind) {
		case 'text':
			return { typed: raw, reason: '' };
		case 'integer':
			return { typed: integerSql(raw, dialect), reason: 'geen geheel getal' };
		case 'number':
			return { typed: numberSql(raw, dialect), reason: 'geen getal' };
		case 'share':
			return {
				typed: `CASE WHEN ${raw} LIKE '%\\%%' ESCAPE '\\' THEN ${numberSql(`trim(rtrim(${raw}, '%'))`, dialect)} / 100 ELSE ${numberSql(raw, dialect)} END`,
				reason: 'geen getal of percentage'
			};
		case 'date':
			return { typed: dateSql(raw), reason: 'geen geldige datum (bijv. 31-03-2024 of 2024-03-31)' };
		case 'date_or_period':
			return { typed: dateOrPeriodSql(raw), reason: 'geen geldige datum of periode (bijv. 2024-03-31, 2024-Q3)' };
		case 'period':
			return {
				typed: `CASE WHEN ${match(`upper(${raw})`, '[0-9]{4}(-Q[1-4])?')} THEN upper(${raw}) END`,
				reason: 'geen geldige periode (bijv. 2024-Q3 of 2024)'
			};
		case 'feedback':
			return { typed: feedbackSql(raw, countSql), reason: 'geen aantal of ja/nee' };
		case 'vocabulary':
			return { typed: vocabularySql(raw, column.vocabulary!), reason: 'onbekende waarde' };
	}
}
