import { ui } from '../charts/palette';
import { escapeXml } from '../export/image';
import { renderMarkdown } from './markdown';

/** A notebook with its results as one HTML file that opens anywhere: no script, no outside file. */
export function notebookHtml(title: string, markdown: string): string {
	return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeXml(title)}</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: ${ui.text}; }
table { border-collapse: collapse; display: block; overflow-x: auto; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid ${ui.border}; padding: 0.25rem 0.6rem; text-align: left; }
pre { background: ${ui.page}; padding: 0.75rem; overflow-x: auto; }
blockquote { border-left: 4px solid ${ui.border}; margin: 1rem 0; padding: 0 1rem; color: ${ui.muted}; }
</style>
</head>
<body>
${renderMarkdown(markdown)}</body>
</html>
`;
}
