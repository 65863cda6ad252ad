import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../src/cli/arguments.js';
import { batchBytesFromEnvironment, usesWorkers, workerSettings } from '../../src/cli/jobs.js';
import { runCli } from '../helpers/cli.js';
import { SEEDS_DIR, SHARED_DIR, hasSeeds, seedNames } from '../helpers/paths.js';

const scratch = mkdtempSync(join(tmpdir(), 'boilerstrip-jobs-'));
const DATASET = `${SHARED_DIR}datasets/l3s-gn1.jsonl`;

/** Batches of 64 KiB cut these inputs (about 1 MiB) into many, which the workers share. */
const SMALL_BATCHES = { BOILERSTRIP_BATCH_BYTES: String(64 << 10) };
const PAGES = 60;

function corpora(): { text: string; jsonl: string; files: string[] } {
  const records = readFileSync(DATASET, 'utf8').split('\n').filter(Boolean).slice(0, PAGES);
  const pages = records.map((line) => (JSON.parse(line) as { text: string }).text);
  const seeds = seedNames().map((name) => readFileSync(`${SEEDS_DIR}${name}.input.txt`, 'utf8'));
  const documents = [...seeds, ...pages, ...pages.slice(0, 20).map((page) => page.replace(/\n/g, '\r\n'))];
  const text = join(scratch, 'pages.txt');
  writeFileSync(text, documents.map((document) => `${document}\n\f\n`).join(''));
  const jsonl = join(scratch, 'pages.jsonl');
  writeFileSync(jsonl, `${records.join('\n')}\n{"id":"last","text":"Body.\\nCOMMENT"}`);
  // Each FILE one document; gzip and empty files among them (gzip is cleaned on the main thread, in its turn).
  const files = documents.slice(0, 30).map((document, index) => {
    const file = join(scratch, `page-${String(index).padStart(2, '0')}.txt`);
    writeFileSync(file, index === 12 ? gzipSync(document) : index === 20 ? '' : document);
    return file;
  });
  return { text, jsonl, files };
}

/** What must not differ between job counts: the output, the audit trail, and the counts (not the timing). */
async function runWithJobs(args: string[], jobs: string, name: string): Promise<{ stdout: Buffer; audit: string; stats: unknown }> {
  const audit = join(scratch, `${name}-${jobs}.audit.jsonl`);
  const statsJson = join(scratch, `${name}-${jobs}.stats.json`);
  const result = await runCli([...args, '--jobs', jobs, '--audit', audit, '--stats-json', statsJson, '--no-progress'], undefined, { env: SMALL_BATCHES });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const { seconds, megabytesPerSecond, ...stats } = JSON.parse(readFileSync(statsJson, 'utf8')) as Record<string, unknown>;
  return { stdout: result.stdout, audit: readFileSync(audit, 'utf8'), stats };
}

/** Each test runs the CLI three times over about 1 MiB, with up to three threads compiling the rules: seconds each, many more on a loaded machine. */
const JOBS_TEST_TIMEOUT = 120_000;

