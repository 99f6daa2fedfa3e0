// A region of four wijken worked out by hand in compare.test.ts, for 2024-Q4 (W4 = the year 2024;
// fresh on the kaart means verified in (2024-01-01, 2024-12-31]). W3 has no partners at all.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const files: Record<string, string[]> = {
	// Patients: W2 has 0 and W3 none given, so neither has a figure per 1,000.
	'wijken.csv': ['wijk_id,name,patients', 'W1,Noord,2000', 'W2,Oost,0', 'W3,Zuid,', 'W4,West,500'],
	'partners.csv': [
		'partner_id,name,type,wijk_id,verified_on',
		'H1,Praktijk Een,huisartsenpraktijk,W1,2024-06-01',
		'T1,Wijkteam Noord,wijkteam,W1,2020-01-01',
		'H2,Praktijk Twee,huisartsenpraktijk,W2,',
		'H4,Praktijk Vier,huisartsenpraktijk,W4,2024-12-31',
		'WZ,Welzijn West,welzijn,W4,2024-03-01',
		'GM,Gemeente,gemeente,,2024-01-01'
	],
	'referrals.csv': [
		'referral_id,date,from_partner_id,to_partner_id,count,feedback',
		'r1,2024-10-05,H1,T1,10,10',
		'r2,2024-11-01,H1,GM,10,0',
		'r3,2024-11-15,T1,H1,5,5',
		'r4,2024-12-01,H2,H4,1,1',
		'r5,2024-10-20,H4,H1,20,0'
	],
	'meetings.csv': ['meeting_id,date,wijk_id', 'm1,2024-11-10,W1', 'm2,2024-12-05,W4', 'm3,2024-10-01,W3'],
	'attendance.csv': ['meeting_id,partner_id', 'm1,H1', 'm1,T1', 'm1,GM', 'm2,H4', 'm2,WZ', 'm3,GM'],
	// Nobody met the gemeente: the pooled share is 0.
	'coordinators.csv': ['coordinator_id,name,wijk_id,started_on', 'K1,Anna,W1,2024-01-01', 'K2,Bram,W4,'],
	'contacts.csv': ['date,coordinator_id,partner_id', '2024-11-01,K1,H1'],
	'actions.csv': [
		'action_id,wijk_id,title,status,due_date,done_date',
		'a1,W1,Een,afgerond,2024-11-01,2024-10-15',
		'a2,W1,Twee,lopend,2024-12-01,',
		'a3,W1,Drie,vervallen,2024-10-01,',
		'a4,W2,Vier,afgerond,2024-12-31,2024-12-31',
		'a5,W3,Vijf,afgerond,2024-10-10,2025-01-05'
	]
};

/** The region's files in a new folder; returns its path. */
export function compareRegionFolder(): string {
	const dir = mkdtempSync(join(tmpdir(), 'compare-'));
	for (const [name, lines] of Object.entries(files)) writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
	return dir;
}
