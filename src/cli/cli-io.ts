import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Ends the command with METRICS.md's exit status: 2 for bad arguments (with the usage), 1 when the data could not be read. */
export function fail(code: 1 | 2, reason: string, usage = ''): never {
	process.stderr.write(`${reason}\n${code === 2 && usage ? `${usage}\n` : ''}`);
	process.exit(code);
}

/** Every file of a folder, as an import gets them (hidden files left out). */
export async function readFolder(folder: string) {
	if (!(await stat(folder).catch(() => null))?.isDirectory()) fail(1, `Geen map: ${folder}`);
	const entries = await readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) =>
		fail(1, `De map ${folder} kan niet worden gelezen (${error.code ?? error.message}).`));
	const names = entries.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name).sort();
	if (!names.length) fail(1, `De map ${folder} bevat geen bestanden.`);
	return Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(folder, name))) })));
}
