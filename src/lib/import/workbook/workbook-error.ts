import { MAX_CELLS_PER_SHEET, MAX_PART_BYTES, MAX_ROWS_PER_SHEET, MAX_TEXT_RUN_BYTES, MAX_UNPACKED_BYTES } from './limits';

export type WorkbookErrorCode =
	| 'empty'
	| 'not-xlsx'
	| 'zip-not-xlsx'
	| 'legacy-or-protected'
	| 'opendocument'
	| 'binary-xlsx'
	| 'encrypted'
	| 'corrupt'
	| 'too-large'
	| 'part-too-large'
	| 'text-run-too-long'
	| 'cdata'
	| 'too-many-rows'
	| 'too-many-cells';

const EXCEL_MAX_ROWS = 1_048_576;
/** Dutch digit grouping (1.100.000) without depending on the runtime's locale data. */
const dutch = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, '.');
const megabytes = (bytes: number) => `${dutch(Math.round(bytes / 1e6))} MB`;

const MESSAGES: Record<WorkbookErrorCode, string> = {
	empty: 'Het bestand is leeg.',
	'not-xlsx': 'Dit bestand is geen Excel-werkmap (.xlsx).',
	'zip-not-xlsx':
		'Dit zip-bestand is geen Excel-werkmap (.xlsx): er zitten geen werkbladen in. ' +
		'Zitten er exportbestanden in, pak het dan eerst uit en kies die bestanden.',
	'legacy-or-protected':
		'Dit Excel-bestand is met een wachtwoord beveiligd of in het oude .xls-formaat opgeslagen. ' +
		'Haal het wachtwoord eraf en sla het op als Excel-werkmap (.xlsx).',
	opendocument: 'Dit is een OpenDocument-rekenblad (.ods). Sla het op als Excel-werkmap (.xlsx) of als CSV.',
	'binary-xlsx': 'Dit is een binaire Excel-werkmap (.xlsb). Sla het op als Excel-werkmap (.xlsx) of als CSV.',
	encrypted: 'Dit Excel-bestand is versleuteld en kan niet worden gelezen. Sla het zonder versleuteling op als .xlsx.',
	corrupt:
		'Het Excel-bestand is beschadigd of onvolledig en kan niet worden gelezen. ' +
		'Open het in Excel en sla het opnieuw op als Excel-werkmap (.xlsx).',
	'too-large':
		`Het Excel-bestand is uitgepakt groter dan ${megabytes(MAX_UNPACKED_BYTES)} en wordt daarom niet ingelezen. ` +
		'Verdeel de gegevens over meer bestanden of sla ze op als CSV.',
	'part-too-large':
		`Een werkblad in dit Excel-bestand is uitgepakt groter dan ${megabytes(MAX_PART_BYTES)} en wordt daarom niet ingelezen. ` +
		'Verwijder lege maar opgemaakte rijen en kolommen, verdeel de gegevens over meer werkbladen of sla ze op als CSV.',
	'text-run-too-long':
		`Dit Excel-bestand bevat tussen twee XML-elementen meer dan ${megabytes(MAX_TEXT_RUN_BYTES)} tekst of witruimte ` +
		'(een Excel-cel bevat hoogstens 32.767 tekens); zo schrijft Excel geen werkmap, en het wordt niet ingelezen. ' +
		'Open het in Excel en sla het opnieuw op als Excel-werkmap (.xlsx), of exporteer het als CSV.',
	cdata:
		'Dit Excel-bestand bevat tekst in CDATA-blokken, een XML-vorm die Excel zelf niet schrijft en die Wijkradar niet kan lezen; ' +
		'de cellen zouden leeg blijven. Open het in Excel en sla het opnieuw op als Excel-werkmap (.xlsx), of exporteer het als CSV.',
	'too-many-rows':
		`Een werkblad in dit Excel-bestand loopt door tot voorbij rij ${dutch(MAX_ROWS_PER_SHEET)} ` +
		`(Excel zelf stopt bij rij ${dutch(EXCEL_MAX_ROWS)}) en wordt daarom niet ingelezen. ` +
		'Sla het werkblad opnieuw op of exporteer het als CSV.',
	'too-many-cells':
		`Een werkblad in dit Excel-bestand beslaat meer dan ${dutch(MAX_CELLS_PER_SHEET)} cellen ` +
		'(rijen × kolommen tot de laatst gevulde cel). Verwijder lege maar opgemaakte rijen en kolommen, of exporteer het als CSV.'
};

/** A workbook that cannot be read at all; `message` is Dutch and meant for the user. */
export class WorkbookError extends Error {
	override readonly name = 'WorkbookError';

	constructor(
		readonly code: WorkbookErrorCode,
		options?: { cause?: unknown }
	) {
		super(MESSAGES[code], options);
	}
}
