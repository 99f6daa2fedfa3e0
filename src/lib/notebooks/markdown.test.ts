import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe('a notebook\'s text as HTML', () => {
	it('keeps Markdown: headings, emphasis, code, lists and tables', () => {
		const html = renderMarkdown('# Kop\n\n*nadruk* en `code`\n\n- een\n\n| a | b |\n| - | - |\n| 1 | 2 |');
		expect(html).toContain('<h1>Kop</h1>');
		expect(html).toContain('<em>nadruk</em>');
		expect(html).toContain('<code>code</code>');
		expect(html).toContain('<td>1</td>');
	});

	it.each([
		'<script>alert(1)</script>',
		'<img src=x onerror=alert(1)>',
		'<svg><script>alert(1)</script></svg>',
		'<iframe src="javascript:alert(1)"></iframe>',
		'<a href="javascript:alert(1)">x</a>'
	])('shows %s as text, never as a tag', (payload) => {
		const html = renderMarkdown(`tekst ${payload} tekst`);
		expect(html).not.toMatch(/<(script|img|svg|iframe|a)\b/i);
		expect(html).toContain('&lt;');
	});

	it('makes no link of a javascript: or data: URL', () => {
		for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'vbscript:x']) {
			expect(renderMarkdown(`[klik](${url})`)).not.toContain('<a ');
		}
		expect(renderMarkdown('[klik](https://www.example.nl)')).toContain('<a href="https://www.example.nl">klik</a>');
	});
});
