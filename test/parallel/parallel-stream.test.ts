import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoilerstripError, compileRules, JsonlStream, Stats, strip, StripStream, type InputLineRecord } from '../../src/index.js';
import { createBatchCleaner } from '../../src/parallel/batch-cleaner.js';
import { ParallelStream } from '../../src/parallel/parallel-stream.js';
import { MAX_HELD_BATCHES, type WorkerSettings } from '../../src/parallel/protocol.js';
import { chunkings, cut } from '../helpers/arbitraries.js';
import { HeldPool } from '../helpers/held-pool.js';
import { pipeThrough } from '../helpers/pipe-through.js';

const rules = compileRules();
const TEXT: WorkerSettings = { mode: 'text', maxLineBytes: 1 << 20, docSeparator: '\f', audit: false };
const JSONL: WorkerSettings = { mode: 'jsonl', maxLineBytes: 1 << 20, audit: false, jsonl: { field: 'text', idField: 'id', onInvalid: 'fail', maxRecordBytes: 1 << 20 } };
const BODY = 'The council voted on Tuesday to rebuild the old sea wall before the winter storms arrive.';
/** Documents told apart by number, with lines the rules remove. */
const documents = (count: number): string => Array.from({ length: count }, (_, index) => `${BODY} (${index})\nREAD | Storm season\n\nComments\n\f\n`).join('');
const records = (count: number): string => Array.from({ length: count }, (_, index) => `${JSON.stringify({ id: index, text: `${BODY} (${index})\nREAD | Storm season` })}\n`).join('');
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
/** Workers answer out of order: each batch after 0 to 4 ms, not in the order sent. */
const shuffledAnswers = (index: number): number => (index * 3) % 5;

function parallel(pool: HeldPool, settings: WorkerSettings, extra: Partial<ConstructorParameters<typeof ParallelStream>[0]> = {}): ParallelStream {
  return new ParallelStream({ pool: pool.asPool(), settings, rules, label: 'in', file: 'in', stats: new Stats(), batchBytes: 256, ...extra });
}

const run = async (stream: ParallelStream | StripStream | JsonlStream, chunks: readonly Buffer[]): Promise<Buffer> => Buffer.concat(await pipeThrough(stream, chunks));

