// A small region worked out by hand in metrics.test.ts (period 2024-Q3: W4 = 2023-10-01 … 2024-09-30).
// Loaded through the real import, so that period dates (`2024-Q3`) and boolean feedback (`ja`) count as users write them.
const csv = (lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);

export const fixtureFiles = () => [
	{ name: 'wijken.csv', bytes: csv(['wijk_id,name', 'W1,Noord', 'W2,Zuid']) },
	{
		name: 'coordinators.csv',
		// C1 serves two wijken with different start dates; C2 starts after Q3; C3 has no start date (always started).
		bytes: csv(['coordinator_id,name,wijk_id,started_on', 'C1,Anna,W1,2024-08-01', 'C1,Anna,W2,2023-01-01', 'C2,Bram,W1,2024-10-15', 'C3,Cor,W2,'])
	},
	{
		name: 'partners.csv',
		bytes: csv([
			'partner_id,name,type,wijk_id,verified_on,active_from,active_until',
			'P1,Praktijk Een,huisartsenpraktijk,W1,2024-01-15,,',
			'P2,Gezondheidscentrum Twee,gezondheidscentrum,W1,2023-06-01,,2024-08-15', // ends mid-quarter
			'T1,Wijkteam Noord,wijkteam,W1,2024-09-30,,', // verified on end(Q): fresh
			'G1,Gemeente,gemeente,W2,2023-10-01,,', // verified exactly end(Q) − 365 days: not fresh
			'R1,Welzijn Regio,welzijn,,2024-02-01,,', // region-wide: no wijk
			'A1,Apotheek Regio,apotheek,,2024-02-01,2024-10-01,', // starts after Q3
			'P3,Praktijk Drie,huisartsenpraktijk,W2,,,',
			'S1,Schuldhulp Zuid,schuldhulp,W2,2024-03-01,,'
		])
	},
	{ name: 'meetings.csv', bytes: csv(['meeting_id,date,wijk_id', 'M1,2024-08-10,W1', 'M2,2024-05-05,W2', 'M3,2023-09-15,W1']) },
	{ name: 'attendance.csv', bytes: csv(['meeting_id,partner_id', 'M1,P1', 'M1,T1', 'M1,R1', 'M2,G1', 'M2,P3', 'M3,P2', 'M3,T1']) },
	{
		name: 'referrals.csv',
		bytes: csv([
			'referral_id,date,from_partner_id,to_partner_id,reason,count,feedback',
			'ref1,2024-Q3,P1,R1,schulden,4,ja', // a quarter's aggregate; "ja" = all 4 got feedback
			'ref2,2024-08-20,P1,G1,,1,0',
			'ref3,2024-09-01,P3,P1,,2,1',
			'ref4,2024-04-10,P2,T1,,3,nee',
			'ref5,2024-07-15,R1,P3,,5,0'
		])
	},
	{ name: 'contacts.csv', bytes: csv(['date,coordinator_id,partner_id', '2024-09-10,C1,G1', '2024-05-01,C3,P1', '2024-09-01,C2,G1']) },
	{
		name: 'actions.csv',
		bytes: csv([
			'action_id,wijk_id,title,status,due_date,done_date',
			'X1,W1,Een,afgerond,2024-08-01,2024-07-20',
			'X2,W1,Twee,lopend,2024-09-30,',
			'X3,W1,Drie,vervallen,2024-06-01,',
			'X4,W2,Vier,afgerond,2024-12-01,2024-09-01',
			'X5,W2,Vijf,gepland,,',
			'X6,W2,Zes,afgerond,2024-05-01,2024-10-05'
		])
	},
	{ name: 'goals.csv', bytes: csv(['metric,target,wijk_id,period', 'feedback_rate,0.5,,', 'feedback_rate,0.9,W1,']) }
];
