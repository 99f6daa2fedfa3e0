import { buildDataset, datasetCsv } from '../../data/generate/dataset';
import { type ImportFile } from '../../src/lib/import';

/**
 * A region that is not the demo but shares its ids (W01–W08, P001…), as a real zorggroep's exports
 * would: another seed of the demo's generator, its wijken renamed and its files named as a user names them.
 */
export function ownRegionFiles(): ImportFile[] {
	const data = buildDataset(7);
	data.wijken = data.wijken.map((w, i) => ({ ...w, name: `Eigen wijk ${i + 1}`, gemeente: 'Eigenstad', region: 'Zorggroep Eigen' }));
	return Object.entries(datasetCsv(data)).map(([table, csv]) => ({ name: `${table} export 2024.csv`, bytes: new TextEncoder().encode(csv) }));
}

/** The same files as Playwright's `setInputFiles` takes them. */
export const asUploads = (files: ImportFile[]) => files.map((f) => ({ name: f.name, mimeType: 'text/csv', buffer: Buffer.from(f.bytes) }));
