import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeDataset } from './dataset';
import {
	coreCoverage, feedbackRate, gemeenteContactShare, meetingsTotal, partnersReached, practicesLinked, socialShare,
	type Row, type Tables
} from './story-check';
import { regionGaps } from './story-gaps';
import { wijkGraph } from './story-graph';

const DEMO = join(dirname(fileURLToPath(import.meta.url)), '..', 'demo');

/** Canonical headers, copied from shared/DATA-CONTRACT.md. */
const HEADERS: Record<keyof Tables, string> = {
	wijken: 'wijk_id,name,gemeente,region,patients',
	coordinators: 'coordinator_id,name,wijk_id,organisation,hours_per_week,started_on',
	partners: 'partner_id,name,type,wijk_id,domain,contact_person,phone,email,verified_on,active_from,active_until',
	meetings: 'meeting_id,date,wijk_id,type,theme,coordinator_id',
	attendance: 'meeting_id,partner_id,attendees',
	referrals: 'referral_id,date,from_partner_id,to_partner_id,reason,count,feedback',
	contacts: 'date,coordinator_id,partner_id,channel',
	actions: 'action_id,wijk_id,title,theme,status,due_date,done_date',
	goals: 'metric,target,wijk_id,period'
};
const TABLES = Object.keys(HEADERS) as (keyof Tables)[];
const QUARTERS = ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'];

const PARTNER_TYPES = ['huisartsenpraktijk', 'gezondheidscentrum', 'ggz', 'ggd', 'thuiszorg', 'apotheek', 'ziekenhuis',
	'ouderenzorg', 'paramedisch', 'zorggroep', 'wijkteam', 'welzijn', 'cjg', 'schuldhulp', 'jeugdzorg', 'veilig_thuis',
	'woningcorporatie', 'vrijwilligers', 'sport', 'maatschappelijk_werk', 'gemeente', 'politie', 'onderwijs',
	'zorgverzekeraar', 'overig'];
const MEETING_TYPES = ['netwerkbijeenkomst', 'mdo', 'lunchbijeenkomst', 'wijkontbijt', 'wijksafari', 'casuistiek',
	'scholing', 'werksessie', 'webinar', 'stuurgroep', 'overig'];
const REASONS = ['schulden', 'eenzaamheid', 'opvoeding', 'huisvesting', 'werk_inkomen', 'mantelzorg', 'leefstijl',
	'psychisch', 'huiselijk_geweld', 'taal', 'zingeving', 'overig'];
const METRICS = ['coordinators_gemeente_contact_share', 'practices_wijkteam_linked_share', 'referrals_total',
	'referrals_social_share', 'feedback_rate', 'meetings_total', 'partners_reached', 'active_partners_share',
	'core_type_coverage', 'kaart_freshness_share', 'actions_done_share'];

/** The deliberate gaps of 2024-Q4, as listed in data/README.md ("-" = no wijk_id). */
const EXPECTED_GAPS: Record<string, string[]> = {
	missing_core_type: ['W07 cjg', 'W07 schuldhulp', 'W07 thuiszorg', 'W07 welzijn'],
	isolated_partner: ['W02 P027', 'W07 P091', 'W07 P092'],
	single_point_of_failure: ['W05 P065'],
	practice_without_wijkteam: ['W05 P057', 'W07 P088', 'W07 P089'],
	one_way_referrals: ['W06 P074 P078'],
	stale_kaart_entry: ['- P110', 'W04 P053', 'W07 P092'],
	unknown_face: ['- P110']
};

const text = (table: string) => readFileSync(join(DEMO, `${table}.csv`), 'utf8');
const t = Object.fromEntries(
	TABLES.map((name) => [name, Papa.parse<Row>(text(name), { header: true, skipEmptyLines: true }).data])
) as Tables;

const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
const isWhole = (v: string, min: number) => /^\d+$/.test(v) && Number(v) >= min;
const ids = (rows: Row[], col: string) => new Set(rows.map((r) => r[col]));
const dupes = (keys: string[]) => keys.filter((k, i) => keys.indexOf(k) !== i);

