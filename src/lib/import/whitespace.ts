/**
 * The whitespace a value is trimmed of (DATA-CONTRACT.md, "Values are trimmed"): what JavaScript's
 * trim() removes (tab, vertical tab, form feed, every Unicode space separator, the BOM), except line
 * breaks, which inside a quoted value are its content. Header cells are trimmed by trim() itself.
 */
export const TRIMMED_CHARACTERS = '\t\v\f \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\ufeff';

const trimmed = new Set([...TRIMMED_CHARACTERS].map((c) => c.codePointAt(0)!));

/** Whether the code point is one a value is trimmed of. */
export const isTrimmed = (codePoint: number): boolean => trimmed.has(codePoint);
