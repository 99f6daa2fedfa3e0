// Serves the static build the way a static host does: precompressed files (brotli/gzip),
// long caching for hashed assets, and index.html for every app route.
import { createServer } from 'node:http';
import sirv from 'sirv';

const root = process.argv[2] ?? 'build';
const portArg = process.argv.indexOf('--port');
const port = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.PORT ?? 4173));
const host = process.env.HOST ?? '127.0.0.1';

const assets = sirv(root, {
	single: 'index.html',
	brotli: true,
	gzip: true,
	etag: true,
	setHeaders(res, pathname) {
		if (pathname.includes('/_app/immutable/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
		else res.setHeader('Cache-Control', 'no-cache');
	}
});

createServer((req, res) => assets(req, res, () => {
	res.statusCode = 404;
	res.end('Niet gevonden');
})).listen(port, host, () => console.log(`Wijkradar draait op http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`));
