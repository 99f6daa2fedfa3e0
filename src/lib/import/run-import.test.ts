import { describe, expect, it } from 'vitest';
import { allRejections, REJECTIONS_SHOWN, runImport, tableCounts, type ImportFile } from './index';
import { read, useSchemaDb } from './test-db';

const database = useSchemaDb();

const file = (name: string, text: string): ImportFile => ({ name, bytes: new TextEncoder().encode(text) });
const wijken = () => file('wijken.csv', 'wijk_id,name\nW01,Noord\nW02,Zuid\n');
const partners = () => file(
	'Sociale kaart Almere.csv',
	'partner_id,name,type,wijk_id,verified_on\nP1,Praktijk De Linde,huisarts,W01,31-03-2024\nP2,Wijkteam Noord,sociaal wijkteam,W01,2024-01-05\nP3,GGD,ggd,,\n'
);

describe('runImport', () => {
	it('loads canonical files, matches tables by name, maps aliases and derives the domain', async () => {
		const report = await runImport(database(), [partners(), wijken()]);
		expect(report.loaded).toEqual({ wijken: 2, partners: 3 });
		expect(report.rejectedTotal).toBe(0);
		const rows = await database().query('SELECT partner_id, type, domain, wijk_id, verified_on FROM partners ORDER BY 1');
		expect(rows).toEqual([
			{ partner_id: 'P1', type: 'huisartsenpraktijk', domain: 'zorg', wijk_id: 'W01', verified_on: '2024-03-31' },
			{ partner_id: 'P2', type: 'wijkteam', domain: 'sociaal', wijk_id: 'W01', verified_on: '2024-01-05' },
			{ partner_id: 'P3', type: 'ggd', domain: 'zorg', wijk_id: null, verified_on: null }
		]);
	});

	it('reports bad rows with file, line, column, value and reason, and loads the rest', async () => {
		const referrals = file(
			'verwijzingen.csv',
			'date,from_partner_id,to_partner_id,count,feedback\n2024-Q3,P1,P2,3,ja\n2024-13-01,P1,P2,,\n2024-07,P1,P9,1,0\n2024-07-02,P1,P2,2,5\n'
		);
		const report = await runImport(database(), [wijken(), partners(), referrals]);
		expect(report.loaded.referrals).toBe(1);
		expect(report.rejected).toEqual([
			{ file: 'verwijzingen.csv', line: 3, column: 'date', value: '2024-13-01', reason: expect.stringContaining('datum') },
			{ file: 'verwijzingen.csv', line: 4, column: 'to_partner_id', value: 'P9', reason: expect.stringContaining('niet in partners') },
			{ file: 'verwijzingen.csv', line: 5, column: 'feedback', value: '5', reason: expect.stringContaining('terugkoppelingen') }
		]);
		expect(await database().query('SELECT date, count, feedback, reason FROM referrals')).toEqual([
			{ date: '2024-07-01', count: 3, feedback: 3, reason: 'overig' }
		]);
	});

	it('adds an unknown wijk with a notice, and rejects a later duplicate key', async () => {
		const more = file('partners_extra.csv', 'partner_id,name,type,wijk_id\nP4,Apotheek,apotheek,W09\nP1,Dubbel,huisarts,W01\n');
		const report = await runImport(database(), [wijken(), partners(), more]);
		expect(report.notices.join(' ')).toContain('W09');
		expect(report.rejected).toEqual([expect.objectContaining({ line: 3, reason: expect.stringContaining('dubbele sleutel') })]);
		expect(await database().query("SELECT name FROM wijken WHERE wijk_id = 'W09'")).toEqual([{ name: 'W09' }]);
	});

	it('maps an unknown type to overig with a warning naming the value and its lines', async () => {
		const odd = file('partners.csv', 'partner_id,name,type\nP7,Buurtkapper,kapper\nP8,Kerk,kapper\n');
		const report = await runImport(database(), [odd]);
		expect(report.warnings).toContain('partners.csv: Onbekende type "kapper" gelezen als "overig" (regel 2, 3).');
		expect(await database().query("SELECT DISTINCT type, domain FROM partners")).toEqual([{ type: 'overig', domain: 'overig' }]);
	});

	it('reads a goal’s metric given as its Dutch label, in any case and without accents; an unknown metric rejects the row', async () => {
		const goals = file('doelen.csv', 'indicator;streefwaarde;wijk\nTerugkoppeling;50%;\ncoordinatoren met  GEMEENTECONTACT;0,8;W01\nfeedback_rate;0,4;W02\nTevredenheid;0,9;\n');
		const report = await runImport(database(), [wijken(), goals]);
		expect(report.rejected).toEqual([{ file: 'doelen.csv', line: 5, column: 'metric', value: 'Tevredenheid', reason: 'onbekende waarde' }]);
		expect(await database().query('SELECT metric, target, wijk_id FROM goals ORDER BY target')).toEqual([
			{ metric: 'feedback_rate', target: 0.4, wijk_id: 'W02' },
			{ metric: 'feedback_rate', target: 0.5, wijk_id: null },
			{ metric: 'coordinators_gemeente_contact_share', target: 0.8, wijk_id: 'W01' }
		]);
	});

	it('maps an unknown channel to overig with a warning; an unknown status or domain rejects the row', async () => {
		const coordinators = file('coordinatoren.csv', 'coordinator_id,name,wijk_id\nC1,Anouk,W01\n');
		const contacts = file('contacten.csv', 'date,coordinator_id,partner_id,channel\n2024-05-01,C1,P1,WhatsApp\n2024-05-02,C1,P2,telefoon\n2024-05-03,C1,P2,whatsapp\n');
		const actions = file('acties.csv', 'action_id,wijk_id,title,status\nA1,W01,Ontbijt,lopend\nA2,W01,Safari,bezig\n');
		const domains = file('partners_extra.csv', 'partner_id,name,type,domain\nP8,Kerk,overig,religie\n');
		const report = await runImport(database(), [wijken(), partners(), domains, coordinators, contacts, actions]);
		expect(report.warnings).toContain('contacten.csv: Onbekende channel "WhatsApp" gelezen als "overig" (regel 2).');
		expect(report.warnings).toContain('contacten.csv: Onbekende channel "whatsapp" gelezen als "overig" (regel 4).');
		expect(await database().query('SELECT channel FROM contacts ORDER BY date')).toEqual([{ channel: 'overig' }, { channel: 'telefoon' }, { channel: 'overig' }]);
		expect(report.rejected).toEqual([
			{ file: 'acties.csv', line: 3, column: 'status', value: 'bezig', reason: 'onbekende waarde' },
			{ file: 'partners_extra.csv', line: 2, column: 'domain', value: 'religie', reason: 'onbekende waarde' }
		]);
	});

	it('merges duplicate attendance, summing attendees', async () => {
		const meetings = file('meetings.csv', 'meeting_id,date\nM1,2024-02-01\n');
		const attendance = file('aanwezigheid.csv', 'meeting_id,partner_id,attendees\nM1,P1,2\nM1,P1,\nM1,P2,1\n');
		const report = await runImport(database(), [wijken(), partners(), meetings, attendance]);
		expect(report.warnings.join(' ')).toContain('samengevoegd');
		expect(await database().query('SELECT partner_id, attendees FROM attendance ORDER BY 1')).toEqual([
			{ partner_id: 'P1', attendees: 3 },
			{ partner_id: 'P2', attendees: 1 }
		]);
	});

	it('trims values, quoted or not, and reads a value of only spaces as empty', async () => {
		const spaced = file('partners.csv', 'partner_id;name;type;wijk_id\n P7 ;" Buurthuis\u00a0";\tggd; \n');
		const report = await runImport(database(), [spaced]);
		expect(report.rejected).toEqual([]);
		expect(await database().query('SELECT partner_id, name, type, wijk_id FROM partners')).toEqual([
			{ partner_id: 'P7', name: 'Buurthuis', type: 'ggd', wijk_id: null }
		]);
	});

	it('refuses a file that matches no table, listing the tables', async () => {
		const report = await runImport(database(), [file('iets.csv', 'foo,bar\n1,2\n')]);
		expect(report.files[0].refused).toMatch(/geen enkele tabel.*partners \(partner_id, name, type\)/);
	});

	it('names missing required columns in proper Dutch: one "ontbreekt", several "ontbreken"', async () => {
		const report = await runImport(database(), [file('partners.csv', 'partner_id,naam\nP1,Een\n'), file('verwijzingen.csv', 'datum\n2024-01-01\n')]);
		expect(report.files.map((f) => f.refused)).toEqual([
			'Verplichte kolom ontbreekt: type.',
			'Verplichte kolommen ontbreken: from_partner_id, to_partner_id.'
		]);
	});

	it('refuses a file of another type (.json, no extension) as such, listing the accepted types', async () => {
		const json = file('partners.json', '[{"partner_id": "P1", "name": "Een", "type": "ggd"}]');
		const bare = file('partners', 'partner_id,name,type\nP1,Een,ggd\n');
		const report = await runImport(database(), [json, bare, file('Wijken.CSV', 'wijk_id,name\nW01,Noord\n')]);
		expect(report.files[0].refused).toBe('Bestandstype niet ondersteund (.json). ' +
			'Wijkradar leest tekstbestanden met scheidingstekens (.csv, .tsv, .txt) en Excel-werkmappen (.xlsx).');
		expect(report.files[1].refused).toMatch(/^Bestandstype niet ondersteund \(geen extensie\)/);
		expect(report.loaded).toEqual({ wijken: 1 });
	});

	it('keeps every rejected row, in file and line order, and hands the screen only the first few hundred', async () => {
		const bad = Array.from({ length: 10_500 }, (_, i) => (i % 2 ? `2024-01-0${1 + (i % 9)},P1,P9,1` : `2024-01-0${1 + (i % 9)},P1,P2,x`));
		const referrals = file('verwijzingen.csv', `date,from_partner_id,to_partner_id,count\n${bad.join('\n')}\n`);
		const ragged = file('b_partners.csv', 'partner_id,name,type\nP5,Vijf\nP6,Zes,ggd,extra\n');
		const report = await runImport(database(), [wijken(), partners(), referrals, ragged]);
		expect(report.rejectedTotal).toBe(10_502);
		expect(report.rejected).toHaveLength(REJECTIONS_SHOWN);
		const all = await allRejections(read(database()), report);
		// Every other row has a bad count, the others an unknown partner.
		expect(all).toHaveLength(10_502);
		expect(all.slice(0, 2).map((r) => [r.file, r.line])).toEqual([['b_partners.csv', 2], ['b_partners.csv', 3]]);
		expect(all.slice(2, 5)).toEqual([
			{ file: 'verwijzingen.csv', line: 2, column: 'count', value: 'x', reason: 'geen geheel getal' },
			{ file: 'verwijzingen.csv', line: 3, column: 'to_partner_id', value: 'P9', reason: expect.stringContaining('niet in partners') },
			{ file: 'verwijzingen.csv', line: 4, column: 'count', value: 'x', reason: 'geen geheel getal' }
		]);
		expect(all.at(-1)).toMatchObject({ file: 'verwijzingen.csv', line: 10_501 });
		expect(report.rejected).toEqual(all.slice(0, REJECTIONS_SHOWN));
	});

	it('places rejected rows at their editor line also after blank lines and values over several lines', async () => {
		const odd = file('partners.csv', 'partner_id,name,type\n\nP1,"Twee\nregels",\n\n\nP2,Goed,ggd\nP3,Fout,\n');
		const report = await runImport(database(), [odd]);
		expect(report.rejected.map((r) => [r.line, r.column])).toEqual([[3, 'type'], [8, 'type']]);
		expect(await allRejections(read(database()), report)).toEqual(report.rejected);
	});

	it('leaves the data exactly as before when the import is cancelled', async () => {
		await runImport(database(), [wijken()]);
		const controller = new AbortController();
		const run = runImport(database(), [partners()], {
			replace: true,
			signal: controller.signal,
			onProgress: (p) => p.stage === 'controleren' && controller.abort()
		});
		await expect(run).rejects.toThrow();
		expect((await tableCounts(database())).filter((t) => t.rows > 0)).toEqual([{ table: 'wijken', rows: 2 }]);
	});

	it('replaces nothing when every file of a replacing import is refused', async () => {
		await runImport(database(), [wijken()]);
		const report = await runImport(database(), [file('iets.csv', 'foo,bar\n1,2\n'), file('partners.csv', 'naam\nZonder id\n')], { replace: true });
		expect(report.files.every((f) => f.refused)).toBe(true);
		expect((await tableCounts(database())).filter((t) => t.rows > 0)).toEqual([{ table: 'wijken', rows: 2 }]);
		await runImport(database(), [partners()], { replace: true });
		// A loadable file does replace: W02 is gone, W01 comes back as the partners' wijk.
		expect((await tableCounts(database())).filter((t) => t.rows > 0)).toEqual([{ table: 'wijken', rows: 1 }, { table: 'partners', rows: 3 }]);
	});
});
