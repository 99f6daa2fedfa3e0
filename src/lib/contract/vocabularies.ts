export type Domain = 'zorg' | 'sociaal' | 'gemeente' | 'overig';

export interface VocabularyEntry {
	id: string;
	aliases: string[];
	/** Only partner types carry a domain: the default for `partners.domain`. */
	domain?: Domain;
}

export interface Vocabulary {
	name: string;
	entries: VocabularyEntry[];
	/** What an unknown value becomes: `overig` with a warning, or a rejected row. */
	unknown: 'overig' | 'reject';
}

const entry = (id: string, aliases: string[] = [], domain?: Domain): VocabularyEntry => ({ id, aliases, domain });

export const partnerTypes: Vocabulary = {
	name: 'partner_type',
	unknown: 'overig',
	entries: [
		entry('huisartsenpraktijk', ['huisarts', 'huisartsen', 'praktijk', 'hap'], 'zorg'),
		entry('gezondheidscentrum', ['gc'], 'zorg'),
		entry('ggz', ['poh-ggz', 'ggz-aanbieder'], 'zorg'),
		entry('ggd', [], 'zorg'),
		entry('thuiszorg', ['wijkverpleging', 'wijkverpleegkundige'], 'zorg'),
		entry('apotheek', [], 'zorg'),
		entry('ziekenhuis', [], 'zorg'),
		entry('ouderenzorg', ['woonzorgcentrum', 'verpleeghuis'], 'zorg'),
		entry('paramedisch', ['fysiotherapie', 'dietist', 'diëtist'], 'zorg'),
		entry('zorggroep', ['hagro', 'huisartsencooperatie'], 'zorg'),
		entry('wijkteam', ['sociaal wijkteam', 'buurtteam', 'gebiedsteam'], 'sociaal'),
		entry('welzijn', ['welzijnsorganisatie', 'welzijn op recept'], 'sociaal'),
		entry('cjg', ['centrum voor jeugd en gezin'], 'sociaal'),
		entry('schuldhulp', ['schuldhulpverlening', 'schuldhulpverlener'], 'sociaal'),
		entry('jeugdzorg', [], 'sociaal'),
		entry('veilig_thuis', ['veilig thuis'], 'sociaal'),
		entry('woningcorporatie', ['woningbouwvereniging'], 'sociaal'),
		entry('vrijwilligers', ['informele zorg', 'mantelzorgsteunpunt'], 'sociaal'),
		entry('sport', ['sportaanbieder'], 'sociaal'),
		entry('maatschappelijk_werk', ['maatschappelijk werk', 'sociaal raadslieden'], 'sociaal'),
		entry('gemeente', ['gebiedsmanager', 'gemeente'], 'gemeente'),
		entry('politie', ['wijkagent'], 'overig'),
		entry('onderwijs', ['school', 'kinderopvang'], 'overig'),
		entry('zorgverzekeraar', [], 'overig'),
		entry('overig', [], 'overig')
	]
};

export const domains: Vocabulary = {
	name: 'domain',
	unknown: 'reject',
	entries: ['zorg', 'sociaal', 'gemeente', 'overig'].map((id) => entry(id))
};

export const meetingTypes: Vocabulary = {
	name: 'meeting_type',
	unknown: 'overig',
	entries: [
		entry('netwerkbijeenkomst'),
		entry('mdo', ['multidisciplinair overleg']),
		entry('lunchbijeenkomst'),
		entry('wijkontbijt'),
		entry('wijksafari'),
		entry('casuistiek', ['casuïstiekoverleg']),
		entry('scholing'),
		entry('werksessie'),
		entry('webinar'),
		entry('stuurgroep'),
		entry('overig')
	]
};

export const referralReasons: Vocabulary = {
	name: 'referral_reason',
	unknown: 'overig',
	entries: [
		entry('schulden', ['geldzorgen', 'financien']),
		entry('eenzaamheid'),
		entry('opvoeding', ['jeugd', 'gezin']),
		entry('huisvesting', ['wonen']),
		entry('werk_inkomen', ['werk', 'inkomen']),
		entry('mantelzorg'),
		entry('leefstijl', ['bewegen', 'voeding']),
		entry('psychisch', ['psychosociaal', 'ggz']),
		entry('huiselijk_geweld'),
		entry('taal', ['laaggeletterdheid']),
		entry('zingeving'),
		entry('overig')
	]
};

export const contactChannels: Vocabulary = {
	name: 'channel',
	unknown: 'overig',
	entries: ['overleg', 'telefoon', 'mail', 'bezoek', 'overig'].map((id) => entry(id))
};

export const actionStatuses: Vocabulary = {
	name: 'action_status',
	unknown: 'reject',
	entries: ['gepland', 'lopend', 'afgerond', 'vervallen'].map((id) => entry(id))
};

/** The partner types whose presence `core_type_coverage` counts (shared/METRICS.md). */
export const coreTypes = ['wijkteam', 'gemeente', 'welzijn', 'cjg', 'ggz', 'thuiszorg', 'apotheek', 'schuldhulp'] as const;
