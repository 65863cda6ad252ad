import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoilerstripError, compileRules, JsonlStream, Stats, strip, StripStream, type InputLineRecord } from '../../src/index.js';
import { createBatchCleaner } from '../../src/parallel/batch-cleaner.js';
import { ParallelStream } from '../../src/parallel/parallel-stream.js';
import { MAX_HELD_BATCHES, type WorkerSettings } from '../../src/parallel/protocol.js';
import { chunkings, cut } from '../helpers/arbitraries.js';
import { HeldPool } from '../helpers/held-pool.js';
import { ARTICLE, FOOTER, MENU, page } from '../helpers/pages.js';
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

  it('takes no more input while as many batches are pending as memory allows (four a worker, four cleaned ahead)', async () => {
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
    expect(pool.held.length).toBe(1 * 4 + 4);
    while (pool.outstanding > 0) {
      pool.held.forEach((held) => held.settle());
      await nextTurn();
    }
    await ended;
    expect(pool.mostOutstanding).toBe(8);
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

  it('numbers JSONL lines across batches as one batch numbers them, and counts the records', async () => {
    const input = Buffer.from(`${records(12)}\n${records(30).split('\n').slice(12).join('\n')}{"id":99,"text":null}\n`);
    const audit = { ...JSONL, audit: true, jsonl: { ...JSONL.jsonl!, idField: 'none' } };
    const cleaned = async (batchBytes: number) => {
      const lines: string[] = [];
      const stream = parallel(new HeldPool(2, createBatchCleaner(audit, rules), shuffledAnswers), audit, { batchBytes, onAudit: (bytes) => lines.push(Buffer.from(bytes).toString()) });
      const output = await run(stream, cut(input, Array.from({ length: Math.floor(input.length / 100) }, (_, index) => (index + 1) * 100)));
      return { output, audit: lines.join(''), counts: { ...stream.counts } };
    };
    const oneBatch = await cleaned(1 << 20);
    const batches = await cleaned(256);
    // Records are named by their line (no id field): the last teaser removed is on line 31.
    expect(oneBatch.audit).toMatch(/"doc":31,/);
    expect(batches).toEqual(oneBatch);
    expect(oneBatch.counts).toMatchObject({ records: 31, blank: 1, null: 1 });
  });

  it('holds a JSONL record longer than it may hold for a document, and gives it to a worker whole', async () => {
    const long = `${JSON.stringify({ id: 0, text: Array.from({ length: 100 }, () => `${BODY}\nREAD | Storm season`).join('\n') })}\n`;
    expect(long.length).toBeGreaterThan(MAX_HELD_BATCHES * 16);
    const input = Buffer.from(`${long}${records(3)}`);
    const pool = new HeldPool(2, createBatchCleaner(JSONL, rules), shuffledAnswers);
    const output = await run(parallel(pool, JSONL, { batchBytes: 16 }), cut(input, Array.from({ length: 40 }, (_, index) => (index + 1) * 100)));
    expect(output.equals(await run(new JsonlStream({ rules }), [input]))).toBe(true);
  });

  it('after a document longer than it may hold, cleans the rest here with the settings of the run, to the end of the input', async () => {
    const batchBytes = 64;
    const long = Array.from({ length: Math.ceil((MAX_HELD_BATCHES * batchBytes) / BODY.length) + 10 }, (_, index) => `${BODY} [${index}]\nREAD | Storm season\n`).join('');
    const input = Buffer.from(`${documents(5)}${long}\f\nREAD | Storm season\nREAD | Storm season\nA short line.\n\f\n${page(MENU, ARTICLE, FOOTER)}\f\n${documents(2)}A last line without its end`);
    const settings: WorkerSettings = { ...TEXT, profile: 'lines', maxRemovedRatio: 0.4, audit: true };
    const flags: unknown[] = [];
    const stream = parallel(new HeldPool(2, createBatchCleaner(settings, rules), shuffledAnswers), settings, { batchBytes, onBudgetFlag: (flag) => flags.push(flag) });
    const output = await run(stream, cut(input, Array.from({ length: Math.floor(input.length / 100) }, (_, index) => (index + 1) * 100)));
    const oneThreadFlags: unknown[] = [];
    const oneThread = await run(new StripStream({ rules, docSeparator: '\f', profile: 'lines', maxRemovedRatio: 0.4, onBudgetFlag: (flag) => oneThreadFlags.push(flag) }), [input]);
    // The page's menu is kept (lines alone), and the last line is written though no separator ends it.
    expect(output.toString()).toMatch(/\nA short line\.\n\f\n\* News\n[^]*A last line without its end$/);
    expect(output.equals(oneThread)).toBe(true);
    expect(flags).toEqual(oneThreadFlags);
    // The long document (its lines alike, repeats to the rules) and the one of teasers after it.
    expect(flags).toEqual([5, 6].map((document) => ({ flag: 'over-budget', removedRatio: expect.any(Number), document })));
  });
});
