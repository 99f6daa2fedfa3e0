import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		// A single-page app: every route is rendered in the browser, so any static host can serve it.
		adapter: adapter({ fallback: 'index.html', precompress: false }),
		paths: { relative: true }
	}
};
