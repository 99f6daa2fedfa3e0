import { WorkbookError } from './workbook-error';
import { entryData, type ZipEntry } from './zip-directory';

/**
 * Unpacks one zip entry with the platform's own inflater (browsers and Node ≥ 20) into a buffer of
 * the declared size, and gives up as soon as the output would overflow it: a zip bomb that lies
 * about its size costs at most what it declares. Output that ends short of it is corrupt too.
 */
export async function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Promise<Uint8Array> {
	const data = entryData(bytes, entry);
	if (entry.method === 0) {
		if (data.byteLength !== entry.size) throw new WorkbookError('corrupt');
		return data;
	}
	if (entry.method !== 8) throw new WorkbookError('corrupt');

	const out = new Uint8Array(entry.size);
	const reader = singleChunkStream(data).pipeThrough(new DecompressionStream('deflate-raw')).getReader();
	let produced = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			if (produced + value.byteLength > entry.size) throw new WorkbookError('corrupt');
			out.set(value, produced);
			produced += value.byteLength;
		}
	} catch (error) {
		reader.cancel().catch(() => {});
		throw error instanceof WorkbookError ? error : new WorkbookError('corrupt', { cause: error });
	}
	if (produced !== entry.size) throw new WorkbookError('corrupt');
	return out;
}

function singleChunkStream(chunk: Uint8Array): ReadableStream<Uint8Array<ArrayBuffer>> {
	// DecompressionStream only accepts chunks backed by a plain ArrayBuffer.
	const plain = chunk.buffer instanceof ArrayBuffer ? (chunk as Uint8Array<ArrayBuffer>) : new Uint8Array(chunk);
	return new ReadableStream({
		start(controller) {
			controller.enqueue(plain);
			controller.close();
		}
	});
}
