import { type ImportFile } from '../import';

// Vite emits the committed demo files as assets of the build, so the app serves them itself.
const urls = import.meta.glob('/data/demo/*.csv', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

/** The demo region's files, fetched from the app's own origin. */
export async function demoFiles(): Promise<ImportFile[]> {
	return Promise.all(
		Object.entries(urls).map(async ([path, url]) => {
			const response = await fetch(url);
			if (!response.ok) throw new Error(`Demobestand ${path} niet gevonden (${response.status})`);
			return { name: path.split('/').pop()!, bytes: new Uint8Array(await response.arrayBuffer()) };
		})
	);
}