describe.skipIf(!hasSeeds)('--jobs', { timeout: JOBS_TEST_TIMEOUT }, () => {
  const { text, jsonl, files } = corpora();

  it.each([
    ['documents split by --doc-separator', ['--doc-separator', '\f', text]],
    ['documents under a removal budget (flags in the audit)', ['--doc-separator', '\f', '--max-removed-ratio', '0.6', text]],
    ['--jsonl records', ['--jsonl', jsonl]],
    ['several FILEs, each one document,', files],
  ])('%s come out the same bytes, audit and counts whatever the job count', async (name, args) => {
    const one = await runWithJobs(args, '1', name);
    expect(one.audit.length).toBeGreaterThan(0);
    if (args.includes('--max-removed-ratio')) expect(one.audit).toContain('"flag":"over-budget"');
    for (const jobs of ['2', '3']) {
      const many = await runWithJobs(args, jobs, name);
      expect(many.stdout.equals(one.stdout), `stdout with --jobs ${jobs}`).toBe(true);
      expect(many.audit, `audit with --jobs ${jobs}`).toBe(one.audit);
      expect(many.stats, `stats with --jobs ${jobs}`).toEqual(one.stats);
    }
  });

  it('cleans with user rules and --disable the same whatever the job count (workers get the rules the main thread checked)', async () => {
    const rules = join(scratch, 'user-rules.yaml');
    writeFileSync(rules, 'rules:\n  - id: user-the\n    match: { regex: "^(?:The|A) [a-z]+\\\\b" }\n    maxWords: null\n');
    const args = ['--jsonl', '--rules', rules, '--disable', 'tags-line', jsonl];
    const one = await runWithJobs(args, '1', 'user-rules');
    expect(one.audit).toContain('"rule":"user-the"');
    for (const jobs of ['2', '3']) {
      const many = await runWithJobs(args, jobs, 'user-rules');
      expect(many.stdout.equals(one.stdout), `stdout with --jobs ${jobs}`).toBe(true);
      expect(many.audit, `audit with --jobs ${jobs}`).toBe(one.audit);
    }
  });

  it('finishes on the main thread, with the same output and audit, after a document too long to hold for a worker', async () => {
    const pages = readFileSync(text, 'utf8').split('\f\n');
    // 64 batches of 1 KiB: a document of more than 64 KiB is too long to hold.
    const long = pages.slice(10, 40).join('');
    const file = join(scratch, 'long-document.txt');
    writeFileSync(file, [...pages.slice(0, 10), long, ...pages.slice(40, 60)].join('\f\n'));
    expect(long.length).toBeGreaterThan(64 << 10);
    const args = ['--doc-separator', '\f', file, '--no-progress'];
    const audit = (jobs: string) => join(scratch, `long-document-${jobs}.audit.jsonl`);
    const one = await runCli([...args, '--audit', audit('1')]);
    const many = await runCli([...args, '--audit', audit('2'), '--jobs', '2'], undefined, { env: { BOILERSTRIP_BATCH_BYTES: '1024' } });
    expect(many.code).toBe(0);
    expect(many.stdout.equals(one.stdout)).toBe(true);
    // Documents after the long one are numbered on from those the batches before it held.
    expect(readFileSync(audit('2'), 'utf8')).toBe(readFileSync(audit('1'), 'utf8'));
  });

  it('names the line of an invalid record as one thread would', async () => {
    const file = join(scratch, 'invalid.jsonl');
    writeFileSync(file, `${readFileSync(jsonl, 'utf8').split('\n').slice(0, 50).join('\n')}\nnot json\n`);
    const result = await runCli(['--jsonl', '--jobs', '2', file], undefined, { env: SMALL_BATCHES });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}:51: not valid JSON`);
  });

  it('stops at a FILE that cannot be read after writing the FILEs before it, as one thread would', async () => {
    const args = [...files.slice(0, 8), join(scratch, 'missing.txt'), ...files.slice(8, 12), '--no-progress'];
    const one = await runCli(args);
    const many = await runCli([...args, '--jobs', '2']);
    expect(many.code).toBe(1);
    expect(many.stderr).toBe(one.stderr);
    expect(many.stdout.length).toBeGreaterThan(0);
    expect(many.stdout.equals(one.stdout)).toBe(true);
  });

  it.skipIf(!existsSync('/dev/full'))('ends with exit 1 and one line naming the file when the output or the audit of several FILEs cannot be written', async () => {
    for (const option of ['-o', '--audit']) {
      const result = await runCli([...files, option, '/dev/full', '--jobs', '2', '--no-progress']);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^boilerstrip: cannot write \/dev\/full: ENOSPC[^\n]*\n$/);
    }
  });

  it('refuses --explain, and a job count that is not a whole number from 1', async () => {
    const explain = await runCli(['--explain', '--jobs', '2', '--doc-separator', '\f'], 'Body.\n');
    expect(explain.code).toBe(2);
    expect(explain.stderr).toMatch(/--explain .* without --jobs/);
    for (const jobs of ['0', 'two', '1.5', '']) {
      const result = await runCli(['--jobs', jobs], 'Body.\n');
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`boilerstrip: --jobs takes a whole number of worker threads from 1, or auto; got "${jobs}"\n`);
    }
  });
});

describe('the --jobs plan', () => {
  it('uses workers only for input that cuts into units a worker cleans alone', async () => {
    const plan = async (argv: string[], inputs: string[]) => usesWorkers(await parseOptions(argv), inputs);
    expect(await plan(['--jobs', '2', '--jsonl'], ['-'])).toBe(true);
    expect(await plan(['--jobs', '2', '--doc-separator', '\f'], ['-'])).toBe(true);
    expect(await plan(['--jobs', '2'], ['a.txt', 'b.txt'])).toBe(true);
    expect(await plan(['--jobs', '2'], ['a.txt'])).toBe(false);
    expect(await plan(['--jobs', '1', '--jsonl'], ['-'])).toBe(false);
  });

  it('gives the workers the cleaning settings of the arguments', async () => {
    const settings = workerSettings(await parseOptions(['--jsonl', '--field', 'body', '--max-removed-ratio', '0.5', '--audit', 'a.jsonl']));
    expect(settings).toMatchObject({ mode: 'jsonl', maxRemovedRatio: 0.5, audit: true, jsonl: { field: 'body' } });
    expect(settings).not.toHaveProperty('docSeparator');
  });

  it('takes BOILERSTRIP_BATCH_BYTES as a whole number of bytes from 1, and refuses anything else', () => {
    expect(batchBytesFromEnvironment({})).toEqual({});
    expect(batchBytesFromEnvironment({ BOILERSTRIP_BATCH_BYTES: '1024' })).toEqual({ batchBytes: 1024 });
    for (const value of ['0', '1.5', 'lots']) expect(() => batchBytesFromEnvironment({ BOILERSTRIP_BATCH_BYTES: value })).toThrow(`BOILERSTRIP_BATCH_BYTES must be a whole number of bytes from 1; got "${value}"`);
  });
});
