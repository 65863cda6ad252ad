import { describe, expect, it } from 'vitest';
import { BoilerstripError, compileRules } from '../../src/index.js';
import { createBatchCleaner } from '../../src/parallel/batch-cleaner.js';
import { BatchDispatcher } from '../../src/parallel/batch-dispatcher.js';
import type { BatchInput, CleanedBatch, WorkerSettings } from '../../src/parallel/protocol.js';
import { HeldPool } from '../helpers/held-pool.js';

const rules = compileRules();
const TEXT: WorkerSettings = { mode: 'text', maxLineBytes: 1 << 20, docSeparator: '\f', audit: false };
const JSONL: WorkerSettings = { mode: 'jsonl', maxLineBytes: 1 << 20, audit: false, jsonl: { field: 'text', idField: 'id', onInvalid: 'fail', maxRecordBytes: 1 << 20 } };
const cleanHere = createBatchCleaner(TEXT, rules);
const batch = (text: string, firstLine = 1): BatchInput => ({ bytes: Buffer.from(text), firstLine, label: 'in.txt', file: 'in.txt', documentsBefore: 0 });
/** Batches told apart by their text, each with a line a rule removes. */
const batches = (count: number): BatchInput[] => Array.from({ length: count }, (_, index) => batch(`Story number ${index} goes on.\nREAD | Another story\n\f\n`));
const textOf = (cleaned: CleanedBatch): string => Buffer.from(cleaned.output).toString();
const expectedText = (sent: BatchInput): string => textOf(cleanHere(sent));

function setUp(workers: number, settings = TEXT): { pool: HeldPool; dispatcher: BatchDispatcher } {
  const pool = new HeldPool(workers, createBatchCleaner(settings, rules));
  return { pool, dispatcher: new BatchDispatcher(pool.asPool(), settings, rules) };
}