describe('demo files follow the data contract', () => {
	it('has one UTF-8 file per table with the canonical header, LF endings and no BOM', () => {
		expect(readdirSync(DEMO).filter((f) => f.endsWith('.csv')).sort()).toEqual(TABLES.map((n) => `${n}.csv`).sort());
		for (const name of TABLES) {
			const raw = readFileSync(join(DEMO, `${name}.csv`));
			expect(raw[0], name).not.toBe(0xef);
			expect(raw.includes(0x0d), name).toBe(false);
			expect(text(name).split('\n')[0], name).toBe(HEADERS[name]);
			expect(text(name).endsWith('\n'), name).toBe(true);
		}
	});

	it('has realistic table sizes', () => {
		expect(t.wijken).toHaveLength(8);
		expect(new Set(t.coordinators.map((c) => c.coordinator_id)).size).toBe(5);
		expect(t.partners.length).toBeGreaterThanOrEqual(100);
		expect(t.partners.length).toBeLessThanOrEqual(140);
		expect(t.partners.filter((p) => ['huisartsenpraktijk', 'gezondheidscentrum'].includes(p.type)).length).toBe(40);
		expect(t.meetings.length).toBeGreaterThanOrEqual(150);
		expect(t.meetings.length).toBeLessThanOrEqual(250);
		expect(t.attendance.length).toBeGreaterThanOrEqual(800);
		expect(t.attendance.length).toBeLessThanOrEqual(1500);
		expect(t.referrals.length).toBeGreaterThanOrEqual(2000);
		expect(t.referrals.length).toBeLessThanOrEqual(5000);
		expect(t.contacts.length).toBeGreaterThanOrEqual(300);
		expect(t.contacts.length).toBeLessThanOrEqual(800);
		expect(t.actions.length).toBeGreaterThanOrEqual(40);
		expect(t.actions.length).toBeLessThanOrEqual(80);
		expect(t.goals.length).toBeGreaterThanOrEqual(10);
		expect(t.goals.length).toBeLessThanOrEqual(25);
	});

	it('has unique keys', () => {
		expect(dupes(t.wijken.map((r) => r.wijk_id))).toEqual([]);
		expect(dupes(t.coordinators.map((r) => `${r.coordinator_id}|${r.wijk_id}`))).toEqual([]);
		expect(dupes(t.partners.map((r) => r.partner_id))).toEqual([]);
		expect(dupes(t.meetings.map((r) => r.meeting_id))).toEqual([]);
		expect(dupes(t.attendance.map((r) => `${r.meeting_id}|${r.partner_id}`))).toEqual([]);
		expect(dupes(t.referrals.map((r) => r.referral_id).filter(Boolean))).toEqual([]);
		expect(dupes(t.actions.map((r) => r.action_id))).toEqual([]);
		expect(t.coordinators.filter((c) => c.coordinator_id === 'C01')).toHaveLength(3);
	});

	it('resolves every reference', () => {
		const wijken = ids(t.wijken, 'wijk_id');
		const partners = ids(t.partners, 'partner_id');
		const coordinators = ids(t.coordinators, 'coordinator_id');
		const meetings = ids(t.meetings, 'meeting_id');
		const bad = [
			...t.coordinators.filter((r) => !wijken.has(r.wijk_id)),
			...t.partners.filter((r) => r.wijk_id && !wijken.has(r.wijk_id)),
			...t.meetings.filter((r) => (r.wijk_id && !wijken.has(r.wijk_id)) || (r.coordinator_id && !coordinators.has(r.coordinator_id))),
			...t.attendance.filter((r) => !meetings.has(r.meeting_id) || !partners.has(r.partner_id)),
			...t.referrals.filter((r) => !partners.has(r.from_partner_id) || !partners.has(r.to_partner_id)),
			...t.contacts.filter((r) => !coordinators.has(r.coordinator_id) || !partners.has(r.partner_id)),
			...t.actions.filter((r) => !wijken.has(r.wijk_id)),
			...t.goals.filter((r) => r.wijk_id && !wijken.has(r.wijk_id))
		];
		expect(bad).toEqual([]);
	});

	it('has required values, canonical vocabulary and valid numbers and dates', () => {
		for (const p of t.partners) {
			expect(p.name && PARTNER_TYPES.includes(p.type), p.partner_id).toBe(true);
			expect(p.email.endsWith('.example') && p.phone.startsWith('000-'), p.partner_id).toBe(true);
			for (const d of [p.verified_on, p.active_from, p.active_until].filter(Boolean)) expect(isDate(d)).toBe(true);
		}
		for (const m of t.meetings) expect(isDate(m.date) && MEETING_TYPES.includes(m.type), m.meeting_id).toBe(true);
		for (const a of t.attendance) expect(isWhole(a.attendees, 1)).toBe(true);
		for (const r of t.referrals) {
			expect(isDate(r.date) && REASONS.includes(r.reason), JSON.stringify(r)).toBe(true);
			expect(isWhole(r.count, 1) && isWhole(r.feedback, 0) && Number(r.feedback) <= Number(r.count)).toBe(true);
			expect(Object.values(r).some((v) => /^\d{9}$/.test(v))).toBe(false);
		}
		for (const c of t.contacts) expect(isDate(c.date) && ['overleg', 'telefoon', 'mail', 'bezoek'].includes(c.channel)).toBe(true);
		for (const a of t.actions) {
			expect(a.title && ['gepland', 'lopend', 'afgerond', 'vervallen'].includes(a.status), a.action_id).toBe(true);
			expect((a.status === 'afgerond') === Boolean(a.done_date), a.action_id).toBe(true);
			expect(!a.done_date || a.done_date <= '2024-12-31', a.action_id).toBe(true);
		}
		for (const g of t.goals) expect(METRICS.includes(g.metric) && Number.isFinite(Number(g.target))).toBe(true);
		expect(t.referrals.some((r) => !r.referral_id && Number(r.count) > 1)).toBe(true);
	});

	it('is generated deterministically', () => {
		const dir = mkdtempSync(join(tmpdir(), 'wijkradar-demo-'));
		try {
			writeDataset(dir);
			for (const name of TABLES) expect(readFileSync(join(dir, `${name}.csv`)).equals(readFileSync(join(DEMO, `${name}.csv`))), name).toBe(true);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('the demo tells the stuurgroep story', () => {
	const series = (f: (t: Tables, period: string) => number | null) => QUARTERS.map((q) => f(t, q) ?? NaN);

	it('gets nearly every coordinator in touch with the gemeente', () => {
		expect(gemeenteContactShare(t, '2023-Q1')).toBeLessThan(0.5);
		expect(gemeenteContactShare(t, '2024-Q4')).toBeGreaterThanOrEqual(0.75);
	});

	it('raises feedback, social referrals, wijkteam links, meetings and reach', () => {
		const feedback = series(feedbackRate);
		expect(feedback[0]).toBeLessThan(0.25);
		expect(feedback[7]).toBeGreaterThan(0.55);
		feedback.slice(1).forEach((v, i) => expect(v).toBeGreaterThan(feedback[i]));
		for (const f of [socialShare, (x: Tables, q: string) => practicesLinked(x, q).share, meetingsTotal, partnersReached]) {
			const s = series(f);
			expect(s[7]).toBeGreaterThan(s[0] * 1.3);
		}
	});

	it('has exactly the deliberate gaps in 2024-Q4', () => {
		const found: Record<string, string[]> = {};
		for (const g of regionGaps(t, '2024-Q4')) {
			const parts = [g.wijk_id ?? '-', g.type ?? g.partner_id, g.to_partner_id].filter(Boolean);
			(found[g.kind] ??= []).push(parts.join(' '));
		}
		for (const list of Object.values(found)) list.sort();
		expect(found).toEqual(EXPECTED_GAPS);
	});

	it('makes Vlietpolder (W07) the weak wijk', () => {
		const edges = (w: string) => [...wijkGraph(t, w, '2024-Q4').adj.values()].reduce((s, n) => s + n.size, 0) / 2;
		for (const { wijk_id } of t.wijken.filter((w) => w.wijk_id !== 'W07')) {
			expect(coreCoverage(t, wijk_id, '2024-Q4').share, wijk_id).toBe(1);
			expect(edges(wijk_id), wijk_id).toBeGreaterThan(3 * edges('W07'));
		}
		expect(coreCoverage(t, 'W07', '2024-Q4').share).toBe(0.5);
	});
});
