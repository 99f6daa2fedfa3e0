import type { PartnerType } from './vocab';

export const GEMEENTE = 'Lindenhaven';
export const REGION = 'Regio Zuiderkwartier';

/**
 * role: the part a partner plays in the story. Region partners get a role so that the activity
 * code can name them; the deliberate gaps are roles too (see README.md).
 */
export interface PartnerSpec {
	type: PartnerType;
	name: string;
	role?: string;
	verified?: string;
	from?: string;
	until?: string;
}

export interface WijkSpec {
	id: string;
	name: string;
	patients: number;
	partners: PartnerSpec[];
}

const p = (type: PartnerType, name: string, extra: Omit<PartnerSpec, 'type' | 'name'> = {}): PartnerSpec => ({
	type,
	name,
	...extra
});

/** A practice; a name starting with "Gezondheidscentrum" is one. */
const hap = (name: string, role?: string): PartnerSpec =>
	p(name.startsWith('Gezondheidscentrum') ? 'gezondheidscentrum' : 'huisartsenpraktijk', name, { role });

/** Every wijk has its own sociaal wijkteam, gebiedsmanager and wijkagent. */
const standard = (wijk: string, agent: Omit<PartnerSpec, 'type' | 'name'> = {}): PartnerSpec[] => [
	p('wijkteam', `Sociaal wijkteam ${wijk}`),
	p('gemeente', `Gemeente ${GEMEENTE}, gebiedsmanager ${wijk}`),
	p('politie', `Politie, wijkagent ${wijk}`, agent)
];

const zk = (wijk: string) => p('thuiszorg', `Wijkverpleging Zorgkring, team ${wijk}`);
const tr = (wijk: string) => p('thuiszorg', `Thuiszorg Rivierland, team ${wijk}`);

export const WIJKEN: WijkSpec[] = [
	{ id: 'W01', name: 'Oude Haven', patients: 14200, partners: [
		hap('Huisartsenpraktijk Havenzicht'), hap('Huisartsenpraktijk De Kade'),
		hap('Huisartsenpraktijk Jansen, Bos en De Wit'), hap('Huisartsenpraktijk Visserstraat'),
		hap('Huisartsenpraktijk Het Anker'), ...standard('Oude Haven'),
		p('welzijn', 'Buurtwerk Oude Haven'), zk('Oude Haven'), p('apotheek', 'Apotheek De Kade'),
		p('paramedisch', 'Fysiotherapie Havenkwartier')
	] },
	{ id: 'W02', name: 'Molenwijk', patients: 16800, partners: [
		hap('Gezondheidscentrum Molenwijk'), hap('Huisartsenpraktijk De Wieken'),
		hap('Huisartsenpraktijk Korenbloem'), hap('Huisartsenpraktijk Van der Meer'),
		hap('Huisartsenpraktijk Molenpad'), hap("Huisartsenpraktijk 't Zand"), ...standard('Molenwijk'),
		p('welzijn', 'Wijkcentrum De Molen'), zk('Molenwijk'), tr('Molenwijk'), p('apotheek', 'Apotheek Molenwijk'),
		p('ouderenzorg', 'Woonzorgcentrum De Wiekslag'),
		p('sport', 'Buurtsportcoach Molenwijk', { role: 'late', from: '2024-09-01', verified: '2024-09-12' })
	] },
	{ id: 'W03', name: 'Kersenhof', patients: 12400, partners: [
		hap('Huisartsenpraktijk Kersenhof'), hap('Huisartsenpraktijk De Boomgaard'),
		hap('Huisartsenpraktijk Bloesemlaan'), hap('Huisartsenpraktijk El Amrani'), ...standard('Kersenhof'),
		p('welzijn', 'Buurtwerk Kersenhof'), tr('Kersenhof'), p('apotheek', 'Apotheek Kersenhof'),
		p('onderwijs', 'Basisschool De Kersenboom')
	] },
	{ id: 'W04', name: 'De Brink', patients: 18900, partners: [
		hap('Gezondheidscentrum De Brink'), hap('Huisartsenpraktijk Brinkzicht'),
		hap('Huisartsenpraktijk De Lindeboom'), hap('Huisartsenpraktijk Kerkstraat'),
		hap('Huisartsenpraktijk Dorpsweide'), hap('Huisartsenpraktijk Hoekstra & Veenstra'), ...standard('De Brink'),
		p('welzijn', 'Welzijn De Brink'), zk('De Brink'), tr('De Brink'),
		p('apotheek', 'Apotheek De Vijzel', { role: 'closed', until: '2023-12-31', verified: '2023-05-10' }),
		p('apotheek', 'Apotheek Brinkplein'),
		p('paramedisch', 'Fysiotherapie De Brink', { verified: '2023-06-20' }),
		p('ouderenzorg', 'Woonzorgcentrum Brinkhof'), p('ggz', 'GGZ Rivierland, FACT-team De Brink')
	] },
	{ id: 'W05', name: 'Zuiderpark', patients: 21500, partners: [
		hap('Gezondheidscentrum Zuiderpark'), hap('Huisartsenpraktijk Parklaan', 'unlinked'),
		hap('Huisartsenpraktijk De Vijver'), hap('Huisartsenpraktijk Zuiderhof'),
		hap('Huisartsenpraktijk Rozengaarde'), hap('Huisartsenpraktijk Yilmaz'), ...standard('Zuiderpark'),
		p('welzijn', 'Buurtwerk Zuiderpark', { role: 'broker' }),
		p('onderwijs', 'Taalhuis Zuiderpark', { role: 'cluster' }),
		p('vrijwilligers', 'Stichting Buurtmoeders Zuiderpark', { role: 'cluster' }),
		p('vrijwilligers', 'Vrouwencentrum De Ontmoeting', { role: 'cluster' }),
		zk('Zuiderpark'), p('apotheek', 'Apotheek Zuiderpark'), p('apotheek', 'Apotheek De Vijver'),
		p('paramedisch', 'Fysiotherapie en Diëtetiek Zuiderpark')
	] },
	{ id: 'W06', name: 'Eikenrode', patients: 15300, partners: [
		hap('Gezondheidscentrum Eikenrode'), hap('Huisartsenpraktijk Eikenlaan', 'one-way'),
		hap('Huisartsenpraktijk De Beuk'), hap('Huisartsenpraktijk Wilgenhof'),
		hap('Huisartsenpraktijk Dijkstra'), ...standard('Eikenrode'),
		p('welzijn', 'Buurtwerk Eikenrode'), tr('Eikenrode'), p('apotheek', 'Apotheek Eikenrode'),
		p('ouderenzorg', 'Woonzorgcentrum De Eik'), p('onderwijs', 'Basisschool Het Eikenblad')
	] },
	{ id: 'W07', name: 'Vlietpolder', patients: 9800, partners: [
		hap('Huisartsenpraktijk Vlietzicht', 'weak-linked'), hap('Huisartsenpraktijk De Polder', 'weak-linked'),
		hap('Huisartsenpraktijk Gemaal', 'weak-unlinked'), hap('Huisartsenpraktijk Rietkraag', 'weak-unlinked'),
		...standard('Vlietpolder', { verified: '2022-10-03' }), p('apotheek', 'Apotheek Vlietpolder')
	] },
	{ id: 'W08', name: 'Sluiskwartier', patients: 13600, partners: [
		hap('Gezondheidscentrum Sluiskwartier'), hap('Huisartsenpraktijk De Sluis'),
		hap('Huisartsenpraktijk Schutterstraat'), hap('Huisartsenpraktijk Bakker & Koç'), ...standard('Sluiskwartier'),
		p('welzijn', 'Wijkcentrum De Sluis'), zk('Sluiskwartier'), p('apotheek', 'Apotheek Sluiskwartier'),
		p('paramedisch', 'Fysiotherapie Sluiskwartier')
	] }
];

