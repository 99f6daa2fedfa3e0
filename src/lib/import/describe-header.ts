import { looksLikePatientData, type TableSpec } from '../contract';
import { mapHeader } from './map-columns';

export interface HeaderVerdict {
	/** Canonical column → the file's header cell. */
	columns: Map<string, string>;
	refused?: string;
	warnings: string[];
	notices: string[];
}

/** What the import says about a file's header: missing or doubled columns, ignored ones, patient data. */
export function describeHeader(spec: TableSpec, headers: string[]): HeaderVerdict {
	const mapping = mapHeader(spec, headers);
	const warnings: string[] = [];
	const notices: string[] = [];
	const patientLike = mapping.unknown.filter((h) => looksLikePatientData(spec.name, h));
	for (const column of patientLike)
		warnings.push(`Kolom "${column}" lijkt patiëntgegevens te bevatten; die horen niet in deze export. De kolom is niet opgeslagen.`);
	const ignored = mapping.unknown.filter((h) => !patientLike.includes(h));
	if (ignored.length) notices.push(`Kolommen buiten het gegevenscontract genegeerd (niet opgeslagen): ${ignored.join(', ')}.`);
	let refused: string | undefined;
	if (mapping.duplicates.length)
		refused = `Kolom${mapping.duplicates.length > 1 ? 'men' : ''} ${mapping.duplicates.map((d) => `"${d}"`).join(', ')} ` +
			`${mapping.duplicates.length > 1 ? 'noemen' : 'noemt'} een kolom die al eerder in de kopregel staat.`;
	else if (mapping.missing.length)
		refused = `Verplichte kolom${mapping.missing.length > 1 ? 'men ontbreken' : ' ontbreekt'}: ${mapping.missing.map((c) => c.name).join(', ')}.`;
	return { columns: mapping.columns, refused, warnings, notices };
}
