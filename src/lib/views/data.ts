import { tableNames, type TableName } from '../contract';
import { sqlIdentifier } from '../db/connector';
import { oneOf, readPlace, setUnlessDefault, writePlace } from './link';
import { type Part, type PartsData, type Place, type View } from './view';

export const PREVIEW_ROWS = 20;

export type DataSettings = Place & {
	/** The table whose first rows are shown. */
	preview: TableName | null;
};

const none = null as TableName | null;

/** Data: what is loaded per table (the session's counts) and, on request, a table's first rows. */
export const dataView = {
	path: '/data',
	read: (search, loaded) => ({ ...readPlace(search, loaded), preview: oneOf(search.get('tabel'), [...tableNames, ''] as const, '') || none }),
	write: (settings, loaded) => {
		const search = writePlace(settings, loaded);
		setUnlessDefault(search, 'tabel', settings.preview, null);
		return search;
	},
	parts: {
		preview: {
			always: true,
			key: (s) => s.preview,
			load: async ({ db, settings }) => settings.preview
				? { table: settings.preview, rows: await db.query(`SELECT * FROM ${sqlIdentifier(settings.preview)} LIMIT ?`, [PREVIEW_ROWS]) }
				: null
		} satisfies Part<DataSettings, unknown>
	}
} satisfies View<DataSettings, Record<string, Part<DataSettings, unknown>>>;

export type DataViewData = PartsData<typeof dataView.parts>;
