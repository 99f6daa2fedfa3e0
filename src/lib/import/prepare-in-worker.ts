import { type ImportFile } from './run-import';
import { type PreparedSource } from './prepare-file';
import PrepareWorker from './prepare.worker?worker';

/** Decodes and parses one file in a worker, so a large file never blocks the page. */
export function prepareInWorker(file: ImportFile): Promise<PreparedSource[]> {
	const worker = new PrepareWorker();
	return new Promise<PreparedSource[]>((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<{ sources?: PreparedSource[]; error?: string }>) => {
			if (event.data.error !== undefined) reject(new Error(event.data.error));
			else resolve(event.data.sources!);
		};
		worker.onerror = (event) => reject(new Error(event.message || 'Het bestand kon niet worden gelezen.'));
		worker.postMessage(file, [file.bytes.buffer]);
	}).finally(() => worker.terminate());
}
