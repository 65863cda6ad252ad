import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/paths.js';

/** 100,000 in `npm test`; `npm run stress` runs millions. */
const TINY_DOCUMENTS = Number(process.env.BOILERSTRIP_TINY_DOCUMENTS ?? 100_000);

/** Bytes no rule can match, with every byte value, NUL runs and no line feed. */
function binaryBlock(length: number): Buffer {
  const block = Buffer.alloc(length);
  for (let i = 0; i < length; i++) block[i] = i % 7 === 0 ? 0 : (i * 131 + 17) % 256 === 10 ? 9 : (i * 131 + 17) % 256;
  return block;
}

describe('hostile input on the command line', () => {
  it('refuses UTF-16 text with a byte-order mark: exit 1, one line saying how to convert it', async () => {
    const input = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Body.\nREAD | x\n', 'utf16le')]);
    const result = await runCli([], input);
    expect(result.code).toBe(1);
    expect(result.stdout.length).toBe(0);
    expect(result.stderr).toMatch(/^boilerstrip: <stdin> starts with a UTF-16LE byte-order mark: .*iconv -f UTF-16 -t UTF-8\.\n$/);
    // Looked for after gzip decoding.
    expect((await runCli([], gzipSync(input))).stderr).toMatch(/starts with a UTF-16LE byte-order mark/);
  });

  it('refuses a UTF-16 JSONL file the same way, with --jobs too', async () => {
    const result = await runCli(['--jsonl', '--jobs', '2'], Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('{"text":"a"}\n', 'utf16le').swap16()]));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^boilerstrip: <stdin> starts with a UTF-16BE byte-order mark/);
  });

  it('passes binary, NUL-heavy data through byte for byte', async () => {
    const input = Buffer.concat([binaryBlock(5000), Buffer.from('\n'), binaryBlock(300), Buffer.from('\n\0\0\0\n'), binaryBlock(70)]);
    const result = await runCli([], input);
    expect(result.code).toBe(0);
    expect(result.stdout.equals(input)).toBe(true);
  });

  it('keeps invalid UTF-8 byte for byte and still removes boilerplate around it', async () => {
    const invalid = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xc3, 0x28, 0xa0, 0xa1, 0xf0, 0x28, 0x8c, 0x28, 0x0a]);
    const result = await runCli([], Buffer.concat([invalid, Buffer.from('READ | Another story\n'), invalid]));
    expect(result.stdout.equals(Buffer.concat([invalid, invalid]))).toBe(true);
  });

  it('treats CR-only line endings as one long line: passed through whole, and unread when over --max-line-bytes', async () => {
    const input = Buffer.from(`${'A line of an old Mac file, ended by a carriage return only.\r'.repeat(400)}READ | x\r`);
    for (const args of [[], ['--max-line-bytes', '1000']]) {
      const result = await runCli(args, input);
      expect(result.code).toBe(0);
      expect(result.stdout.equals(input)).toBe(true);
    }
    expect((await runCli(['--explain', '--max-line-bytes', '1000'], input)).stdout.toString()).toMatch(/^1\tkeep\t\(oversized\)\t/);
  });

  it('gives empty output for empty input, as text and as JSONL', async () => {
    for (const args of [[], ['--jsonl'], ['--doc-separator', '\f']]) {
      const result = await runCli(args, '');
      expect(result.code).toBe(0);
      expect(result.stdout.length).toBe(0);
      expect(result.stderr).toBe('');
    }
  });

  it(`cleans ${TINY_DOCUMENTS.toLocaleString('en-US')} tiny documents, each on its own`, async () => {
    const documents = TINY_DOCUMENTS;
    const input = 'Word\nREAD | x\n\f\n'.repeat(documents);
    const result = await runCli(['--doc-separator', '\f', '--stats'], input);
    expect(result.code).toBe(0);
    expect(result.stdout.toString()).toBe('Word\n\f\n'.repeat(documents));
    const count = (n: number) => n.toLocaleString('en-US');
    expect(result.stderr).toMatch(new RegExp(`^boilerstrip: ${count(documents)} documents; lines ${count(3 * documents)} in, ${count(2 * documents)} out`));
  });
});

