import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { refuseClashingNames, RunOutputs } from '../../src/cli/run-outputs.js';

const freshDir = (): string => mkdtempSync(join(tmpdir(), 'boilerstrip-outputs-'));
const io = () => ({ stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough() });
const NONE = { output: undefined, audit: undefined, statsJson: undefined };

describe('RunOutputs', () => {
  it('puts every file in place together, only when published', async () => {
    const dir = freshDir();
    const outputs = new RunOutputs(io());
    outputs.open({ output: join(dir, 'clean.txt'), audit: join(dir, 'audit.jsonl'), statsJson: join(dir, 'stats.json') });
    outputs.output!.stream.write('Body.\n');
    outputs.statsJson!.stream.write('{}\n');
    expect(readdirSync(dir).filter((name) => !name.endsWith('.tmp'))).toEqual([]);
    await outputs.publish();
    expect(readdirSync(dir).sort()).toEqual(['audit.jsonl', 'clean.txt', 'stats.json']);
    expect(readFileSync(join(dir, 'clean.txt'), 'utf8')).toBe('Body.\n');
  });

  it('leaves no file behind when discarded, and a file it would have replaced as it was', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'clean.txt'), 'Before.\n');
    const outputs = new RunOutputs(io());
    outputs.open({ ...NONE, output: join(dir, 'clean.txt'), audit: join(dir, 'audit.jsonl') });
    outputs.output!.stream.write('After.\n');
    await outputs.discard();
    expect(readdirSync(dir)).toEqual(['clean.txt']);
    expect(readFileSync(join(dir, 'clean.txt'), 'utf8')).toBe('Before.\n');
  });

  it('discards the files opened before one that cannot be opened', async () => {
    const dir = freshDir();
    const outputs = new RunOutputs(io());
    expect(() => outputs.open({ ...NONE, output: join(dir, 'clean.txt'), audit: join(dir, 'missing', 'audit.jsonl') })).toThrow(/cannot create .*audit\.jsonl/);
    await outputs.discard();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes to standard output without -o', async () => {
    const streams = io();
    const outputs = new RunOutputs(streams);
    outputs.open(NONE);
    outputs.sink().end('Body.\n');
    expect(streams.stdout.read()?.toString()).toBe('Body.\n');
  });
});

describe('refuseClashingNames', () => {
  it('refuses an output that is an input or another output', () => {
    const dir = freshDir();
    const input = join(dir, 'in.txt');
    writeFileSync(input, 'Body.\n');
    expect(() => refuseClashingNames({ ...NONE, output: input }, [input])).toThrow(`--output ${input} is also an input file`);
    expect(() => refuseClashingNames({ ...NONE, output: join(dir, 'x'), statsJson: join(dir, 'x') }, [input])).toThrow('--output and --stats-json both name');
    expect(() => refuseClashingNames({ ...NONE, output: join(dir, 'out.txt'), audit: input }, ['-', input])).toThrow(`--audit ${input} is also an input file`);
    expect(() => refuseClashingNames({ ...NONE, output: join(dir, 'out.txt'), audit: join(dir, 'audit.jsonl') }, [input, '-'])).not.toThrow();
  });
});
