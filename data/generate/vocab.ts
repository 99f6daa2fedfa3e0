import { partnerTypes, type Domain } from '../../src/lib/contract';

export type { Domain };

/**
 * The partner types the generator writes by hand, as a literal type so a typo fails to compile.
 * The ids and their domains belong to src/lib/contract; demo-import.test.ts proves the demo
 * loads through the real import without a single warning, so this list cannot drift from it.
 */
export type PartnerType =
	| 'huisartsenpraktijk' | 'gezondheidscentrum' | 'ggz' | 'ggd' | 'thuiszorg' | 'apotheek' | 'ziekenhuis'
	| 'ouderenzorg' | 'paramedisch' | 'zorggroep' | 'wijkteam' | 'welzijn' | 'cjg' | 'schuldhulp' | 'jeugdzorg'
	| 'veilig_thuis' | 'woningcorporatie' | 'vrijwilligers' | 'sport' | 'maatschappelijk_werk' | 'gemeente'
	| 'politie' | 'onderwijs' | 'zorgverzekeraar' | 'overig';

/** A partner type's default domain, from the contract. */
export function domainOf(type: PartnerType): Domain {
	const domain = partnerTypes.entries.find((e) => e.id === type)?.domain;
	if (!domain) throw new Error(`Partner type ${type} is not in the data contract`);
	return domain;
}


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