describe('BatchDispatcher', () => {
  it('gives the results back in the order the batches were sent, whatever order the workers answer in', async () => {
    const { pool, dispatcher } = setUp(2);
    const sent = batches(4);
    for (const input of sent) dispatcher.send(input);
    expect(pool.held).toHaveLength(4);
    for (const held of [...pool.held].reverse()) held.settle();
    const results: string[] = [];
    while (dispatcher.pending > 0) results.push(textOf(await dispatcher.next()));
    expect(results).toEqual(sent.map(expectedText));
    expect(results[0]).toBe('Story number 0 goes on.\n\f\n');
  });

  it('is full at four batches per worker and four cleaned ahead, and has room again once the oldest is taken', async () => {
    for (const workers of [1, 3]) {
      const { pool, dispatcher } = setUp(workers);
      const bound = workers * 4 + 4;
      for (const input of batches(bound - 1)) dispatcher.send(input);
      expect(dispatcher.full).toBe(false);
      dispatcher.send(batch('One more.\n\f\n'));
      expect(dispatcher.full).toBe(true);
      expect(dispatcher.pending).toBe(bound);
      pool.held[0]!.settle();
      await dispatcher.next();
      expect(dispatcher.full).toBe(false);
    }
  });

  it('sends a batch to a worker only while one has room, and cleans the others here at once', async () => {
    const { pool, dispatcher } = setUp(1);
    const sent = batches(6);
    for (const input of sent) dispatcher.send(input);
    // Four in flight on the one worker; the other two were cleaned on this thread.
    expect(pool.held.map(({ batch: { bytes } }) => Buffer.from(bytes).toString())).toEqual(sent.slice(0, 4).map(({ bytes }) => Buffer.from(bytes).toString()));
    pool.held.forEach((held) => held.settle());
    const results: string[] = [];
    while (dispatcher.pending > 0) results.push(textOf(await dispatcher.next()));
    expect(results).toEqual(sent.map(expectedText));
  });

  it("raises a worker's error in that batch's turn, with its code, after the batches before it", async () => {
    const { pool, dispatcher } = setUp(2);
    const [first, second] = batches(2);
    dispatcher.send(first!);
    dispatcher.send(second!);
    const failure = new BoilerstripError('E_INVALID_JSON', 'in.jsonl:7: not JSON', { file: 'in.jsonl', line: 7 });
    // The later batch fails first: nothing is raised until its turn (and nothing is left unhandled).
    pool.held[1]!.fail(failure);
    await new Promise((resolve) => setImmediate(resolve));
    pool.held[0]!.settle();
    expect(textOf(await dispatcher.next())).toBe(expectedText(first!));
    await expect(dispatcher.next()).rejects.toBe(failure);
  });

  it('raises an error of a batch cleaned here in its turn, as the BoilerstripError the cleaner threw', async () => {
    const { pool, dispatcher } = setUp(1, JSONL);
    const records = (text: string, firstLine: number) => ({ ...batch(text, firstLine), label: 'in.jsonl' });
    for (let line = 1; line <= 4; line++) dispatcher.send(records(`{"text":"Record ${line}."}\n`, line));
    // No room on the worker: this one is cleaned here, and fails there and then.
    dispatcher.send(records('{"text":"Five."}\n{"text": oops}\n', 5));
    pool.held.forEach((held) => held.settle());
    for (let taken = 0; taken < 4; taken++) await dispatcher.next();
    await expect(dispatcher.next()).rejects.toMatchObject({ name: 'BoilerstripError', code: 'E_INVALID_JSON', location: { file: 'in.jsonl', line: 6 } });
  });

  it('cleans here, rather than wait, the oldest batch when its worker has not begun it', async () => {
    const { pool, dispatcher } = setUp(1);
    pool.canTakeBack = true;
    const [first] = batches(1);
    dispatcher.send(first!);
    // The worker never answers: the result comes from this thread.
    expect(textOf(await dispatcher.next())).toBe(expectedText(first!));
    expect(pool.held[0]!.done).toBe(true);
  });

  it('while the oldest batch is on its worker, cleans here the newest batches no worker has begun, until the oldest is back', async () => {
    const { pool, dispatcher } = setUp(1);
    const sent = batches(4);
    for (const input of sent) dispatcher.send(input);
    pool.canTakeBack = true;
    pool.held[0]!.begun = true;
    const first = dispatcher.next();
    // The newest first: the worker takes its batches oldest first.
    expect(pool.held.map(({ done }) => done)).toEqual([false, false, false, true]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(pool.held.map(({ done }) => done)).toEqual([false, false, true, true]);
    // The oldest is back: the batch after it stays with the worker.
    pool.held[0]!.settle();
    expect(textOf(await first)).toBe(expectedText(sent[0]!));
    expect(pool.held[1]!.done).toBe(false);
    pool.held[1]!.begun = true;
    pool.held[1]!.settle();
    const results: string[] = [];
    while (dispatcher.pending > 0) results.push(textOf(await dispatcher.next()));
    expect(results).toEqual(sent.slice(1).map(expectedText));
  });

  it('waits for the oldest batch when every batch on a worker is begun', async () => {
    const { pool, dispatcher } = setUp(2);
    const sent = batches(2);
    for (const input of sent) dispatcher.send(input);
    pool.canTakeBack = true;
    for (const held of pool.held) held.begun = true;
    const first = dispatcher.next();
    pool.held[1]!.settle();
    pool.held[0]!.settle();
    expect(textOf(await first)).toBe(expectedText(sent[0]!));
    expect(textOf(await dispatcher.next())).toBe(expectedText(sent[1]!));
  });

  it("sends a worker a copy of the bytes in a buffer of its own, leaving the caller's untouched", () => {
    const { pool, dispatcher } = setUp(1);
    const shared = Buffer.from('before|Story.\n\f\n|after');
    const bytes = shared.subarray(7, 16);
    dispatcher.send({ ...batch(''), bytes });
    const sent = pool.held[0]!.batch.bytes;
    expect(Buffer.from(sent).toString()).toBe('Story.\n\f\n');
    expect(sent.buffer).not.toBe(shared.buffer);
    expect(sent.byteOffset).toBe(0);
    expect(sent.buffer.byteLength).toBe(bytes.length);
    expect(shared.toString()).toBe('before|Story.\n\f\n|after');
  });
});
