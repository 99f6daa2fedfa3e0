import { chromium, test as base, expect, type BrowserContext, type Page, type TestInfo } from '@playwright/test';

export interface Watch {
	/** Every URL the page and its workers requested. */
	requests: string[];
	foreign: string[];
	consoleErrors: string[];
	/** Every `securitypolicyviolation` the Content-Security-Policy reported in a page. */
	cspViolations: string[];
}

/** The test running in this worker process: profiles opened during it report to its watch. */
let current: Watch | undefined;

/** Opens the app's test door (`window.wijkradar`) in every page of `context`: the app has none otherwise. */
export const enableTestHooks = (context: BrowserContext) => context.addInitScript(() => (window.wijkradarTestHooks = true));

/**
 * Every test's pages: their requests (workers included), console errors and CSP violations are
 * recorded; a request to any host but the app's own is blocked and fails the test afterwards, as do
 * console errors and violations.
 */
export const test = base.extend<{ watch: Watch }>({
	watch: [async ({ context, baseURL }, use) => {
		await enableTestHooks(context);
		const own = new URL(baseURL!).host;
		const watch: Watch = { requests: [], foreign: [], consoleErrors: [], cspViolations: [] };
		current = watch;
		await watchCsp(context, watch);
		const isForeign = (url: string) => /^(https?|wss?):/.test(url) && new URL(url).host !== own;
		await context.route('**/*', (route) => {
			const url = route.request().url();
			return isForeign(url) ? route.abort('blockedbyclient') : route.fallback();
		});
		context.on('request', (request) => {
			watch.requests.push(request.url());
			if (isForeign(request.url())) watch.foreign.push(request.url());
		});
		context.on('page', (page) => watchPage(page, watch));
		await use(watch);
		expect(watch.foreign, 'requests to other hosts').toEqual([]);
		expect(watch.cspViolations, 'Content-Security-Policy violations').toEqual([]);
		expect(watch.consoleErrors, 'console errors').toEqual([]);
		current = undefined;
	}, { auto: true }]
});

/** Records what the page's policy refused, with the directive and the source, for the test to fail on. */
export async function watchCsp(context: BrowserContext, watch: Pick<Watch, 'cspViolations'>): Promise<void> {
	await context.exposeBinding('wijkradarCspViolation', (_source, text: string) => void watch.cspViolations.push(text));
	await context.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { wijkradarCspViolation: (text: string) => void }).wijkradarCspViolation;
			report(`${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${event.sourceFile || location.pathname}:${event.lineNumber})`);
		})
	);
}

function watchPage(page: Page, watch: Watch): void {
	page.on('console', (message) => {
		if (message.type() === 'error') watch.consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => watch.consoleErrors.push(error.message));
}

/** Opens a view and waits until the app says it has loaded its data and rendered. */
export async function openReady(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await waitReady(page);
}

/** Reloads the page, as a user pressing F5, and waits as `openReady` does: the stored data comes back first. */
export async function reloadReady(page: Page): Promise<void> {
	await page.reload();
	await waitReady(page);
}

// A fresh page starts the engine and restores or loads its data: 2–3 s on a quiet machine, 20 s and more seen on a
// loaded 2-core CI machine (2026-12-02). The wait is not a speed target; the benchmarks measure that.
const waitReady = (page: Page) => expect(page.locator('.app')).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });

export { expect };

/** A browser with its own profile folder, as a user's browser is, started again by each call: its first page, ready to use. */
export async function openProfile(testInfo: TestInfo, baseURL: string | undefined): Promise<{ browser: BrowserContext; page: Page }> {
	const browser = await chromium.launchPersistentContext(testInfo.outputPath('profile'), { ...testInfo.project.use.launchOptions, baseURL });
	await enableTestHooks(browser);
	if (current) await watchCsp(browser, current);
	return { browser, page: browser.pages()[0] ?? (await browser.newPage()) };
}
