import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// duckdb-wasm ships its own workers and wasm; pre-bundling breaks their URLs.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	build: {
		chunkSizeWarningLimit: 1500,
		// The demo's small CSVs stay files: inlined as data: URLs, fetching them would need connect-src data:.
		assetsInlineLimit: (file) => (file.endsWith('.csv') ? false : undefined)
	},
	server: { fs: { allow: ['data'] } },
	test: {
		include: ['src/**/*.test.ts', 'data/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000
	}
});
