import { prepareFile, type FileToPrepare } from './prepare-file';

self.onmessage = async (event: MessageEvent<FileToPrepare>) => {
	try {
		const sources = await prepareFile(event.data);
		const buffers = sources.flatMap((s) => [s.text.bytes.buffer, s.text.recordLines.buffer]) as ArrayBuffer[];
		self.postMessage({ sources }, { transfer: buffers });
	} catch (error) {
		self.postMessage({ error: error instanceof Error ? error.message : String(error) });
	}
};
