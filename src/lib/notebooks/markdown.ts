import MarkdownIt from 'markdown-it';

// html: false — a notebook's HTML is shown as text, never parsed: nothing in a notebook runs. markdown-it's
// own link check refuses javascript:, vbscript:, file: and data: URLs other than images.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** A notebook's Markdown as HTML that is safe to insert: only markdown-it's own tags, every text escaped. */
export const renderMarkdown = (markdown: string): string => md.render(markdown);
