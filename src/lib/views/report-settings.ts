import { DEFAULT_MIN_CELL } from '../export/suppress';
import { readPlace, writePlace } from './link';
import { type Loaded, type Place } from './view';

/** Who the report is for: `extern` (stuurgroep, insurer) shields small numbers; `intern` is the coordination team's own. */
export type Audience = 'extern' | 'intern';

/** The report as a link: `?period=2024-Q4&wijk=W07&versie=intern&drempel=5`. */
export type ReportSettings = Place & {
	audience: Audience;
	/** The threshold k of small-cell suppression (METRICS.md): 5 to 20, 10 by default. */
	minCell: number;
};

export function readReportSettings(search: URLSearchParams, loaded: Loaded): ReportSettings {
	const k = Number(search.get('drempel'));
	return {
		...readPlace(search, loaded),
		audience: search.get('versie') === 'intern' ? 'intern' : 'extern',
		minCell: Number.isInteger(k) && k >= 5 && k <= 20 ? k : DEFAULT_MIN_CELL
	};
}

export function writeReportSettings(settings: ReportSettings, loaded: Loaded): URLSearchParams {
	const search = writePlace(settings, loaded);
	if (settings.audience === 'intern') search.set('versie', 'intern');
	if (settings.minCell !== DEFAULT_MIN_CELL) search.set('drempel', String(settings.minCell));
	return search;
}
