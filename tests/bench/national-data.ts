// A national monitor's data: `zorggroepen` regions of 20 wijken and 2,000 partners each (the metrics
// benchmark's region, seeded per zorggroep), every id prefixed with the zorggroep's code so that one
// folder can hold them all. Written as one folder per zorggroep plus a national folder of hard links.
import { link, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { regionFiles } from './metrics-data';
import { referralsCsv } from './import-data';

/** The ids of the generated region (W01, P0001, C01, M00001, A0001, R0000001), whole words only. */
const ID = /\b([WPCMAR]\d{2,7})\b/g;

export const zorggroepCode = (i: number) => `Z${String(i + 1).padStart(2, '0')}`;

/** One zorggroep's files, by file name, its ids prefixed (`Z07-W03`) and its referrals seeded of its own. */
export function zorggroepFiles(i: number, referrals: number): Map<string, Buffer> {
	const code = zorggroepCode(i);
	const files = regionFiles(referrals, 100 + i);
	files.set('referrals.csv', referralsCsv(referrals, 1_000 + i));
	const prefixed = new Map<string, Buffer>();
	for (const [name, bytes] of files) {
		const text = bytes.toString('utf8').replace(ID, `${code}-$1`).replace(/,Wijk (\d+)/g, `,${code} wijk $1`);
		prefixed.set(name, Buffer.from(text, 'utf8'));
	}
	return prefixed;
}

/**
 * Writes `<out>/<Znn>/` per zorggroep and `<out>/nationaal/` holding every zorggroep's files as
 * `<table>_<Znn>.csv` (hard links: the contract appends several files of one table in one import).
 * Returns the folders and the referrals written in all.
 */
export async function writeNational(out: string, zorggroepen: number, referralsEach: number) {
	await rm(out, { recursive: true, force: true });
	const national = join(out, 'nationaal');
	await mkdir(national, { recursive: true });
	const folders: string[] = [];
	for (let i = 0; i < zorggroepen; i++) {
		const folder = join(out, zorggroepCode(i));
		await mkdir(folder);
		for (const [name, bytes] of zorggroepFiles(i, referralsEach)) {
			await writeFile(join(folder, name), bytes);
			// Every zorggroep carries the same region-wide goals; the national folder takes them once.
			if (name !== 'goals.csv' || i === 0) await link(join(folder, name), join(national, name.replace(/\.csv$/, `_${zorggroepCode(i)}.csv`)));
		}
		folders.push(folder);
	}
	return { folders, national, referrals: zorggroepen * referralsEach };
}
