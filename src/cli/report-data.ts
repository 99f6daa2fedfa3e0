import { type Reader } from '../lib/db/reader';
import { graphHere } from '../lib/graph/graph-work';
import { type Quarter } from '../lib/metrics/period';
import { availableQuarters } from '../lib/queries/available-quarters';
import { reportModel, type ReportModel } from '../lib/report/report-model';
import { reportView, type ReportSettings } from '../lib/views/report';
import { loadView, type Loaded } from '../lib/views/view';

/** An argument that names what is not in the data: exit status 2, as for a bad argument. */
export class ReportArgumentError extends Error {}

/** What is loaded, as the app's session knows it: the dated quarters and the wijken. */
export async function loadedOf(reader: Reader): Promise<Loaded> {
	const wijken = await reader.query<{ wijk_id: string }>('SELECT wijk_id FROM wijken ORDER BY wijk_id');
	return { quarters: await availableQuarters(reader), wijkIds: wijken.map((w) => w.wijk_id) };
}

/** Throws when the period or the wijk is not in the data. */
export function checkScope(loaded: Loaded, settings: Pick<ReportSettings, 'period' | 'wijk'> & { period: Quarter }): void {
	if (!loaded.quarters.includes(settings.period)) {
		throw new ReportArgumentError(`Het kwartaal ${settings.period} zit niet in de gegevens (${loaded.quarters[0] ?? '–'} tot en met ${loaded.quarters.at(-1) ?? '–'}).`);
	}
	if (settings.wijk !== null && !loaded.wijkIds.includes(settings.wijk)) throw new ReportArgumentError(`Onbekende wijk "${settings.wijk}": niet in de geladen gegevens.`);
}

/** The report's model for one scope, by the same view and model code as /rapport. */
export async function reportFor(reader: Reader, loaded: Loaded, settings: ReportSettings & { period: Quarter }): Promise<ReportModel> {
	checkScope(loaded, settings);
	const data = await loadView(reportView, reader, settings, loaded, graphHere);
	return reportModel(data, settings, 'user');
}
