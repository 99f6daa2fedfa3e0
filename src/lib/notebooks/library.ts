import { parseNotebook } from './parse';

/** The notebooks committed in the project's `notebooks/` folder, built into the app as text. */
const files = import.meta.glob('/notebooks/*.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export interface LibraryEntry {
	id: string;
	title: string;
	description: string;
	source: string;
}

export const library: LibraryEntry[] = Object.entries(files)
	.map(([path, source]) => {
		const { title, description } = parseNotebook(source);
		return { id: path.replace(/^.*\/|\.md$/g, ''), title, description, source };
	})
	.sort((a, b) => a.title.localeCompare(b.title, 'nl'));

/** An empty notebook to start from: one cell over the loaded data, for the chosen period and wijk. */
export const NEW_NOTEBOOK = `---
title: Nieuw notebook
description: ""
---

Schrijf hier wat u wilt weten. Een SQL-cel leest de geladen tabellen; \${period} en \${wijk} zijn het
kwartaal en de wijk die u bovenaan kiest.

\`\`\`sql name=verwijzingen
SELECT strftime(date, '%Y') || '-Q' || quarter(date) AS kwartaal, sum(count) AS verwijzingen
FROM referrals
GROUP BY 1
ORDER BY 1
\`\`\`

\`\`\`chart type=bar from=verwijzingen x=kwartaal y=verwijzingen
\`\`\`
`;
