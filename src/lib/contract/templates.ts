import { type TableName } from './types';

/**
 * The Dutch column names of each table's empty CSV template, in contract order. Each is an
 * accepted name of its column (a test holds them to that), so a filled-in template loads as is.
 */
export const dutchHeaders: Record<TableName, string[]> = {
	wijken: ['wijkcode', 'naam', 'gemeente', 'regio', 'aantal patiënten'],
	coordinators: ['coördinator', 'naam', 'wijkcode', 'organisatie', 'uren per week', 'startdatum'],
	partners: ['code', 'naam', 'soort', 'wijkcode', 'domein', 'contactpersoon', 'telefoon', 'e-mail',
		'gecontroleerd op', 'actief vanaf', 'actief tot'],
	meetings: ['id', 'datum', 'wijkcode', 'soort', 'thema', 'organisator'],
	attendance: ['bijeenkomst', 'organisatie', 'aantal personen'],
	referrals: ['verwijzing id', 'datum', 'van', 'naar', 'reden', 'aantal', 'terugkoppeling'],
	contacts: ['datum', 'coördinator', 'organisatie', 'kanaal'],
	actions: ['id', 'wijkcode', 'titel', 'thema', 'status', 'streefdatum', 'afgerond op'],
	goals: ['indicator', 'streefwaarde', 'wijk', 'periode']
};

/** Dutch explanation of each column kind, for the contract page. */
export const kindLabels = {
	text: 'tekst',
	integer: 'geheel getal',
	number: 'getal (in ;-bestanden met decimale komma)',
	share: 'getal of percentage (0,35 of 35%)',
	date: 'datum (31-03-2024 of 2024-03-31)',
	date_or_period: 'datum of periode (2024-Q3, 2024-07)',
	period: 'periode (2024-Q3 of 2024)',
	feedback: 'aantal teruggekoppeld, of ja/nee',
	vocabulary: 'keuzelijst'
} as const;
