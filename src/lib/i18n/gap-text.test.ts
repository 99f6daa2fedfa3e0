import { read } from '../import/test-db';
import { describe, expect, it } from 'vitest';
import { partnerTypes } from '../contract';
import { findGaps } from '../metrics/gaps';
import { REGION } from '../metrics/scope';
import { useDemoDb } from '../metrics/test-demo';
import { gapText, type GapNames } from './gap-text';
import { partnerTypeLabel } from './vocabulary';

const db = useDemoDb();

async function demoNames(): Promise<GapNames> {
	const partners = await db().query<{ partner_id: string; name: string }>('SELECT partner_id, name FROM partners');
	const wijken = await db().query<{ wijk_id: string; name: string }>('SELECT wijk_id, name FROM wijken');
	return { partners: new Map(partners.map((p) => [p.partner_id, p.name])), wijken: new Map(wijken.map((w) => [w.wijk_id, w.name])) };
}

/** The partner types whose name does not hold their code (`cjg` is "CJG"): the code must never reach a reader. */
const codes = partnerTypes.entries.map((e) => e.id).filter((id) => !partnerTypeLabel(id).includes(id));

describe('gap texts of the demo', () => {
	it('name wijken and partner types, never their codes', async () => {
		const names = await demoNames();
		const gaps = await findGaps(read(db()), REGION, '2024-Q4');
		expect(gaps.length).toBeGreaterThan(10);
		for (const gap of gaps) {
			const text = gapText(gap, names);
			expect(text, JSON.stringify(gap)).not.toMatch(/\bW\d\d\b/);
			for (const code of codes) expect(text, JSON.stringify(gap)).not.toMatch(new RegExp(`(^|[^\\p{L}])${code}([^\\p{L}]|$)`, 'u'));
			if (gap.wijk_id) expect(text).toContain(`wijk ${names.wijken.get(gap.wijk_id)}`);
		}
		const missing = gaps.filter((g) => g.kind === 'missing_core_type').map((g) => gapText(g, names));
		expect(missing).toEqual(['wijk Vlietpolder: CJG', 'wijk Vlietpolder: schuldhulp', 'wijk Vlietpolder: thuiszorg', 'wijk Vlietpolder: welzijn']);
		const oneWay = gaps.find((g) => g.kind === 'one_way_referrals')!;
		expect(gapText(oneWay, names)).toBe('Huisartsenpraktijk Eikenlaan (P074) naar Sociaal wijkteam Eikenrode (P078), wijk Eikenrode');
	});

	it('say "zonder wijk" for a partner without one, and show an id without a name as it is', () => {
		const names = { partners: new Map(), wijken: new Map() };
		expect(gapText({ kind: 'stale_kaart_entry', wijk_id: null, partner_id: 'P110' }, names)).toBe('P110 (P110), zonder wijk');
		expect(gapText({ kind: 'missing_core_type', wijk_id: 'W09', type: 'veilig_thuis' }, names)).toBe('wijk W09: Veilig Thuis');
	});
});
