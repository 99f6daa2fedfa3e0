export type Domain = 'zorg' | 'sociaal' | 'gemeente' | 'overig';

/** Partner types of DATA-CONTRACT.md with their default domain. */
export const TYPE_DOMAIN = {
	huisartsenpraktijk: 'zorg',
	gezondheidscentrum: 'zorg',
	ggz: 'zorg',
	ggd: 'zorg',
	thuiszorg: 'zorg',
	apotheek: 'zorg',
	ziekenhuis: 'zorg',
	ouderenzorg: 'zorg',
	paramedisch: 'zorg',
	zorggroep: 'zorg',
	wijkteam: 'sociaal',
	welzijn: 'sociaal',
	cjg: 'sociaal',
	schuldhulp: 'sociaal',
	jeugdzorg: 'sociaal',
	veilig_thuis: 'sociaal',
	woningcorporatie: 'sociaal',
	vrijwilligers: 'sociaal',
	sport: 'sociaal',
	maatschappelijk_werk: 'sociaal',
	gemeente: 'gemeente',
	politie: 'overig',
	onderwijs: 'overig',
	zorgverzekeraar: 'overig',
	overig: 'overig'
} as const satisfies Record<string, Domain>;

export type PartnerType = keyof typeof TYPE_DOMAIN;

export type MeetingType =
	| 'netwerkbijeenkomst'
	| 'mdo'
	| 'lunchbijeenkomst'
	| 'wijkontbijt'
	| 'wijksafari'
	| 'casuistiek'
	| 'scholing'
	| 'werksessie'
	| 'webinar'
	| 'stuurgroep'
	| 'overig';

export type Reason =
	| 'schulden'
	| 'eenzaamheid'
	| 'opvoeding'
	| 'huisvesting'
	| 'werk_inkomen'
	| 'mantelzorg'
	| 'leefstijl'
	| 'psychisch'
	| 'huiselijk_geweld'
	| 'taal'
	| 'zingeving'
	| 'overig';

export type Channel = 'overleg' | 'telefoon' | 'mail' | 'bezoek' | 'overig';
export type ActionStatus = 'gepland' | 'lopend' | 'afgerond' | 'vervallen';
