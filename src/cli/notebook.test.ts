import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotebook } from '../lib/notebooks/parse';
import { notebookCli, ROOT } from './cli.test-ref';

const DEMO = join(ROOT, 'data/demo');
const committed = readdirSync(join(ROOT, 'notebooks')).filter((f) => f.endsWith('.md')).sort();
const out = (name: string) => join(mkdtempSync(join(tmpdir(), 'notebook-')), name);
/** The result tables of a written notebook: their header rows, and how many body rows each has. */
const tables = (markdown: string) => [...markdown.matchAll(/^(\| .+ \|)\n\|( --- \|)+\n((?:\|.*\|\n?)*)/gm)].map((m) => ({ head: m[1], rows: m[3].trim() ? m[3].trim().split('\n').length : 0 }));

describe('npm run notebook', () => {
	it('has at least five committed notebooks', () => expect(committed.length).toBeGreaterThanOrEqual(5));

	it.each(committed)('runs notebooks/%s on the demo: exit 0, and every cell and chart has rows', async (file) => {
		const target = out('uit.md');
		const { code, stderr } = await notebookCli(join('notebooks', file), '--data', DEMO, '--period', '2024-Q4', '--out', target);
		expect(stderr).not.toContain('Fout');
		expect(code).toBe(0);
		const notebook = parseNotebook(readFileSync(join(ROOT, 'notebooks', file), 'utf8'));
		const written = readFileSync(target, 'utf8');
		const found = tables(written);
		expect(found).toHaveLength(notebook.blocks.filter((b) => b.kind !== 'text').length);
		expect(found.every((t) => t.rows > 0)).toBe(true);
		for (const block of notebook.blocks) if (block.kind === 'chart') expect(written).toContain(`| ${block.chart.x.replaceAll('_', '\\_')} |`);
	}, 60_000);

	it('writes HTML in which nothing from a notebook or its data runs', async () => {
		const notebook = join(mkdtempSync(join(tmpdir(), 'nb-')), 'x.md');
		writeFileSync(notebook, '---\ntitle: "<script>alert(1)</script>"\n---\n<img src=x onerror=alert(1)>\n\n[klik](javascript:alert(1))\n\n```sql name=a\nSELECT \'<b onclick=alert(1)>x</b>\' AS "<i>k</i>"\n```\n');
		const target = out('uit.html');
		const { code } = await notebookCli(notebook, '--data', DEMO, '--out', target);
		expect(code).toBe(0);
		const html = readFileSync(target, 'utf8');
		expect(html).not.toMatch(/<script|<img|<b |<i>|href="javascript/i);
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
		expect(html).toContain("default-src 'none'");
	}, 60_000);

	it('exits 1 naming the failing cells and their lines, still writing the rest; reads no file of the machine', async () => {
		const notebook = join(mkdtempSync(join(tmpdir(), 'nb-')), 'x.md');
		writeFileSync(notebook, '```sql name=goed\nSELECT 1 AS a\n```\n\n```sql name=fout\nSELECT a,\n  onbekend\nFROM goed\n```\n\n```sql name=verwijder\nDELETE FROM referrals\n```\n\n'
			+ `\`\`\`sql name=bestand\nSELECT * FROM read_text('${join(ROOT, 'package.json')}')\n\`\`\`\n\n\`\`\`chart type=bar from=goed x=a y=aantal\n\`\`\`\n`);
		const target = out('uit.md');
		const { code, stderr } = await notebookCli(notebook, '--data', DEMO, '--out', target);
		expect(code).toBe(1);
		expect(stderr).toMatch(/Cel "fout" \(regel 7\)/);
		expect(stderr).toMatch(/Cel "verwijder" \(regel 12\).*tabellen blijven zoals ze waren/);
		expect(stderr).toMatch(/grafiek \(regel 19\): De cel "goed" heeft geen kolom "aantal"/);
		// Nothing on the machine besides the loaded data: a file's contents never reach the output.
		expect(stderr).toMatch(/Cel "bestand" \(regel 16\): een notebook leest alleen de geladen tabellen/);
		expect(readFileSync(target, 'utf8')).toContain('| a |');
	}, 60_000);

	it.each([
		[['--data', DEMO, '--out', 'x.md'], 'precies één notebook'],
		[['notebooks/verwijzingen-per-1000.md', '--out', 'x.md'], '--data'],
		[['notebooks/verwijzingen-per-1000.md', '--data', DEMO, '--out', 'x.pdf'], '.md of .html'],
		[['notebooks/verwijzingen-per-1000.md', '--data', DEMO, '--period', '2024-4', '--out', 'x.md'], 'kwartaal'],
		[['notebooks/verwijzingen-per-1000.md', '--data', DEMO, '--wijk', 'W99', '--out', 'x.md'], 'W99'],
		[['bestaat-niet.md', '--data', DEMO, '--out', 'x.md'], 'kan niet worden gelezen']
	])('exits 2 for bad arguments %j, with the reason', async (args, words) => {
		const { code, stderr } = await notebookCli(...args);
		expect(code).toBe(2);
		expect(stderr).toContain(words);
	}, 60_000);
});
