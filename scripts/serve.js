// `npm run serve`: the static build on http://127.0.0.1:4173/ (or --port, PORT, HOST).
import { createServer } from 'node:http';
import { staticFiles } from './static-files.js';

const root = process.argv[2] ?? 'build';
const portArg = process.argv.indexOf('--port');
const port = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.PORT ?? 4173));
const host = process.env.HOST ?? '127.0.0.1';

const handle = staticFiles(root);
createServer((req, res) => {
	handle(req, res).catch((error) => {
		console.error('Wijkradar-server:', error);
		if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
		res.end('Serverfout');
	});
}).listen(port, host, () => console.log(`Wijkradar draait op http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`));
