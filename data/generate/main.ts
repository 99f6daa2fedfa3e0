import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDataset } from './dataset';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'demo');
const counts = writeDataset(out);
for (const [table, rows] of Object.entries(counts)) console.log(`${table.padEnd(13)} ${String(rows).padStart(5)} rows`);
console.log(`written to ${out}`);
