import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from './cli.test-ref';
import { metricIds } from '../lib/contract';
import { gapKinds } from '../lib/metrics/gaps';

const DEMO = join(ROOT, 'data/demo');

describe('npm run metrics', () => {
	it('prints the JSON of METRICS.md for the demo region', async () => {
		const { code, stdout } = await cli('--data', DEMO, '--period', '2024-Q4');
		expect(code).toBe(0);
		const out = JSON.parse(stdout);
		expect(Object.keys(out)).toEqual(['period', 'scope', 'metrics', 'network', 'gaps', 'import']);
		expect(out.period).toBe('2024-Q4');
		expect(out.scope).toBe('region');
		expect(Object.keys(out.metrics)).toEqual([...metricIds]);
		expect(out.metrics.coordinators_gemeente_contact_share).toBe(0.8);
		expect(Object.keys(out.network)).toEqual(['nodes', 'edges', 'density', 'components', 'isolates',
			'largest_component_share', 'articulation_points', 'top_brokers']);
		expect(out.network.isolates).toEqual([...out.network.isolates].sort());
		expect(out.network.top_brokers).toHaveLength(5);
		expect(Object.keys(out.network.top_brokers[0])).toEqual(['partner_id', 'betweenness']);
		for (const gap of out.gaps) {
			expect(gapKinds).toContain(gap.kind);
			expect(Object.values(gap).every((v) => v !== undefined)).toBe(true);
		}
		expect(out.gaps.find((g: { kind: string }) => g.kind === 'one_way_referrals'))
			.toEqual({ kind: 'one_way_referrals', wijk_id: 'W06', partner_id: 'P074', to_partner_id: 'P078' });
		expect(out.gaps.find((g: { kind: string }) => g.kind === 'unknown_face')).toEqual({ kind: 'unknown_face', wijk_id: null, partner_id: 'P110' });
		expect(out.import).toEqual({ loaded: expect.objectContaining({ referrals: expect.any(Number) }), rejected: [], warnings: [] });
	});

	it('answers for one wijk', async () => {
		const { code, stdout } = await cli('--data', DEMO, '--period', '2024-Q4', '--wijk', 'W07');
		expect(code).toBe(0);
		const out = JSON.parse(stdout);
		expect(out.scope).toBe('W07');
		expect(out.metrics.core_type_coverage).toBe(0.5);
	});

	it('answers for a region whose ids are `__proto__`, `constructor`, `toString`, … as for any other', async () => {
		const folder = join(ROOT, 'tests/fixtures/hostile/prototype-ids');
		const region = await cli('--data', folder, '--period', '2024-Q4');
		expect([region.code, region.stderr]).toEqual([0, '']);
		const out = JSON.parse(region.stdout);
		expect(out.network).toMatchObject({ nodes: 5, edges: 6, isolates: [], articulation_points: ['toString'] });
		expect(out.metrics.referrals_total).toBe(9);
		const wijk = await cli('--data', folder, '--period', '2024-Q4', '--wijk', 'constructor');
		expect(wijk.code).toBe(0);
		expect(JSON.parse(wijk.stdout)).toMatchObject({ scope: 'constructor', network: { nodes: 3, edges: 3 } });
	});

	it('exits 0 and lists rejected rows with file, line, column and reason', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'metrics-'));
		writeFileSync(join(dir, 'partners.csv'), 'partner_id,name,type\nP1,Praktijk,huisarts\nP2,,huisarts\n');
		const { code, stdout } = await cli('--data', dir, '--period', '2024-Q1');
		expect(code).toBe(0);
		expect(JSON.parse(stdout).import.rejected).toEqual([{ file: 'partners.csv', line: 3, column: 'name', reason: 'verplichte waarde ontbreekt' }]);
	});

	it('lists every rejected row, also beyond 10,000 (METRICS.md: "however many")', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'metrics-'));
		const rows = Array.from({ length: 12_345 }, (_, i) => `P${i},,huisarts`).join('\n');
		writeFileSync(join(dir, 'partners.csv'), `partner_id,name,type\nP,Praktijk,huisarts\n${rows}\n`);
		const { code, stdout } = await cli('--data', dir, '--period', '2024-Q1');
		expect(code).toBe(0);
		const { rejected } = JSON.parse(stdout).import;
		expect(rejected).toHaveLength(12_345);
		expect(rejected.at(-1)).toEqual({ file: 'partners.csv', line: 12_347, column: 'name', reason: 'verplichte waarde ontbreekt' });
	});

	it('exits 2 on bad arguments, with the reason on stderr', async () => {
		for (const args of [['--period', '2024-Q4'], ['--data', DEMO], ['--data', DEMO, '--period', '2024-5'], ['--data', DEMO, '--period', '2024-Q4', '--what']]) {
			const { code, stdout, stderr } = await cli(...args);
			expect([code, stdout], args.join(' ')).toEqual([2, '']);
			expect(stderr).toContain('Gebruik: npm run metrics');
		}
		const unknown = await cli('--data', DEMO, '--period', '2024-Q4', '--wijk', 'W99');
		expect(unknown.code).toBe(2);
		expect(unknown.stderr).toContain('Onbekende wijk "W99"');
	});

	it('exits 1 when the data cannot be read at all', async () => {
		expect((await cli('--data', join(DEMO, 'missing'), '--period', '2024-Q4')).code).toBe(1);
		const dir = mkdtempSync(join(tmpdir(), 'metrics-'));
		writeFileSync(join(dir, 'photo.csv'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
		const { code, stdout, stderr } = await cli('--data', dir, '--period', '2024-Q4');
		expect([code, stdout]).toEqual([1, '']);
		expect(stderr).toContain('afbeelding (PNG)');
		// Unreadable data is exit 1 even when a wijk was asked for, which then cannot be checked.
		expect((await cli('--data', dir, '--period', '2024-Q4', '--wijk', 'W01')).code).toBe(1);
	});
});
