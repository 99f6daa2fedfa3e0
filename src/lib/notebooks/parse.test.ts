import { describe, expect, it } from 'vitest';
import { NotebookSyntaxError, parseNotebook, writeNotebook } from './parse';

const notebook = [
	'---',
	'title: Onbekende gezichten',
	'description: "Partners die verwijzingen krijgen maar nooit op een bijeenkomst komen"',
	'---',
	'# Wie kennen we niet?',
	'',
	'Tekst met `code` en een blok dat niet draait:',
	'```js',
	'alert(1)',
	'```',
	'```sql name=faces',
	'SELECT wijk_id, count(*) AS n',
	'FROM partners WHERE wijk_id = ${wijk}',
	'GROUP BY 1',
	'```',
	'```chart type=bar from=faces x=wijk_id y=n',
	'```',
	'Slot.'
].join('\n');

describe('reading a notebook', () => {
	it('reads the front matter, the text, the SQL cells with their lines and the charts', () => {
		const nb = parseNotebook(notebook);
		expect([nb.title, nb.description]).toEqual(['Onbekende gezichten', 'Partners die verwijzingen krijgen maar nooit op een bijeenkomst komen']);
		expect(nb.blocks.map((b) => b.kind)).toEqual(['text', 'sql', 'chart', 'text']);
		expect(nb.blocks[0]).toMatchObject({ markdown: expect.stringContaining('```js\nalert(1)\n```') });
		// The query's first line is line 12 of the file.
		expect(nb.blocks[1]).toEqual({ kind: 'sql', name: 'faces', line: 12, sql: 'SELECT wijk_id, count(*) AS n\nFROM partners WHERE wijk_id = ${wijk}\nGROUP BY 1' });
		expect(nb.blocks[2]).toEqual({ kind: 'chart', line: 16, chart: { type: 'bar', from: 'faces', x: 'wijk_id', y: 'n' } });
	});

	it('writes it back as a file that reads the same', () => {
		const nb = parseNotebook(notebook);
		expect(parseNotebook(writeNotebook(nb))).toEqual({ ...nb, blocks: nb.blocks.map((b) => (b.kind === 'text' ? b : { ...b, line: expect.any(Number) })) });
	});

	it('needs no front matter, and names a notebook without a title', () => {
		expect(parseNotebook('```sql name=a\nSELECT 1\n```')).toMatchObject({ title: 'Naamloos notebook', description: '', blocks: [{ kind: 'sql', line: 2 }] });
	});

	it.each([
		['a fence that never closes', '```sql name=a\nSELECT 1', 1, 'sluit niet'],
		['a cell without a name', '```sql\nSELECT 1\n```', 1, 'name='],
		['a name used twice', '```sql name=a\nSELECT 1\n```\n```sql name=a\nSELECT 2\n```', 4, 'al gebruikt'],
		['a name that is a table of the data', '```sql name=partners\nSELECT 1\n```', 1, 'naam van een tabel'],
		['a name with a space or a quote', '```sql name=a"b\nSELECT 1\n```', 1, 'geen geldige naam'],
		['an empty cell', '```sql name=a\n\n```', 1, 'leeg'],
		['a chart of no earlier cell', '```chart type=bar from=b x=a y=b\n```', 1, 'geen eerdere SQL-cel'],
		['a chart of an unknown type', '```sql name=a\nSELECT 1\n```\n```chart type=pie from=a x=a y=b\n```', 4, 'type=bar'],
		['a chart without y', '```sql name=a\nSELECT 1\n```\n```chart type=line from=a x=a\n```', 4, 'y='],
		['a chart with a body', '```sql name=a\nSELECT 1\n```\n```chart type=line from=a x=a y=b\nSELECT 2\n```', 5, 'leeg'],
		['front matter that is not YAML', '---\ntitle: [unclosed\n---\n', 2, 'YAML'],
		['front matter that does not close', '---\ntitle: x\n', 1, 'sluit niet']
	])('refuses %s, naming its line', (_, source, line, words) => {
		const read = () => parseNotebook(source);
		expect(read).toThrow(NotebookSyntaxError);
		expect(read).toThrow(words);
		try { read(); } catch (error) { expect((error as NotebookSyntaxError).line).toBe(line); }
	});
});
