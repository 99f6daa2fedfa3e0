import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Not 4173, where `npm start` serves: the tests always start their own fresh build.
// E2E_PORT lets two work trees run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4317);
// Debian's Chromium where present (this machine and CI cannot download Playwright's own build);
// elsewhere Playwright's bundled browser.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
	testDir: './e2e',
	outputDir: './.output',
	// A test opens up to five fresh pages, each starting the engine and the demo: 2–3 s on a quiet
	// machine, 7–9 s measured on a busy 2-core one (2026-12-01). Speed is measured by the benchmarks.
	timeout: 150_000,
	expect: { timeout: 20_000 },
	workers: 2,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-dev-shm-usage',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: {
		command: `npm run build && node scripts/serve.js build --port ${port}`,
		cwd: '..',
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 240_000,
		stdout: 'ignore'
	}
});
