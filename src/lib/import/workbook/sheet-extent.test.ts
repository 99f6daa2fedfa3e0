import { describe, expect, it } from 'vitest';
import { sheetExtent } from './sheet-extent';

describe('sheetExtent', () => {
	it('takes the highest row and column of an ordinary sheet', () => {
		const xml = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1"><v>1</v></c></row><row r="12" spans="1:2"><c r="B12"><v>2</v></c></row></sheetData>';
		expect(sheetExtent(xml)).toEqual({ rows: 12, columns: 3 });
	});

	it('reads column letters beyond Z as Excel does', () => {
		expect(sheetExtent('<c r="AA7"/><c r="XFD1"/>')).toEqual({ rows: 7, columns: 16384 });
	});

	it('counts rows without a number on top of the numbered ones', () => {
		expect(sheetExtent('<row r="5"/><row><c r="A6"/></row><x:row spans="1:1"/>')).toEqual({ rows: 6 + 2, columns: 1 });
	});

	it('sees row numbers the way read-excel-file would read them, however they are disguised', () => {
		const rows = (attribute: string) => sheetExtent(`<row ${attribute}/>`).rows;
		expect(rows('r="900000000"')).toBe(900000000);
		expect(rows("r='9e8'")).toBe(900000000);
		expect(rows('x:r="0x35A4E900"')).toBe(900000000);
		expect(rows('r="&#57;&#x30;0000000"')).toBe(900000000);
		expect(rows('r="Infinity"')).toBe(Infinity);
		expect(sheetExtent('<c r="A1e400"/>').rows).toBe(Infinity);
		expect(sheetExtent('<c r="ZZZZZZ1"/>').columns).toBeGreaterThan(16384);
	});

	it('ignores attributes that merely end in r, and namespace declarations', () => {
		expect(sheetExtent('<hyperlink ref="A900000000" r:id="rId1" xmlns:r="http://x/2006/r"/>')).toEqual({ rows: 0, columns: 0 });
	});
});
