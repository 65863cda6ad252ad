import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inputSize, totalInputSize } from '../../src/cli/input-source.js';
import { runCli } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'boilerstrip-input-'));
const RECORDS = '{"id":"a","text":"Body one.\\nREAD | x\\n"}\n{"id":"b","text":"Body two.\\nCOMMENT"}\n';
const CLEANED = '{"id":"a","text":"Body one.\\n"}\n{"id":"b","text":"Body two.\\n"}\n';

describe('inputs', () => {
  it('reads gzip input by its magic bytes, whatever the file is called', async () => {
    const file = join(scratch, 'shard.data');
    writeFileSync(file, gzipSync(RECORDS));
    const result = await runCli(['--jsonl', file]);
    expect(result.code).toBe(0);
    expect(result.stdout.toString()).toBe(CLEANED);
  });

  it('reads gzip on standard input, and plain text in a file named .gz', async () => {
    expect((await runCli(['--jsonl'], gzipSync(RECORDS))).stdout.toString()).toBe(CLEANED);
    const plain = join(scratch, 'plain.jsonl.gz');
    writeFileSync(plain, RECORDS);
    expect((await runCli(['--jsonl', plain])).stdout.toString()).toBe(CLEANED);
  });

  it('reads several files in order, mixing gzip and plain, and a gzip of several members', async () => {
    const [first, second] = [join(scratch, 'one.gz'), join(scratch, 'two.jsonl')];
    const [recordA, recordB] = RECORDS.split(/(?<=\n)/);
    writeFileSync(first, Buffer.concat([gzipSync(recordA!), gzipSync(recordB!)]));
    writeFileSync(second, recordA!);
    const result = await runCli(['--jsonl', first, second]);
    expect(result.stdout.toString()).toBe(CLEANED + CLEANED.split(/(?<=\n)/)[0]);
  });

  it('reads inputs shorter than the gzip magic, and empty ones', async () => {
    expect((await runCli([], 'x')).stdout.toString()).toBe('x');
    expect((await runCli([], '')).stdout.length).toBe(0);
    expect((await runCli(['--jsonl'], '\n')).stdout.toString()).toBe('\n');
  });

  it('stops with exit 1 on a damaged gzip file and names it', async () => {
    const file = join(scratch, 'broken.gz');
    writeFileSync(file, gzipSync(RECORDS).subarray(0, 20));
    const result = await runCli(['--jsonl', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`boilerstrip: cannot read ${file}: its gzip data is damaged (unexpected end of file); fetch or compress it again\n`);
    const garbled = await runCli([], Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.from('not gzip at all\n')]));
    expect(garbled.code).toBe(1);
    expect(garbled.stderr).toBe('boilerstrip: cannot read <stdin>: its gzip data is damaged (unknown compression method); fetch or compress it again\n');
  });
});

describe('input sizes', () => {
  it('knows the size of regular files only, and of all inputs only when each is one', () => {
    const [first, second] = [join(scratch, 'size-1.txt'), join(scratch, 'size-2.txt')];
    writeFileSync(first, 'Body.\n');
    writeFileSync(second, 'Another body.\n');
    expect(inputSize(first)).toBe(6);
    expect(totalInputSize([first, second])).toBe(20);
    expect(inputSize(join(scratch, 'missing.txt'))).toBeUndefined();
    expect(inputSize(scratch)).toBeUndefined();
    expect(totalInputSize([first, join(scratch, 'missing.txt')])).toBeUndefined();
  });
});
