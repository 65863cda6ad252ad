import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { createJsonlStream, type JsonlStreamOptions } from '../../src/index.js';

async function cleanJsonl(input: string, options: JsonlStreamOptions): Promise<string> {
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
      message: expect.stringMatching(/^<stdin>:2: .*--on-invalid pass \(onInvalid: 'pass' in the library\)/),
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
