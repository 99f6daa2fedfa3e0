import { WorkbookError } from './workbook-error';

/** One file inside a zip archive, as its central directory describes it. */
export interface ZipEntry {
	name: string;
	/** 0 = stored, 8 = deflate; anything else cannot be read. */
	method: number;
	encrypted: boolean;
	compressedSize: number;
	/** As declared by the archive; a hostile file may lie, so inflating must verify it. */
	size: number;
	/** Where the entry's compressed bytes start. */
	dataOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const MAX_32 = 0xffffffff;
/** The end record sits in the last 22 bytes plus a comment of at most 65535 bytes. */
const MAX_END_SEARCH = 22 + 0xffff;

const corrupt = () => new WorkbookError('corrupt');

/** Reads the central directory of a zip archive; throws WorkbookError('corrupt') when it is not intact. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const u16 = (at: number) => view.getUint16(at, true);
	const u32 = (at: number) => view.getUint32(at, true);
	const u64 = (at: number) => u32(at) + u32(at + 4) * 2 ** 32;
	const inside = (at: number, length: number) => at >= 0 && at + length <= bytes.byteLength;

	let end = bytes.byteLength - 22;
	while (end >= 0 && bytes.byteLength - end <= MAX_END_SEARCH && u32(end) !== END_OF_DIRECTORY) end--;
	if (end < 0 || bytes.byteLength - end > MAX_END_SEARCH) throw corrupt();

	let count = u16(end + 10);
	let offset = u32(end + 16);
	if (inside(end - 20, 20) && u32(end - 20) === ZIP64_LOCATOR) {
		const zip64End = u64(end - 12);
		if (!inside(zip64End, 56) || u32(zip64End) !== ZIP64_END_OF_DIRECTORY) throw corrupt();
		count = u64(zip64End + 32);
		offset = u64(zip64End + 48);
	}

	const decoder = new TextDecoder();
	const entries: ZipEntry[] = [];
	for (let i = 0; i < count; i++) {
		if (!inside(offset, 46) || u32(offset) !== DIRECTORY_ENTRY) throw corrupt();
		const nameLength = u16(offset + 28);
		const extraLength = u16(offset + 30);
		const commentLength = u16(offset + 32);
		if (!inside(offset + 46, nameLength + extraLength + commentLength)) throw corrupt();
		const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
		const sizes = { compressed: u32(offset + 20), size: u32(offset + 24), local: u32(offset + 42) };
		readZip64Extra(offset + 46 + nameLength, extraLength, sizes);

		if (!inside(sizes.local, 30) || u32(sizes.local) !== LOCAL_HEADER) throw corrupt();
		const dataOffset = sizes.local + 30 + u16(sizes.local + 26) + u16(sizes.local + 28);
		if (!inside(dataOffset, sizes.compressed)) throw corrupt();
		entries.push({
			name,
			method: u16(offset + 10),
			encrypted: (u16(offset + 8) & 1) === 1,
			compressedSize: sizes.compressed,
			size: sizes.size,
			dataOffset
		});
		offset += 46 + nameLength + extraLength + commentLength;
	}
	return entries;

	/** Zip64 keeps the real value of each 32-bit field that reads 0xFFFFFFFF in an extra field, in this order. */
	function readZip64Extra(start: number, length: number, sizes: { compressed: number; size: number; local: number }) {
		for (let at = start; at + 4 <= start + length; at += 4 + u16(at + 2)) {
			if (u16(at) !== ZIP64_EXTRA) continue;
			let field = at + 4;
			for (const key of ['size', 'compressed', 'local'] as const) {
				if (sizes[key] !== MAX_32) continue;
				if (field + 8 > at + 4 + u16(at + 2)) throw corrupt();
				sizes[key] = u64(field);
				field += 8;
			}
		}
	}
}

/** The compressed bytes of an entry. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
	return bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
}
