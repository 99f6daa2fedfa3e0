import { type ColumnSpec, type TableName, type TableSpec } from './types';
import {
	actionStatuses,
	contactChannels,
	domains,
	meetingTypes,
	partnerTypes,
	referralReasons
} from './vocabularies';
import { metricVocabulary } from './metric-ids';

type Extra = Partial<Omit<ColumnSpec, 'name' | 'aliases' | 'kind'>>;
const col = (name: string, aliases: string[], kind: ColumnSpec['kind'], extra: Extra = {}): ColumnSpec => ({
	name,
	aliases,
	kind,
	required: false,
	...extra
});
const req = { required: true };
const toWijk = { references: { table: 'wijken' as const, column: 'wijk_id' }, autoCreate: true };
const toPartner = { references: { table: 'partners' as const, column: 'partner_id' } };
const toCoordinator = { references: { table: 'coordinators' as const, column: 'coordinator_id' } };
const wijkColumn = (extra: Extra = {}) => col('wijk_id', ['wijk', 'wijkcode'], 'text', { ...toWijk, ...extra });

/** The tables of shared/DATA-CONTRACT.md, in an order where every reference points backwards. */
export const tables: TableSpec[] = [
	{
		name: 'wijken',
		label: 'Wijken',
		aliases: ['wijk', 'areas', 'gebieden'],
		key: ['wijk_id'],
		description: 'De wijken van de regio.',
		columns: [
			col('wijk_id', ['wijkcode', 'code', 'id'], 'text', req),
			col('name', ['naam', 'wijknaam'], 'text', req),
			col('gemeente', ['municipality'], 'text'),
			col('region', ['regio', 'zorggroep'], 'text'),
			col('patients', ['patienten', 'aantal_patienten'], 'integer', { min: 0 })
		]
	},
	{
		name: 'coordinators',
		label: 'Coördinatoren',
		aliases: ['coordinatoren', 'wijkcoordinatoren', 'wijkzorgcoordinatoren'],
		key: ['coordinator_id', 'wijk_id'],
		description: 'Eén rij per coördinator per wijk die hij of zij bedient.',
		columns: [
			col('coordinator_id', ['coordinator', 'id'], 'text', req),
			col('name', ['naam'], 'text', req),
			wijkColumn(req),
			col('organisation', ['organisatie'], 'text'),
			col('hours_per_week', ['uren_per_week', 'uren'], 'number', { min: 0 }),
			col('started_on', ['startdatum', 'gestart_op'], 'date')
		]
	},
	{
		name: 'partners',
		label: 'Partners (sociale kaart)',
		aliases: ['organisaties', 'sociale_kaart', 'netwerkpartners'],
		key: ['partner_id'],
		description: 'De organisaties in het netwerk; zonder wijk bedient een partner de hele regio.',
		columns: [
			col('partner_id', ['id', 'code'], 'text', req),
			col('name', ['naam', 'organisatie'], 'text', req),
			col('type', ['soort', 'categorie'], 'vocabulary', { ...req, vocabulary: partnerTypes }),
			wijkColumn(),
			col('domain', ['domein'], 'vocabulary', { vocabulary: domains }),
			col('contact_person', ['contactpersoon'], 'text'),
			col('phone', ['telefoon'], 'text'),
			col('email', ['e_mail', 'mail'], 'text'),
			col('verified_on', ['gecontroleerd_op', 'laatst_gecontroleerd'], 'date'),
			col('active_from', ['actief_vanaf'], 'date'),
			col('active_until', ['actief_tot'], 'date')
		]
	},
	{
		name: 'meetings',
		label: 'Bijeenkomsten',
		aliases: ['bijeenkomsten', 'overleggen'],
		key: ['meeting_id'],
		description: 'Netwerkbijeenkomsten, MDO’s en andere overleggen; zonder wijk regionaal.',
		columns: [
			col('meeting_id', ['id'], 'text', req),
			col('date', ['datum'], 'date', req),
			wijkColumn(),
			col('type', ['soort'], 'vocabulary', { vocabulary: meetingTypes, defaultValue: 'overig' }),
			col('theme', ['thema'], 'text'),
			col('coordinator_id', ['organisator'], 'text', toCoordinator)
		]
	},
	{
		name: 'attendance',
		label: 'Aanwezigheid',
		aliases: ['aanwezigheid', 'deelnemers', 'deelname'],
		key: ['meeting_id', 'partner_id'],
		mergeDuplicates: { sum: 'attendees' },
		description: 'Welke partners bij welke bijeenkomst waren.',
		columns: [
			col('meeting_id', ['bijeenkomst', 'overleg'], 'text', {
				...req,
				references: { table: 'meetings', column: 'meeting_id' }
			}),
			col('partner_id', ['partner', 'organisatie'], 'text', { ...req, ...toPartner }),
			col('attendees', ['aantal', 'aantal_personen'], 'integer', { min: 1, defaultValue: 1 })
		]
	},
	{
		name: 'referrals',
		label: 'Verwijzingen',
		aliases: ['verwijzingen', 'doorverwijzingen'],
		// referral_id is optional: unique where present, empty ids never collide.
		key: ['referral_id'],
		description: 'Verwijzingen tussen organisaties, per stuk of opgeteld per periode. Nooit patiëntgegevens.',
		columns: [
			col('referral_id', ['id', 'verwijzing_id'], 'text'),
			col('date', ['datum', 'periode', 'period'], 'date_or_period', req),
			col('from_partner_id', ['van', 'verwijzer', 'from'], 'text', { ...req, ...toPartner }),
			col('to_partner_id', ['naar', 'ontvanger', 'to'], 'text', { ...req, ...toPartner }),
			col('reason', ['reden', 'leefgebied'], 'vocabulary', { vocabulary: referralReasons, defaultValue: 'overig' }),
			col('count', ['aantal'], 'integer', { min: 1, defaultValue: 1 }),
			col('feedback', ['terugkoppeling', 'teruggekoppeld'], 'feedback', { defaultValue: 0 })
		]
	},
	{
		name: 'contacts',
		label: 'Contacten',
		aliases: ['contacten', 'contactmomenten'],
		key: [],
		description: 'Contactmomenten van een coördinator met een partner (alleen dát het gebeurde).',
		columns: [
			col('date', ['datum'], 'date', req),
			col('coordinator_id', ['coordinator'], 'text', { ...req, ...toCoordinator }),
			col('partner_id', ['partner', 'organisatie'], 'text', { ...req, ...toPartner }),
			col('channel', ['kanaal'], 'vocabulary', { vocabulary: contactChannels, defaultValue: 'overig' })
		]
	},
	{
		name: 'actions',
		label: 'Wijkplanacties',
		aliases: ['acties', 'wijkplan', 'wijkplanacties'],
		key: ['action_id'],
		description: 'De acties van elk wijkplan en hun status.',
		columns: [
			col('action_id', ['id'], 'text', req),
			wijkColumn(req),
			col('title', ['titel', 'actie'], 'text', req),
			col('theme', ['thema', 'knelpunt'], 'text'),
			col('status', ['status'], 'vocabulary', { ...req, vocabulary: actionStatuses }),
			col('due_date', ['deadline', 'streefdatum'], 'date'),
			col('done_date', ['afgerond_op'], 'date')
		]
	},
	{
		name: 'goals',
		label: 'Doelen',
		aliases: ['doelen', 'streefwaarden', 'targets'],
		key: [],
		description:
			'Streefwaarden per indicator (de code of de Nederlandse naam, bijv. "Terugkoppeling"), per wijk of voor de regio, per periode of doorlopend. ' +
			'Een doel zonder wijk geldt voor de regio; voor een aandeel ook voor elke wijk zonder eigen doel, voor een aantal (verwijzingen, bijeenkomsten, partners bereikt) niet.',
		columns: [
			col('metric', ['indicator'], 'vocabulary', { ...req, vocabulary: metricVocabulary }),
			col('target', ['streefwaarde', 'doel'], 'share', req),
			col('wijk_id', ['wijk'], 'text', toWijk),
			col('period', ['periode'], 'period')
		]
	}
];

export const tableNames = tables.map((t) => t.name);

export function tableSpec(name: TableName): TableSpec {
	const spec = tables.find((t) => t.name === name);
	if (!spec) throw new Error(`Unknown table ${name}`);
	return spec;
}