describe('a 64 MiB line without a newline', () => {
  it('passes through byte for byte while the memory it holds stays bounded (measured in a child process)', () => {
    // The child streams 64 MiB with no LF through the stream adapter, hashing what comes out. Every
    // 2 MiB written it collects garbage and weighs what is still held (heap and buffers): holding the
    // line whole would hold at least 64 MiB. Resident memory would weigh the garbage too, which waits
    // for the collector longer on a busy machine (it once grew by 38.6 MB).
    const script = `
      import { createHash } from 'node:crypto';
      import { Readable, Writable } from 'node:stream';
      import { pipeline } from 'node:stream/promises';
      const { createStripStream } = await import(${JSON.stringify(`${REPO_ROOT}dist/index.js`)});
      const chunk = Buffer.alloc(1 << 16, 'Lorem ipsum dolor sit amet, no newline anywhere. ');
      const chunks = 1024;
      const expected = createHash('sha256');
      for (let i = 0; i < chunks; i++) expected.update(chunk);
      const actual = createHash('sha256');
      const held = () => {
        global.gc();
        const { heapUsed, external } = process.memoryUsage();
        return heapUsed + external;
      };
      // Made first: the default rules it compiles are held whatever the input.
      const stream = createStripStream();
      const before = held();
      let bytes = 0;
      let mostHeld = 0;
      await pipeline(
        Readable.from((function* () { for (let i = 0; i < chunks; i++) yield chunk; })()),
        stream,
        new Writable({
          write(piece, _encoding, done) {
            const weighAt = Math.floor(bytes / (2 << 20)) < Math.floor((bytes + piece.length) / (2 << 20));
            bytes += piece.length;
            actual.update(piece);
            if (weighAt) mostHeld = Math.max(mostHeld, held());
            done();
          },
        }),
      );
      process.stdout.write(JSON.stringify({ bytes, same: actual.digest('hex') === expected.digest('hex'), grewBy: mostHeld - before }));
    `;
    const report = JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' })) as { bytes: number; same: boolean; grewBy: number };
    expect(report.bytes).toBe(64 << 20);
    expect(report.same).toBe(true);
    expect(report.grewBy).toBeLessThan(32 << 20);
  });
});

describe('hostile JSON Lines', () => {
  const recordOf = (bytes: number): string => {
    const head = '{"id":"big","blob":"';
    const tail = '","text":"Body.\\nREAD | x\\n"}';
    return `${head}${'x'.repeat(bytes - head.length - tail.length)}${tail}`;
  };

  it('cleans a 50 MiB record, every other byte kept', async () => {
    const record = recordOf(50 << 20);
    const result = await runCli(['--jsonl'], `${record}\n{"text":"small"}\n`);
    expect(result.code).toBe(0);
    expect(result.stdout.toString() === `${record.replace('"Body.\\nREAD | x\\n"', '"Body.\\n"')}\n{"text":"small"}\n`).toBe(true);
  });

  it('stops at a record over --max-record-bytes with exit 1, naming file and line; --on-invalid pass writes it through unread', async () => {
    const record = recordOf(3000);
    const input = `{"text":"Body.\\nREAD | x"}\n${record}\n{"text":"after"}\n`;
    const refused = await runCli(['--jsonl', '--max-record-bytes', '1000'], input);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe("boilerstrip: <stdin>:2: record is longer than the limit of 1,000 bytes (--max-record-bytes; maxRecordBytes in the library). Raise the limit, or use --on-invalid pass (onInvalid: 'pass' in the library) to write such records through unchanged.\n");
    const passed = await runCli(['--jsonl', '--max-record-bytes', '1000', '--on-invalid', 'pass', '--stats'], input);
    expect(passed.code).toBe(0);
    expect(passed.stdout.toString()).toBe(`{"text":"Body.\\n"}\n${record}\n{"text":"after"}\n`);
    expect(passed.stderr).toMatch(/1 over --max-record-bytes/);
  });

  it('cleans a record nested 100,000 levels deep, and a field inside deep nesting', async () => {
    const depth = 100_000;
    const deep = `{"deep":${'['.repeat(depth)}${']'.repeat(depth)},"text":"Body.\\nREAD | x"}`;
    expect((await runCli(['--jsonl'], `${deep}\n`)).stdout.toString()).toBe(`${deep.replace('READ | x', '')}\n`);
    const levels = 1000;
    const inside = `${'{"n":'.repeat(levels)}"Body.\\nREAD | x"${'}'.repeat(levels)}`;
    const result = await runCli(['--jsonl', '--field', Array<string>(levels).fill('n').join('.')], `${inside}\n`);
    expect(result.stdout.toString()).toBe(`${inside.replace('READ | x', '')}\n`);
  });
});
