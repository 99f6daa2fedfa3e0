import { expect, openReady, test } from './fixtures';

const ROUTES = ['/', '/netwerk', '/verwijzingen', '/wijken', '/rapport', '/notebooks', '/data'];

test('the build carries a strict Content-Security-Policy, and every route runs under it without a violation', async ({ page, watch }) => {
	for (const route of ROUTES) {
		await openReady(page, route);
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(policy, route).toMatch(/default-src 'self'/);
		expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'(;|$)/);
		expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
		for (const directive of ["worker-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'"]) expect(policy).toContain(directive);
	}
	// The fixture fails the test on any violation; this says it for the record.
	expect(watch.cspViolations).toEqual([]);
});

// eval is not tried here: code that Playwright evaluates is exempt from the page's policy; the policy's exact
// script-src above (no 'unsafe-eval') is what refuses it.
test('an injected inline script, event handler and javascript: URL are all refused', async ({ page, watch }) => {
	await openReady(page, '/');
	const ran = await page.evaluate(async () => {
		const flags = window as unknown as Record<string, boolean>;
		const script = document.createElement('script');
		script.textContent = 'window.ranInline = true';
		document.head.append(script);
		const holder = document.createElement('div');
		holder.innerHTML = '<img src="data:," onerror="window.ranHandler = true"><a href="javascript:window.ranLink = true">x</a>';
		document.body.append(holder);
		holder.querySelector('a')!.click();
		await new Promise((done) => setTimeout(done, 300));
		holder.remove();
		return { inline: !!flags.ranInline, handler: !!flags.ranHandler, link: !!flags.ranLink };
	});
	expect(ran).toEqual({ inline: false, handler: false, link: false });
	// The <script> and the javascript: link are both script-src-elem; the onerror handler is script-src-attr.
	expect(watch.cspViolations.map((v) => v.split(' (')[0]).sort()).toEqual(['script-src-attr refused inline', 'script-src-elem refused inline', 'script-src-elem refused inline']);
	// What was refused here was this test's own doing; the fixture would otherwise fail on it.
	watch.cspViolations.length = 0;
	watch.consoleErrors.splice(0, Infinity, ...watch.consoleErrors.filter((e) => !/Content Security Policy/.test(e)));
});