/** Partners that serve the whole region (empty wijk_id). */
export const REGION_PARTNERS: PartnerSpec[] = [
	p('ggd', 'GGD Zuiderkwartier', { role: 'ggd' }),
	p('cjg', `Centrum voor Jeugd en Gezin ${GEMEENTE}`, { role: 'cjg' }),
	p('ggz', 'GGZ Rivierland', { role: 'ggz' }),
	p('ggz', `Praktijk voor Basis-GGZ ${GEMEENTE}`, { role: 'basisggz', from: '2023-04-01' }),
	p('welzijn', `Welzijn op Recept ${GEMEENTE}`, { role: 'wor' }),
	p('schuldhulp', `Kredietbank ${GEMEENTE}`, { role: 'kredietbank', verified: '2023-03-14' }),
	p('schuldhulp', `SchuldHulpMaatje ${GEMEENTE}`, { role: 'shm' }),
	p('woningcorporatie', 'Woonstichting Zuiderkwartier', { role: 'woon' }),
	p('vrijwilligers', `Mantelzorgsteunpunt ${GEMEENTE}`, { role: 'mantelzorg' }),
	p('maatschappelijk_werk', `Sociaal Raadslieden ${GEMEENTE}`, { role: 'raadslieden' }),
	p('veilig_thuis', 'Veilig Thuis Zuiderkwartier', { role: 'veiligthuis' }),
	p('jeugdzorg', 'Jeugdhulp De Stroom', { role: 'jeugdhulp' }),
	p('sport', `Sportbedrijf ${GEMEENTE}`, { role: 'sportbedrijf' }),
	p('ziekenhuis', `Rivierziekenhuis ${GEMEENTE}, transferpunt`, { role: 'ziekenhuis' }),
	p('zorggroep', 'Huisartsencoöperatie Zuiderkwartier', { role: 'zorggroep' }),
	p('gemeente', `Gemeente ${GEMEENTE}, team Gezondheid en Welzijn`, { role: 'gemeente-regio' })
];

export const COORDINATORS = [
	{ id: 'C01', name: 'Sanne Vermeulen', wijken: ['W01', 'W02', 'W03'], hours: 8, started: '2022-09-01',
		organisation: 'Huisartsencoöperatie Zuiderkwartier', firstGemeente: '2023-02-14' },
	{ id: 'C02', name: 'Youssef El Idrissi', wijken: ['W04'], hours: 16, started: '2022-11-14',
		organisation: 'Huisartsencoöperatie Zuiderkwartier', firstGemeente: '2023-05-23' },
	{ id: 'C03', name: 'Marjolein Kuiper', wijken: ['W05', 'W06'], hours: 12, started: '2023-01-09',
		organisation: 'Gezondheidscentrum Zuiderpark', firstGemeente: '2023-11-07' },
	// Started mid-period in the weak wijk and has not yet met anyone of the gemeente.
	{ id: 'C04', name: 'Ruben Hoekstra', wijken: ['W07'], hours: 12, started: '2024-01-08',
		organisation: 'Huisartsencoöperatie Zuiderkwartier', firstGemeente: null },
	{ id: 'C05', name: 'Fatima Ouali', wijken: ['W08'], hours: 16, started: '2023-02-01',
		organisation: 'Huisartsencoöperatie Zuiderkwartier', firstGemeente: '2024-02-13' }
];
