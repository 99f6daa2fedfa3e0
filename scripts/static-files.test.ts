import { createServer, type Server } from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticFiles } from './static-files.js';

const root = mkdtempSync(join(tmpdir(), 'wijkradar-serve-'));
const logged: string[] = [];
let server: Server;
let base = '';

const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers: { 'accept-encoding': 'br, gzip', ...headers } });

beforeAll(async () => {
	writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
	writeFileSync(join(root, 'index.html.br'), brotliCompressSync('<!doctype html><title>app</title>'));
	mkdirSync(join(root, '_app/immutable'), { recursive: true });
	writeFileSync(join(root, '_app/immutable/entry.js'), 'export {}');
	symlinkSync('loop-b.js', join(root, 'loop-a.js'));
	symlinkSync('loop-a.js', join(root, 'loop-b.js'));
	const handle = staticFiles(root, { log: (line: string) => logged.push(line) });
	server = createServer((req, res) => void handle(req, res));
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => {
	server.close();
	rmSync(root, { recursive: true, force: true });
});

describe('the static server (npm start)', () => {
	it('sends the precompressed sibling the client accepts, and the app for every route', async () => {
		const page = await get('/wijken?periode=2024-Q4');
		expect(page.status).toBe(200);
		expect(page.headers.get('content-encoding')).toBe('br');
		expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(await page.text()).toContain('<title>app</title>');
		const asset = await get('/_app/immutable/entry.js');
		expect(asset.headers.get('cache-control')).toContain('immutable');
		expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
	});

	it('answers 304 to a matching ETag', async () => {
		const first = await get('/_app/immutable/entry.js');
		const again = await get('/_app/immutable/entry.js', { 'if-none-match': first.headers.get('etag')! });
		expect(again.status).toBe(304);
	});

	it('survives a build that changes under it: a sibling gone, a file gone, a file unreadable', async () => {
		rmSync(join(root, 'index.html.br'));
		const plain = await get('/');
		expect(plain.status).toBe(200);
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(await plain.text()).toContain('<title>app</title>');

		rmSync(join(root, '_app/immutable/entry.js'));
		expect((await get('/_app/immutable/entry.js')).status).toBe(404);

		const unreadable = await get('/loop-a.js');
		expect(unreadable.status).toBe(500);
		expect(await unreadable.text()).toMatch(/niet te lezen/);
		expect(logged.join('\n')).toMatch(/loop-a\.js.*ELOOP/);

		rmSync(join(root, 'index.html'));
		expect((await get('/netwerk')).status).toBe(404);
		writeFileSync(join(root, 'index.html'), '<!doctype html><title>back</title>');
		expect(await (await get('/netwerk')).text()).toContain('back');
	});

	it('serves nothing outside its folder and refuses a malformed address', async () => {
		expect((await get('/..%2f..%2f..%2fetc%2fpasswd')).status).toBe(404);
		expect(await (await get('/%2e%2e/%2e%2e/etc/passwd')).text()).not.toContain('root:');
		expect((await get('/%E0%A4%A')).status).toBe(400);
		expect((await fetch(base + '/', { method: 'POST' })).status).toBe(405);
	});
});
