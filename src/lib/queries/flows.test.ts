import { beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../import';
import { useSchemaDb, read } from '../import/test-db';
import { chartFlows, flowRows, OTHERS } from './flows';

const csv = (lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);
const db = useSchemaDb('file');

// Two wijkteams that carry different domains of their own, and three practices sending to them.
beforeAll(async () => {
	const report = await runImport(db(), [
		{ name: 'partners.csv', bytes: csv(['partner_id,name,type,domain,wijk_id', 'P1,Een,huisartsenpraktijk,,W1', 'P2,Twee,huisartsenpraktijk,,W1',
			'P3,Drie,huisartsenpraktijk,,W1', 'T1,Team Noord,wijkteam,sociaal,W1', 'T2,Team Gemeente,wijkteam,gemeente,W1', 'V1,Veilig Thuis,veilig_thuis,,W1']) },
		{ name: 'referrals.csv', bytes: csv(['date,from_partner_id,to_partner_id,count,feedback', '2024-10-01,P1,T1,5,1', '2024-10-02,P2,T2,3,0',
			'2024-10-03,P3,T1,2,2', '2024-10-04,P3,T2,1,0', '2024-10-05,P2,V1,1,0']) }
	]);
	expect(report.rejectedTotal).toBe(0);
});

const q = { scope: { wijk: null }, first: '2024-Q4', last: '2024-Q4', reasons: null } as const;

describe('flows of a receiving type that spans two domains', () => {
	it('give one row per sender and type, with the same domain every time, and readable type names', async () => {
		const rows = await flowRows(read(db()), { ...q, from: 'type', to: 'type' });
		expect(rows.map(({ to_key, to_label, to_domain, count }) => [to_key, to_label, to_domain, count]))
			.toEqual([['wijkteam', 'wijkteam', 'gemeente', 11], ['veilig_thuis', 'veilig thuis', 'sociaal', 1]]);
	});

	it('merge senders into one "others" row per receiver, never two', async () => {
		const rows = await chartFlows(read(db()), { ...q, from: 'partner', to: 'type' }, 2, { from: 'overige', to: 'overige' });
		const keys = rows.map((r) => `${r.from_key}→${r.to_key}`);
		expect(new Set(keys).size).toBe(keys.length);
		expect(rows.find((r) => r.from_key === OTHERS && r.to_key === 'wijkteam')).toMatchObject({ count: 6, feedback: 2, to_domain: 'gemeente' });
		expect(rows.reduce((s, r) => s + r.count, 0)).toBe(12);
	});
});
