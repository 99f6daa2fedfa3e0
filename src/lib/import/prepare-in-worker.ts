import { t } from '$lib/i18n';
import { type ImportFile } from './run-import';
import { type PreparedSource } from './prepare-file';
import { lifeLock, runningWorkers, whenGone } from '../workers/watch';
import PrepareWorker from './prepare.worker?worker';

/** Decodes and parses one file in a worker, so a large file never blocks the page. */
export function prepareInWorker(file: ImportFile): Promise<PreparedSource[]> {
	const worker = new PrepareWorker();
	const lock = lifeLock('prepare');
	runningWorkers.set(worker, { kind: 'prepare', lock });
	return new Promise<PreparedSource[]>((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<{ sources?: PreparedSource[]; error?: string }>) => {
			if (event.data.error !== undefined) reject(new Error(event.data.error));
			else resolve(event.data.sources!);
		};
		worker.onerror = (event) => reject(new Error(event.message || t('data.readFailed')));
		// Settling first makes this a no-op: the finally below terminates the worker, which frees the lock too.
		void whenGone(lock, () => runningWorkers.has(worker)).then(() => reject(new Error(t('data.workerGone'))));
		worker.postMessage({ file, lock }, [file.bytes.buffer]);
	}).finally(() => {
		runningWorkers.delete(worker);
		worker.terminate();
	});
}
