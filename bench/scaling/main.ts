/**
 * npm run bench:scaling [-- --shapes a,b --max 20000 --runs 5 --limit 20 --cli 20000 --pieces a,b]:
 * whether any document shape makes the analysis super-linear. For each shape (see shapes.ts),
 * documents of 1,250 … `--max` lines (doubling) are cleaned with strip(), rules compiled once; the
 * table gives the median time per document of `--runs` runs after one that warms up, µs per line,
 * and the growth of the time per doubling of the lines: about 2 is linear, about 4 quadratic. A
 * shape whose run takes longer than `--limit` seconds is not doubled further. Documents of the
 * shapes in `--pieces` are then fed to the stream's cleaner 64 bytes at a time, as a slow pipe may
 * deliver them: each chunk settles or copies out the lines held. Last, one document of `--cli`
 * lines of each shape goes through the CLI (`node dist/cli/main.js`, so build first), timed whole,
 * start-up included, stopped past six times the limit.
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compileRules, strip } from '../../src/index.js';
import { ChunkCleaner } from '../../src/stream/chunk-cleaner.js';
import { SHAPES, type Shape } from './shapes.js';

const { values } = parseArgs({
  options: {
    shapes: { type: 'string' },
    max: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '5' },
    limit: { type: 'string', default: '20' },
    cli: { type: 'string', default: '20000' },
    pieces: { type: 'string', default: 'story,one-word' },
  },
});
const maxLines = Number(values.max);
const runs = Number(values.runs);
const limitMs = Number(values.limit) * 1000;
const cliLines = Number(values.cli);
const wanted = values.shapes?.split(',');
const shapes = SHAPES.filter((shape) => wanted === undefined || wanted.includes(shape.name));
const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

const rules = compileRules();
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * The median milliseconds `clean` takes over the document after one run that warms it up (the
 * first runs on a larger document than before take several times as long, the heap growing), and
 * what it returned. A run past the limit is the last, the warm-up's included.
 */
function time(clean: () => number): { ms: number; result: number } {
  const times: number[] = [];
  let result = 0;
  for (let run = -1; run < runs; run++) {
    const start = process.hrtime.bigint();
    result = clean();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (run >= 0 || ms > limitMs) times.push(ms);
    if (ms > limitMs) break;
  }
  return { ms: median(times), result };
}

/** Lines removed by strip(). */
const stripped = (text: string, profile: 'auto' | 'page') => (): number => strip(text, { rules, profile }).removals.length;

const PIECE_BYTES = 64;
/** Bytes written by the stream's cleaner fed `PIECE_BYTES` at a time. */
const streamed = (bytes: Buffer, profile: 'auto' | 'page') => (): number => {
  const cleaner = new ChunkCleaner({ rules, profile });
  let written = 0;
  for (let start = 0; start < bytes.length; start += PIECE_BYTES) written += cleaner.push(bytes.subarray(start, start + PIECE_BYTES))?.length ?? 0;
  return written + (cleaner.end()?.length ?? 0);
};

/** The table's rows for each shape, documents of 1,250 lines and more, doubling; `result` names what `clean` returns. */
function scale(shapes: readonly Shape[], result: string, clean: (text: string, profile: 'auto' | 'page') => () => number): Record<string, string | number>[] {
  const rows: Record<string, string | number>[] = [];
  for (const shape of shapes) {
    let previous: number | undefined;
    for (let lines = 1250; lines <= maxLines; lines *= 2) {
      const text = shape.document(lines);
      const { ms, result: value } = time(clean(text, shape.profile));
      rows.push({
        shape: shape.name,
        profile: shape.profile,
        lines,
        MB: (Buffer.byteLength(text) / 1e6).toFixed(2),
        [result]: value,
        ms: ms.toFixed(1),
        'µs/line': ((ms * 1000) / lines).toFixed(2),
        growth: previous === undefined ? '' : (ms / previous).toFixed(2),
      });
      previous = ms;
      if (ms > limitMs) break;
    }
  }
  return rows;
}

console.log(`strip() per document, rules compiled once; median of ${runs}; ${cpus().length} x ${cpus()[0]?.model ?? 'unknown'}, Node ${process.version}`);
console.table(scale(shapes, 'removed', stripped));

const pieced = SHAPES.filter((shape) => values.pieces.split(',').includes(shape.name));
if (pieced.length > 0) {
  console.log(`The stream's cleaner fed ${PIECE_BYTES} bytes a chunk (ChunkCleaner, as createStripStream runs it); median of ${runs}`);
  console.table(scale(pieced, 'out bytes', (text, profile) => streamed(Buffer.from(text), profile)));
}

if (cliLines > 0) {
  console.log(`The CLI, one document of ${cliLines} lines of each shape (node ${CLI} --profile P, start-up included)`);
  const cliRows = shapes.map((shape) => {
    const input = shape.document(cliLines);
    const start = process.hrtime.bigint();
    // A run that takes six times the limit is stopped (killed: a busy process runs no SIGTERM handler): the quadratic shapes took minutes before they were fixed.
    const result = spawnSync(process.execPath, [CLI, '--profile', shape.profile], { input, maxBuffer: 1 << 30, timeout: limitMs * 6, killSignal: 'SIGKILL' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const row = { shape: shape.name, lines: cliLines, MB: (Buffer.byteLength(input) / 1e6).toFixed(2) };
    if (result.signal !== null) return { ...row, 'out MB': '', ms: `stopped after ${(ms / 1000).toFixed(0)} s` };
    if (result.status !== 0) throw new Error(`${shape.name}: the CLI exited ${result.status}: ${result.stderr.toString()}`);
    return { ...row, 'out MB': (result.stdout.length / 1e6).toFixed(2), ms: ms.toFixed(0) };
  });
  console.table(cliRows);
}
