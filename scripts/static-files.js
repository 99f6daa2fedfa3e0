// Serves a static build as a static host does: precompressed siblings (.br, .gz), long caching for
// hashed assets, index.html for every app route. Written here rather than taken from sirv because
// sirv pipes read streams without an error handler: a file that goes missing or unreadable in
// build/ after the start (a rebuild, a deploy) killed the whole server. Here it is a 404 or a 500.
import { open } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { lookup } from 'mrmime';

const MISSING = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'ENAMETOOLONG']);

/** @param {string} root @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>} */
export function staticFiles(root, { fallback = 'index.html', log = console.error } = {}) {
	const base = resolve(root);

	/** @param {import('node:http').ServerResponse} res @param {number} status @param {string} text */
	const plain = (res, status, text) => {
		res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
		res.end(text);
	};

	/**
	 * Opens the best file for a path: a precompressed sibling the client accepts, else the file itself.
	 * @param {string} file @param {string} accepts
	 */
	async function openBest(file, accepts) {
		for (const [suffix, encoding] of [['.br', 'br'], ['.gz', 'gzip']]) {
			if (!accepts.includes(encoding)) continue;
			const handle = await open(file + suffix).catch(() => null);
			if (handle) return { handle, encoding };
		}
		return { handle: await open(file), encoding: undefined };
	}

	/** @param {string} file @param {string} accepts */
	async function openFile(file, accepts) {
		const opened = await openBest(file, accepts);
		const stats = await opened.handle.stat();
		if (stats.isFile()) return { ...opened, stats, file };
		await opened.handle.close();
		throw Object.assign(new Error(`not a file: ${file}`), { code: 'EISDIR' });
	}

	/** @param {unknown} error @returns {string | undefined} */
	const codeOf = (error) => /** @type {{ code?: string }} */ (error)?.code;

	return async function handle(req, res) {
		if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Methode niet toegestaan');
		let pathname = '';
		try {
			pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
		} catch {
			return plain(res, 400, 'Ongeldig adres');
		}
		const wanted = resolve(base, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
		if (wanted !== base && !wanted.startsWith(base + sep)) return plain(res, 404, 'Niet gevonden');
		const accepts = String(req.headers['accept-encoding'] ?? '');

		let found;
		try {
			found = await openFile(wanted, accepts).catch(async (error) => {
				// An app route (no extension) gets the app; a missing asset stays missing.
				if (!MISSING.has(codeOf(error) ?? '') || extname(pathname)) throw error;
				return openFile(resolve(base, fallback), accepts);
			});
		} catch (error) {
			if (MISSING.has(codeOf(error) ?? '')) return plain(res, 404, 'Niet gevonden');
			log(`Wijkradar-server: ${pathname} is niet te lezen (${codeOf(error) ?? String(error)})`);
			return plain(res, 500, 'Dit bestand van de server is niet te lezen.');
		}

		const { handle: fileHandle, encoding, stats, file } = found;
		const type = lookup(file) ?? 'application/octet-stream';
		const etag = `W/"${stats.size.toString(36)}-${stats.mtimeMs.toString(36)}${encoding ? `-${encoding}` : ''}"`;
		res.setHeader('Content-Type', /^(text\/|application\/(javascript|json))/.test(type) ? `${type}; charset=utf-8` : type);
		res.setHeader('Cache-Control', pathname.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache');
		res.setHeader('Vary', 'Accept-Encoding');
		res.setHeader('ETag', etag);
		if (encoding) res.setHeader('Content-Encoding', encoding);
		if (req.headers['if-none-match'] === etag || req.method === 'HEAD') {
			res.statusCode = req.headers['if-none-match'] === etag ? 304 : 200;
			if (res.statusCode === 200) res.setHeader('Content-Length', stats.size);
			await fileHandle.close();
			return void res.end();
		}
		res.setHeader('Content-Length', stats.size);
		const stream = fileHandle.createReadStream();
		stream.on('error', (error) => {
			log(`Wijkradar-server: lezen van ${pathname} mislukt (${error.message})`);
			if (res.headersSent) res.destroy(error);
			else plain(res, 500, 'Dit bestand van de server is niet te lezen.');
		});
		stream.pipe(res);
	};
}
