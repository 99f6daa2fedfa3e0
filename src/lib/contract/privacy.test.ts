import { describe, expect, it } from 'vitest';
import { openNodeConnector } from '../db/node';
import { isBsn, isBsnSql, looksLikePatientData } from './privacy';

describe('patient-like columns', () => {
	it('are recognised in every table by their start, and names/addresses only in referrals', () => {
		expect(looksLikePatientData('partners', 'BSN-nummer')).toBe(true);
		expect(looksLikePatientData('meetings', 'Patiënt ID')).toBe(true);
		expect(looksLikePatientData('contacts', 'Geboortedatum')).toBe(true);
		expect(looksLikePatientData('referrals', 'Postcode cliënt')).toBe(true);
		expect(looksLikePatientData('referrals', 'Naam')).toBe(true);
		expect(looksLikePatientData('partners', 'Postcode')).toBe(false);
		expect(looksLikePatientData('partners', 'Opmerking')).toBe(false);
	});
});

describe('the BSN 11-proof', () => {
	const valid = ['111222333', '123456782', '999999990'];
	const invalid = ['123456789', '11122233', '1112223334', '12345678a'];

	it('accepts numbers that pass and refuses the rest', () => {
		for (const v of valid) expect(isBsn(v), v).toBe(true);
		for (const v of invalid) expect(isBsn(v), v).toBe(false);
	});

	it('gives the same answers in SQL', async () => {
		const db = await openNodeConnector();
		const values = [...valid, ...invalid];
		const rows = await db.query<{ v: string; bsn: boolean }>(
			`SELECT v, ${isBsnSql('v')} AS bsn FROM (VALUES ${values.map((v) => `('${v}')`).join(', ')}) t(v)`
		);
		expect(Object.fromEntries(rows.map((r) => [r.v, r.bsn]))).toEqual(Object.fromEntries(values.map((v) => [v, isBsn(v)])));
		await db.close();
	});
});