describe('ParallelStream', () => {
  it('writes what one thread writes, in input order, however the input is cut and in whatever order batches come back', async () => {
    const text = Buffer.from(documents(40));
    const jsonl = Buffer.from(records(40));
    const oneThreadText = Buffer.from(strip(text, { rules, docSeparator: '\f' }).text);
    const oneThreadJsonl = await run(new JsonlStream({ rules }), [jsonl]);
    await fc.assert(
      fc.asyncProperty(chunkings(text.length), chunkings(jsonl.length), async (textCuts, jsonlCuts) => {
        // Chunks of at most a batch, cut again at random, so that there are many batches.
        const cuts = (random: number[], length: number) => [...new Set([...random, ...Array.from({ length: Math.floor(length / 256) }, (_, index) => (index + 1) * 256)])].filter((at) => at < length).sort((a, b) => a - b);
        const textPool = new HeldPool(2, createBatchCleaner(TEXT, rules), shuffledAnswers);
        expect((await run(parallel(textPool, TEXT), cut(text, cuts(textCuts, text.length)))).equals(oneThreadText)).toBe(true);
        const jsonlPool = new HeldPool(2, createBatchCleaner(JSONL, rules), shuffledAnswers);
        expect((await run(parallel(jsonlPool, JSONL), cut(jsonl, cuts(jsonlCuts, jsonl.length)))).equals(oneThreadJsonl)).toBe(true);
        expect(Math.min(textPool.held.length, jsonlPool.held.length)).toBeGreaterThan(4);
      }),
      { numRuns: 10 },
    );
  });

  it('adds every batch to the counters, wherever it was cleaned, as one thread counts', async () => {
    const input = Buffer.from(documents(30));
    const stats = new Stats();
    await run(parallel(new HeldPool(1, createBatchCleaner(TEXT, rules), shuffledAnswers), TEXT, { stats }), [input]);
    const oneThread = new StripStream({ rules, docSeparator: '\f' });
    await run(oneThread, [input]);
    const counters = ({ byRule, ...counts }: Stats) => ({ ...counts, byRule: [...byRule] });
    expect(counters(stats)).toEqual(counters(oneThread.stats));
    expect(stats.documents).toBe(30);
  });

  it('takes no more input while as many batches are pending as memory allows (two a worker, four cleaned ahead)', async () => {
    const pool = new HeldPool(1, createBatchCleaner(TEXT, rules));
    pool.alwaysRoom = true;
    const stream = parallel(pool, TEXT, { batchBytes: 64 });
    // Each chunk is one batch: a document of at least batchBytes ended by its separator.
    const chunks = Array.from({ length: 20 }, (_, index) => Buffer.from(`${BODY} (${index})\n\f\n`));
    const output: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => output.push(chunk));
    const ended = new Promise((resolve) => stream.on('end', resolve));
    for (const chunk of chunks) stream.write(chunk);
    stream.end();
    // The stream takes chunks in ticks and promise jobs, all run before the next turn of the event loop.
    await nextTurn();
    // No worker has answered: the stream stopped taking input at the bound.
    expect(pool.held.length).toBe(1 * 2 + 4);
    while (pool.outstanding > 0) {
      pool.held.forEach((held) => held.settle());
      await nextTurn();
    }
    await ended;
    expect(pool.mostOutstanding).toBe(6);
    expect(Buffer.concat(output).toString()).toBe(chunks.map((chunk) => chunk.toString()).join(''));
  });

  it("stops with a worker's error, as the BoilerstripError it was, after writing the batches before it", async () => {
    const pool = new HeldPool(2, createBatchCleaner(TEXT, rules));
    const stream = parallel(pool, TEXT, { batchBytes: 64 });
    const output: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => output.push(chunk));
    const failed = new Promise<unknown>((resolve) => stream.on('error', resolve));
    stream.write(`${BODY} (1)\n\f\n`);
    stream.write(`${BODY} (2)\n\f\n`);
    stream.end();
    await nextTurn();
    const failure = new BoilerstripError('E_WORKER', 'a --jobs worker thread stopped');
    pool.held[1]!.fail(failure);
    pool.held[0]!.settle();
    expect(await failed).toBe(failure);
    expect(Buffer.concat(output).toString()).toBe(`${BODY} (1)\n\f\n`);
  });

  it('cleans the rest of the input here, streaming, after a document longer than it may hold, numbering on from the batches before it', async () => {
    const batchBytes = 64;
    const longLines = Math.ceil((MAX_HELD_BATCHES * batchBytes) / BODY.length) + 10;
    const long = Array.from({ length: longLines }, (_, index) => `${BODY} [${index}]\nREAD | Storm season\n`).join('');
    const input = Buffer.from(`${documents(5)}${long}\f\n${documents(3)}`);
    const observed: InputLineRecord[] = [];
    const stream = parallel(new HeldPool(2, createBatchCleaner({ ...TEXT, audit: true }, rules), shuffledAnswers), { ...TEXT, audit: true }, { batchBytes, observer: (record) => observed.push(record) });
    const output = await run(stream, cut(input, Array.from({ length: Math.floor(input.length / 100) }, (_, index) => (index + 1) * 100)));
    expect(output.equals(Buffer.from(strip(input, { rules, docSeparator: '\f' }).text))).toBe(true);
    const oneThread: InputLineRecord[] = [];
    await run(new StripStream({ rules, docSeparator: '\f', observer: (record) => oneThread.push(record) }), [input]);
    const numbers = (record: InputLineRecord) => [record.document, record.inputLine, record.verdict, record.ruleId];
    // The observer hears the lines cleaned here, the long document's among them, numbered as one thread numbers them.
    const from = observed[0]!.inputLine;
    expect(observed.filter((record) => record.ruleId === 'read-pipe-teaser').length).toBeGreaterThanOrEqual(longLines + 3);
    expect(observed.map(numbers)).toEqual(oneThread.filter((record) => record.inputLine >= from).map(numbers));
  });
});
