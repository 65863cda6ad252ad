import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, createReadStream, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCleanup } from '../../src/cli/cleanup.js';
import { OutputFile } from '../../src/cli/output-file.js';
import { runCli } from '../helpers/cli.js';
import { CLI_PATH } from '../helpers/paths.js';

const RECORDS = '{"id":"a","text":"Body one.\\nREAD | x\\n"}\n{"id":"b","text":"Body two."}\n';
const CLEANED = '{"id":"a","text":"Body one.\\n"}\n{"id":"b","text":"Body two."}\n';
const freshDir = (): string => mkdtempSync(join(tmpdir(), 'boilerstrip-output-'));

describe('-o FILE', () => {
  it('writes the output to FILE and nothing to stdout', async () => {
    const dir = freshDir();
    const result = await runCli(['--jsonl', '-o', join(dir, 'clean.jsonl')], RECORDS);
    expect(result.code).toBe(0);
    expect(result.stdout.length).toBe(0);
    expect(readFileSync(join(dir, 'clean.jsonl'), 'utf8')).toBe(CLEANED);
    expect(readdirSync(dir)).toEqual(['clean.jsonl']);
  });

  it('gzips when FILE ends in .gz, and reads it back (round trip)', async () => {
    const dir = freshDir();
    const first = join(dir, 'clean.jsonl.gz');
    expect((await runCli(['--jsonl', '--output', first], RECORDS)).code).toBe(0);
    expect(readFileSync(first).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    expect(gunzipSync(readFileSync(first)).toString()).toBe(CLEANED);
    const second = join(dir, 'again.jsonl');
    expect((await runCli(['--jsonl', '-o', second, first])).code).toBe(0);
    expect(readFileSync(second, 'utf8')).toBe(CLEANED);
  });

  it('leaves no file, and an existing FILE untouched, when the run fails', async () => {
    const dir = freshDir();
    const file = join(dir, 'clean.jsonl');
    writeFileSync(file, 'previous contents\n');
    const result = await runCli(['--jsonl', '-o', file], `${RECORDS}not json\n${RECORDS}`);
    expect(result.code).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe('previous contents\n');
    expect(readdirSync(dir)).toEqual(['clean.jsonl']);
    expect((await runCli(['--jsonl', '-o', join(dir, 'new.jsonl')], 'not json\n')).code).toBe(1);
    expect(readdirSync(dir)).toEqual(['clean.jsonl']);
  });

  it('replaces an existing FILE keeping its permissions, and writes through a symbolic link', async () => {
    const dir = freshDir();
    const file = join(dir, 'clean.jsonl');
    writeFileSync(file, 'old\n');
    chmodSync(file, 0o640);
    symlinkSync(file, join(dir, 'link.jsonl'));
    expect((await runCli(['--jsonl', '-o', join(dir, 'link.jsonl')], RECORDS)).code).toBe(0);
    expect(lstatSync(join(dir, 'link.jsonl')).isSymbolicLink()).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(CLEANED);
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('writes /dev/stdout and - directly instead of renaming over them', async () => {
    for (const name of ['/dev/stdout', '-']) {
      const result = await runCli(['--jsonl', '-o', name], RECORDS);
      expect(result.code).toBe(0);
      expect(result.stdout.toString()).toBe(CLEANED);
    }
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
  });

  it('writes a named pipe directly', async () => {
    const dir = freshDir();
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const reader = new Promise<string>((resolve) => {
      const chunks: Buffer[] = [];
      createReadStream(fifo).on('data', (chunk) => chunks.push(chunk as Buffer)).on('end', () => resolve(Buffer.concat(chunks).toString()));
    });
    const result = await runCli(['--jsonl', '-o', fifo], RECORDS);
    expect(result.code).toBe(0);
    expect(await reader).toBe(CLEANED);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['fifo']);
  });

  it('refuses, with exit 2 and before reading, an output that is also an input', async () => {
    const dir = freshDir();
    const input = join(dir, 'shard.jsonl');
    writeFileSync(input, RECORDS);
    symlinkSync(input, join(dir, 'alias.jsonl'));
    for (const output of [input, join(dir, 'alias.jsonl')]) {
      const result = await runCli(['--jsonl', '-o', output, input]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('is also an input file');
    }
    expect(readFileSync(input, 'utf8')).toBe(RECORDS);
  });

  it.skipIf(!existsSync('/dev/full'))('exits 1 naming the file that cannot be written, -o or --audit, and leaves no other file', async () => {
    const records = Array.from({ length: 3000 }, (_, index) => `{"id":${index},"text":"Body ${index}.\\nCOMMENT"}\n`).join('');
    for (const [option, other] of [['-o', '--audit'], ['--audit', '-o']] as const) {
      const dir = freshDir();
      const result = await runCli(['--jsonl', option, '/dev/full', other, join(dir, 'other.jsonl')], records);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^boilerstrip: cannot write \/dev\/full: ENOSPC/);
      expect(readdirSync(dir)).toEqual([]);
    }
  });

  it('exits 1 naming FILE when its directory does not exist', async () => {
    const result = await runCli(['-o', join(freshDir(), 'missing', 'out.txt')], 'Body.\n');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^boilerstrip: cannot create .*missing\/out\.txt: no such file or directory\. Check that the directory exists and is writable\.\n$/);
  });
});

describe('the cleanup at exit and on signals', () => {
  it('removes the temporary files of outputs not yet committed, and only those', async () => {
    const dir = freshDir();
    const done = new OutputFile(join(dir, 'done.txt'), process);
    done.stream.write('complete\n');
    await done.finish();
    done.publish();
    const pending = new OutputFile(join(dir, 'pending.txt'), process);
    pending.stream.write('half');
    expect(readdirSync(dir)).toHaveLength(2);
    runCleanup();
    expect(readdirSync(dir)).toEqual(['done.txt']);
    await pending.discard();
    expect(readFileSync(join(dir, 'done.txt'), 'utf8')).toBe('complete\n');
  });
});

/** Starts the CLI on a stream that stays open, waits until its temporary output exists, then stops it. */
async function interrupt(signal: NodeJS.Signals, args: string[], dir: string): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, [CLI_PATH, ...args], { stdio: ['pipe', 'ignore', 'ignore'] });
  child.stdin.on('error', () => {});
  child.stdin.write('{"text":"Body.\\nCOMMENT"}\n'.repeat(5000));
  while (!readdirSync(dir).some((name) => name.endsWith('.tmp'))) await new Promise((resolve) => setTimeout(resolve, 20));
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, received) => resolve({ code, signal: received })));
  child.kill(signal);
  return closed;
}

describe('-o FILE and stop signals', () => {
  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('leaves neither FILE nor a temporary file after %s, and the audit file neither', async (signal) => {
    const dir = freshDir();
    const result = await interrupt(signal, ['--jsonl', '-o', join(dir, 'clean.jsonl.gz'), '--audit', join(dir, 'audit.jsonl')], dir);
    expect(result.signal).toBe(signal);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves an existing FILE as it was after SIGTERM', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'clean.jsonl'), 'previous\n');
    await interrupt('SIGTERM', ['--jsonl', '-o', join(dir, 'clean.jsonl')], dir);
    expect(readdirSync(dir)).toEqual(['clean.jsonl']);
    expect(readFileSync(join(dir, 'clean.jsonl'), 'utf8')).toBe('previous\n');
  });
});
