import { beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '$lib/import';
import { read, useSchemaDb } from '$lib/import/test-db';
import { chartFlows, OTHERS } from '$lib/queries/flows';
import { CHART_SIDE, loadFlows } from './flows-data';

const csv = (lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);
const db = useSchemaDb('file');

beforeAll(async () => {
	const report = await runImport(db(), [
		{ name: 'partners.csv', bytes: csv(['partner_id,name,type,wijk_id', 'P1,Praktijk Een,huisartsenpraktijk,W1', 'C1,CJG Noord,cjg,W1',
			'V1,Veilig Thuis Regio,veilig_thuis,W1', 'M1,Raadslieden,maatschappelijk_werk,W1']) },
		{ name: 'referrals.csv', bytes: csv(['date,from_partner_id,to_partner_id,count,feedback', '2024-10-01,P1,C1,5,1', '2024-10-02,P1,V1,3,0',
			'2024-10-03,P1,M1,2,2', '2024-10-04,C1,V1,1,0']) }
	]);
	expect(report.rejectedTotal).toBe(0);
});

const settings = { first: '2024-Q4', reasons: null, by: 'domain' } as const;
const others = { from: 'overige verwijzers', to: 'overige ontvangers' };

describe('the flows of the view', () => {
	it('name partner types in Dutch on the chart and in the table, never by their code', async () => {
		const data = await loadFlows(read(db()), { wijk: null }, '2024-Q4', { ...settings, from: 'type', to: 'type' }, others);
		for (const rows of [data.chart, data.table]) {
			expect(rows.map((f) => `${f.from_label} → ${f.to_label}`).sort()).toEqual(
				['CJG → Veilig Thuis', 'huisartsenpraktijk → CJG', 'huisartsenpraktijk → Veilig Thuis', 'huisartsenpraktijk → maatschappelijk werk']);
		}
	});

	it('chart the same flows as chartFlows merges, whether or not it is asked', async () => {
		for (const [from, to] of [['type', 'type'], ['partner', 'type'], ['partner', 'partner']] as const) {
			const q = { scope: { wijk: null }, first: '2024-Q4', last: '2024-Q4', from, to, reasons: null } as const;
			const data = await loadFlows(read(db()), q.scope, '2024-Q4', { ...settings, from, to }, others);
			const merged = await chartFlows(read(db()), q, CHART_SIDE, others);
			expect(data.chart.map(({ from_key, to_key, count, feedback, to_domain }) => ({ from_key, to_key, count, feedback, to_domain })))
				.toEqual(merged.map(({ from_key, to_key, count, feedback, to_domain }) => ({ from_key, to_key, count, feedback, to_domain })));
		}
	});

	it('keep organisations by their own name', async () => {
		const data = await loadFlows(read(db()), { wijk: null }, '2024-Q4', { ...settings, from: 'partner', to: 'type' }, others);
		expect(data.table.map((f) => `${f.from_label} → ${f.to_label}`)).toContain('CJG Noord → Veilig Thuis');
		expect(data.chart.every((f) => f.from_key !== OTHERS)).toBe(true);
	});
});
