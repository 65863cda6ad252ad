import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { compileRules, createJsonlStream, JsonlStream, Stats, type JsonlStreamOptions } from '../../src/index.js';
import type { JsonlStageOptions } from '../../src/jsonl/jsonl-stream.js';

/** The stream's output; the options may hold the CLI's own (explain), which the stream reads if given. */
async function cleanJsonl(input: string, options: JsonlStageOptions): Promise<string> {
  const output: Buffer[] = [];
  const sink = new Writable({ write(chunk: Buffer, _encoding, done) { output.push(chunk); done(); } });
  await pipeline(Readable.from([Buffer.from(input)]), createJsonlStream(options), sink);
  return Buffer.concat(output).toString();
}

describe('the JSON Lines stream\'s errors', () => {
  // The stream is the library's as much as the CLI's: a message says how to change course in both.
  it('stops at a line that is not JSON, naming its line and the option that writes it through', async () => {
    await expect(cleanJsonl('{"text":"a"}\n{"text":\n', {})).rejects.toMatchObject({
      code: 'E_INVALID_JSON',
      message: expect.stringMatching(/^<input>:2: .*--on-invalid pass \(onInvalid: 'pass' in the library\)/),
    });
    expect(await cleanJsonl('{"text":"a"}\n{"text":\n', { onInvalid: 'pass' })).toBe('{"text":"a"}\n{"text":\n');
  });

  it('stops at a record over the size limit, naming the limit in both forms', async () => {
    const record = `{"text":"${'x'.repeat(200)}"}\n`;
    await expect(cleanJsonl(record, { maxRecordBytes: 100 })).rejects.toMatchObject({
      code: 'E_INPUT',
      message: expect.stringMatching(/the limit of 100 bytes \(--max-record-bytes; maxRecordBytes in the library\)\. Raise the limit, or use --on-invalid pass \(onInvalid: 'pass' in the library\) to write/),
    });
    expect(await cleanJsonl(record, { maxRecordBytes: 100, onInvalid: 'pass' })).toBe(record);
  });

  it('refuses a size limit that is no whole number of bytes, naming the flag and the library option', () => {
    expect(() => createJsonlStream({ maxRecordBytes: 0 })).toThrow(
      expect.objectContaining({ code: 'E_USAGE', message: 'the record limit (--max-record-bytes; maxRecordBytes in the library) takes a whole number of bytes from 1; got 0' }),
    );
  });
});

/** Cleans the input fed a few bytes at a time; the output and the stream, for its counts. */
async function cleanInPieces(input: string, options: JsonlStreamOptions): Promise<{ output: string; stream: JsonlStream }> {
  const bytes = Buffer.from(input);
  const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, index) => bytes.subarray(index * 7, index * 7 + 7));
  const output: Buffer[] = [];
  const stream = createJsonlStream(options);
  const sink = new Writable({ write(chunk: Buffer, _encoding, done) { output.push(chunk); done(); } });
  await pipeline(Readable.from(chunks), stream, sink);
  return { output: Buffer.concat(output).toString(), stream };
}

const TEASER = 'The council voted on Tuesday to rebuild the old sea wall before the winter storms arrive.\nREAD | Storm season';

