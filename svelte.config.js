import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		// A single-page app: every route is rendered in the browser, so any static host can serve it.
		adapter: adapter({ fallback: 'index.html', precompress: false }),
		paths: { relative: true },
		// A meta tag, since any static host must serve it; SvelteKit adds the hash of its one inline script.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self'],
				'connect-src': ['self'],
				// Svelte sets style attributes and CodeMirror adds <style> elements: no script runs from either.
				'style-src': ['self', 'unsafe-inline'],
				// blob: for the PNG export (an SVG drawn on a canvas through an <img>); nothing from other hosts.
				'img-src': ['self', 'blob:', 'data:'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['none']
			}
		}
	}
};
