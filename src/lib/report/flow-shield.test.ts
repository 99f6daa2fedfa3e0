import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGION_SCOPE, scopeFlows, shieldFlowCube, type WijkFlow } from './flow-shield';

const flow = (wijk: string | null, from: string, to: string, count: number): WijkFlow =>
	({ wijk_id: wijk, from_key: from, from_label: from, to_key: to, to_label: to, to_domain: 'sociaal', count, feedback: 0 });

describe('the flows\' suppression across a batch of reports', () => {
	// W1: practices → welzijn 3, → wijkteam 20; W2: → welzijn 30, → wijkteam 40. The region: 33 and 60.
	const cube = [flow('W1', 'hap', 'welzijn', 3), flow('W1', 'hap', 'wijkteam', 20), flow('W2', 'hap', 'welzijn', 30), flow('W2', 'hap', 'wijkteam', 40)];

	it('hides in a wijk\'s report what the region\'s less the other wijken\'s would give back', () => {
		const shield = shieldFlowCube(cube, 10, ['W1', 'W2']);
		const w1 = shield.of('W1'), w2 = shield.of('W2'), region = shield.of(null);
		// W1's own line hides its 20 beside the 3; the region's 33 less W2's 30 would give the 3 back, so W2's 30 goes,
		// and with it W2's 40 (its own line, and the region's 60 less W1's hidden 20).
		expect([w1.cell('hap', 'welzijn'), w1.cell('hap', 'wijkteam'), w1.sender('hap'), w1.total]).toEqual([true, true, false, false]);
		expect([w2.cell('hap', 'welzijn'), w2.cell('hap', 'wijkteam'), w2.sender('hap'), w2.total]).toEqual([true, true, false, false]);
		expect([region.cell('hap', 'welzijn'), region.cell('hap', 'wijkteam'), region.sender('hap'), region.total]).toEqual([false, false, false, false]);
		expect([shield.total('W1'), shield.total(null), shield.total(REGION_SCOPE)]).toEqual([false, false, false]);
	});

	it('counts a wijk id outside the wijken as "zonder wijk", as the wijken table does', () => {
		const shield = shieldFlowCube([...cube, flow('W9', 'hap', 'welzijn', 4)], 10, ['W1', 'W2']);
		expect(shield.total(null)).toBe(true);
		expect(shield.of('W9').total).toBe(false);
	});

	it('sums a scope\'s flows: a wijk\'s own, the region\'s all', () => {
		expect(scopeFlows(cube, null).map((f) => `${f.to_key} ${f.count}`)).toEqual(['wijkteam 60', 'welzijn 33']);
		expect(scopeFlows(cube, 'W1').map((f) => `${f.to_key} ${f.count}`)).toEqual(['wijkteam 20', 'welzijn 3']);
	});

	it('lets no hidden count of any report of the batch be had by subtracting along the lines of all of them', () => {
		const count = fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 4, arbitrary: fc.integer({ min: 1, max: 19 }) }, { weight: 1, arbitrary: fc.integer({ min: 20, max: 80 }) });
		const batch = fc.record({
			wijken: fc.integer({ min: 1, max: 4 }), senders: fc.integer({ min: 1, max: 3 }), receivers: fc.integer({ min: 1, max: 3 }), k: fc.integer({ min: 5, max: 20 })
		}).chain((size) => fc.array(count, { minLength: (size.wijken + 1) * size.senders * size.receivers, maxLength: (size.wijken + 1) * size.senders * size.receivers })
			.map((counts) => ({ ...size, counts })));
		fc.assert(fc.property(batch, ({ wijken, senders, receivers, k, counts }) => {
			const scopes = [...Array.from({ length: wijken }, (_, w) => `W${w}`), null];
			const from = Array.from({ length: senders }, (_, s) => `s${s}`), to = Array.from({ length: receivers }, (_, r) => `r${r}`);
			const cube = scopes.flatMap((w, wi) => from.flatMap((s, si) => to.map((r, ri) => flow(w, s, r, counts[(wi * senders + si) * receivers + ri])))).filter((f) => f.count > 0);
			const shield = shieldFlowCube(cube, k, scopes.filter((w) => w !== null));
			// What a reader of the whole batch sees: every cell, sender total and total of each report, hidden or known.
			// "Zonder wijk" is in no report but its total, in the region's wijken table: its cells are known only once derived.
			const value = (w: string | null | 'region', s?: string, r?: string) => cube.filter((f) => (w === 'region' || f.wijk_id === w) && (!s || f.from_key === s) && (!r || f.to_key === r)).reduce((n, f) => n + f.count, 0);
			const hidden = (w: string | null | 'region', s?: string, r?: string) => {
				const h = shield.of(w === 'region' ? null : w);
				return w === null ? (s ? true : shield.total(null)) : r ? h.cell(s!, r) : s ? h.sender(s) : h.total;
			};
			const all = [...scopes, 'region' as const];
			const key = (w: string | null, s?: string, r?: string) => JSON.stringify([w, s ?? null, r ?? null]);
			const known = new Map<string, boolean>();
			for (const w of all) for (const s of [undefined, ...from]) for (const r of s ? [undefined, ...to] : [undefined]) known.set(key(w, s, r), !hidden(w, s, r));
			const lines: string[][] = [];
			for (const w of all) {
				for (const s of from) lines.push([...to.map((r) => key(w, s, r)), key(w, s)]);
				lines.push([...from.map((s) => key(w, s)), key(w)]);
			}
			for (const s of from) {
				for (const r of to) lines.push([...scopes.map((w) => key(w, s, r)), key('region', s, r)]);
				lines.push([...scopes.map((w) => key(w, s)), key('region', s)]);
			}
			lines.push([...scopes.map((w) => key(w)), key('region')]);
			for (let learned = true; learned;) {
				learned = false;
				for (const line of lines) {
					const unknown = line.filter((c) => !known.get(c));
					if (unknown.length === 1) [learned] = [true, known.set(unknown[0], true)];
				}
			}
			for (const w of all.filter((w) => w !== null)) for (const s of [undefined, ...from]) for (const r of s ? [undefined, ...to] : [undefined]) {
				if (hidden(w, s, r)) expect(known.get(key(w, s, r)), `${key(w, s, r)} = ${value(w, s, r)}`).toBe(false);
			}
		}), { numRuns: 500 });
	});
});
