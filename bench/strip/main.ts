/**
 * npm run bench:strip: per-document strip() with rules compiled once, as a worker embedding the
 * library would call it. One task iteration cleans a whole set of documents; the table gives
 * documents per second and microseconds per document.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import { compileRules, strip } from '../../src/index.js';
import { sourceDocuments } from '../throughput/corpus.js';

const RESULTS_DIR = fileURLToPath(new URL('../results/', import.meta.url));
const SEED_COUNT = 5;

const rules = compileRules();
const documents = await sourceDocuments();
const sets = {
  'seeds (string)': documents.slice(0, SEED_COUNT),
  'dev-set pages (string)': documents.slice(SEED_COUNT),
  'dev-set pages (Buffer)': documents.slice(SEED_COUNT).map((text) => Buffer.from(text)),
};

let sink = 0;
const bench = new Bench({ time: 2000, warmupTime: 500 });
for (const [name, set] of Object.entries(sets)) {
  bench.add(name, () => {
    for (const document of set) sink += strip(document as string, { rules }).removals.length;
  });
}
await bench.run();

const rows = bench.tasks.map((task) => {
  const set = sets[task.name as keyof typeof sets];
  const bytes = set.reduce((total, document) => total + Buffer.byteLength(document), 0);
  const result = task.result;
  if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state === 'errored' ? result.error.message : result.state}`);
  const { latency } = result;
  const secondsPerSet = latency.mean / 1000;
  return {
    name: task.name,
    documents: set.length,
    documentsPerSecond: set.length / secondsPerSet,
    microsecondsPerDocument: (secondsPerSet * 1e6) / set.length,
    mbPerSecond: bytes / 1e6 / secondsPerSet,
    medianMicrosecondsPerDocument: (latency.p50 * 1000) / set.length,
    relativeMarginOfError: latency.rme,
    samples: latency.samplesCount,
  };
});

console.log(`strip() with rules compiled once; ${cpus().length} x ${cpus()[0]?.model ?? 'unknown'}, Node ${process.version}`);
console.table(
  rows.map((row) => ({
    set: row.name,
    docs: row.documents,
    'docs/s': Math.round(row.documentsPerSecond),
    'µs/doc': row.microsecondsPerDocument.toFixed(1),
    'median µs/doc': row.medianMicrosecondsPerDocument.toFixed(1),
    'MB/s': row.mbPerSecond.toFixed(1),
    '±%': row.relativeMarginOfError.toFixed(1),
  })),
);
mkdirSync(RESULTS_DIR, { recursive: true });
const path = join(RESULTS_DIR, `strip-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(path, `${JSON.stringify({ node: process.version, cpus: cpus().length, rows, removalsSeen: sink }, null, 2)}\n`);
console.log(`results: ${path}`);