describe("the JSON Lines stream's records", () => {
  it('counts every kind of line it passes through, a long record once, and numbers the lines after it', async () => {
    const input = ['{"text":"a"}', '', '{"text":null}', '{"other":1}', '{"text":2}', 'not json', `{"text":"${'x'.repeat(60)}"}`, '{"text":"\\ud800"}', '{"text":'].join('\n');
    const { output, stream } = await cleanInPieces(input, { onInvalid: 'pass', maxRecordBytes: 40 });
    expect(output).toBe(input);
    expect({ ...stream.counts }).toEqual({ records: 5, missing: 1, null: 1, notString: 1, invalid: 2, blank: 1, oversized: 1, loneSurrogate: 1 });
    await expect(cleanInPieces(`{"text":"${'x'.repeat(60)}"}\n\n{"text":`, { maxRecordBytes: 40 })).rejects.toMatchObject({ message: expect.stringMatching(/^<input>:1: record is longer/) });
    const passed = cleanInPieces(`{"text":"${'x'.repeat(60)}"}\n\n{"text":`, { maxRecordBytes: 40, onInvalid: 'pass', label: 'shard.jsonl' });
    expect((await passed).stream.counts.oversized).toBe(1);
    await expect(cleanInPieces(`{"text":"${'x'.repeat(60)}"}\n\n{"text":`, { maxRecordBytes: 80, label: 'shard.jsonl' })).rejects.toMatchObject({
      code: 'E_INVALID_JSON',
      message: expect.stringMatching(/^shard\.jsonl:3: not valid JSON \(.*JSON.*\)\. Fix the line/),
      location: { file: 'shard.jsonl', line: 3 },
    });
  });

  it('names the input and the line of a record too long or not UTF-8, and reads a byte-order mark on the first line only', async () => {
    await expect(cleanInPieces(`{"text":"a"}\n{"text":"${'x'.repeat(60)}"}\n`, { maxRecordBytes: 40, label: 'shard.jsonl' })).rejects.toMatchObject({ code: 'E_INPUT', location: { file: 'shard.jsonl', line: 2 } });
    const invalid = Buffer.concat([Buffer.from('{"text":"a"}\n{"text":"'), Buffer.from([0xff]), Buffer.from('"}\n')]);
    const failure = await pipeline(Readable.from([invalid]), createJsonlStream({}), new Writable({ write: (_chunk, _encoding, done) => done() })).then(() => undefined, (error: unknown) => error);
    expect(failure).toMatchObject({ code: 'E_INVALID_JSON', message: expect.stringMatching(/^<input>:2: not valid UTF-8\. /), location: { file: '<input>', line: 2 } });
    expect(await cleanJsonl('\ufeff{"text":"a"}\n', {})).toBe('\ufeff{"text":"a"}\n');
    await expect(cleanJsonl('{"text":"a"}\n\ufeff{"text":"a"}\n', {})).rejects.toMatchObject({ code: 'E_INVALID_JSON' });
  });

  it('cleans with the rules and the Stats it is given, and tells explain, the observer and the budget listener which record a line is from', async () => {
    const record = `${JSON.stringify({ id: 'r7', text: TEASER })}\n`;
    expect(await cleanJsonl(record, { rules: compileRules({ defaultRules: false }) })).toBe(record);
    const stats = new Stats();
    const heard: unknown[] = [];
    const flags: unknown[] = [];
    const { output, stream } = await cleanInPieces(`{"id":1}\n${record}`, { stats, observer: (line, source) => heard.push([line.verdict, source]), onBudgetFlag: (flag, source) => flags.push([flag.flag, source]), maxRemovedRatio: 0 });
    expect(stream.stats).toBe(stats);
    expect(output).toBe(`{"id":1}\n${record}`);
    expect(heard).toEqual([['keep', { line: 2, id: 'r7' }], ['keep', { line: 2, id: 'r7' }]]);
    expect(flags).toEqual([['over-budget', { line: 2, id: 'r7' }]]);
    expect(await cleanJsonl(record, { explain: true, label: 'shard.jsonl' })).toMatch(/^shard\.jsonl:1:1\tkeep\t.*\nshard\.jsonl:1:2\tdrop\tread-pipe-teaser\tREAD \| Storm season\n$/);
    expect(await cleanJsonl(record, { explain: true })).toMatch(/^1:1\tkeep\t/);
    for (const explain of [false, true]) {
      const removed: unknown[] = [];
      await cleanJsonl(record, { explain, observeKept: false, observer: (line, source) => removed.push([line.verdict, line.line, source]) });
      expect(removed).toEqual([['drop', 2, { line: 1, id: 'r7' }]]);
    }
    const alone: unknown[] = [];
    await cleanJsonl(`${JSON.stringify({ id: 7, text: TEASER })}\n${JSON.stringify({ id: [7], text: TEASER })}\n`, { onBudgetFlag: (flag, source) => alone.push([flag.flag, source]), maxRemovedRatio: 0 });
    expect(alone).toEqual([
      ['over-budget', { line: 1, id: 7 }],
      ['over-budget', { line: 2, id: undefined }],
    ]);
  });
});
