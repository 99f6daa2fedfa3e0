// Routes are markup over their view's data (src/lib/views): no SQL, no database handle, no query
// functions. A route that needs data adds it to its view module, where Node can load it too.
const sql = /\b(SELECT|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(OR\s+REPLACE\s+)?(TEMP\s+)?TABLE|DROP\s+TABLE|ATTACH)\b/;

export const routesAreMarkup = {
	files: ['src/routes/**/*.svelte', 'src/routes/**/*.ts'],
	ignores: ['src/routes/**/*.test.ts'],
	rules: {
		'@typescript-eslint/no-restricted-imports': ['error', {
			patterns: [
				{ group: ['$lib/db/*', '$lib/import/*', '$lib/graph/graph-in-worker', '$lib/metrics/*', '$lib/queries/*', '!$lib/metrics/period', '!$lib/metrics/cards'],
					allowTypeImports: true, message: 'Routes get their data from their view (src/lib/views); only types come from here.' },
				{ group: ['$lib/import'], allowTypeImports: true, importNames: ['runImport', 'allRejections', 'clearTables', 'tableCounts'],
					message: "Changes go through the session's write path." }
			]
		}],
		'no-restricted-syntax': ['error',
			{ selector: "MemberExpression[object.name='session'][property.name=/^(db|reader|write)$/]", message: "Routes read through their view (useView) and change data through the session's named actions." },
			{ selector: `Literal[value=${sql}]`, message: 'SQL belongs in src/lib (metrics or a view), not in a route.' },
			{ selector: `TemplateElement[value.raw=${sql}]`, message: 'SQL belongs in src/lib (metrics or a view), not in a route.' }
		]
	}
};
