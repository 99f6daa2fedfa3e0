import { prepareFile, type FileToPrepare } from './prepare-file';

self.onmessage = async (event: MessageEvent<{ file: FileToPrepare; lock: string }>) => {
	// Held until this worker is gone, however it goes: that is how the page learns it went (workers/watch.ts).
	await new Promise<void>((held) => navigator.locks.request(event.data.lock, () => (held(), new Promise(() => {}))));
	try {
		const sources = await prepareFile(event.data.file);
		const buffers = sources.flatMap((s) => [s.text.bytes.buffer, s.text.recordLines.buffer]) as ArrayBuffer[];
		self.postMessage({ sources }, { transfer: buffers });
	} catch (error) {
		self.postMessage({ error: error instanceof Error ? error.message : String(error) });
	}
};
