// Writes .br and .gz beside every compressible file of the build, so a static host (and
// scripts/serve.js) can send the 34 MB DuckDB wasm as ~6 MB. Brotli quality 6, not adapter-static's
// 11: measured on this machine, 11 costs ~95 s of CPU per build for a few percent.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);
const compressible = /\.(js|mjs|css|html|json|svg|wasm|csv|txt|map)$/;

/** @param {string} dir @returns {AsyncGenerator<string>} */
async function* walk(dir) {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* walk(path);
		else yield path;
	}
}

const root = process.argv[2] ?? 'build';
const started = performance.now();
let before = 0;
let after = 0;
for await (const path of walk(root)) {
	if (!compressible.test(path) || (await stat(path)).size < 1024) continue;
	const data = await readFile(path);
	const [br, gzipped] = await Promise.all([
		brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
		gz(data, { level: 9 })
	]);
	await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)]);
	before += data.length;
	after += br.length;
}
const mb = (/** @type {number} */ n) => (n / 1e6).toFixed(1);
console.log(`precompress: ${mb(before)} MB → ${mb(after)} MB brotli in ${((performance.now() - started) / 1000).toFixed(1)} s`);
