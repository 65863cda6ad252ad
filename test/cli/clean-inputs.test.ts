import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const freshDir = (): string => mkdtempSync(join(tmpdir(), 'boilerstrip-batch-'));
const BODY = 'The council voted on Tuesday to rebuild the old sea wall before the winter storms arrive.';
/** Three records: one loses a little, one loses almost everything (a rule gone wrong), one nothing. */
const CORPUS = [
  { id: 'light', text: `${BODY}\nCOMMENT` },
  { id: 'wiped', text: 'READ | Council votes\nREAD | Storm season\nTags: harbour, council\nShort.' },
  { id: 'clean', text: BODY },
]
  .map((record) => `${JSON.stringify(record)}\n`)
  .join('');

describe('--max-removed-ratio', () => {
  it('writes a document that would lose more than R of its words unchanged, flagged in audit and stats', async () => {
    const dir = freshDir();
    const result = await runCli(['--jsonl', '--max-removed-ratio', '0.5', '--audit', join(dir, 'audit.jsonl'), '--stats-json', join(dir, 'stats.json')], CORPUS);
    expect(result.code).toBe(0);
    const records = result.stdout.toString().split('\n').filter(Boolean).map((line) => JSON.parse(line) as { id: string; text: string });
    expect(records.map((record) => record.text)).toEqual([`${BODY}\n`, JSON.parse(CORPUS.split('\n')[1]!).text, BODY]);
    const audit = readFileSync(join(dir, 'audit.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(audit).toEqual([
      { file: '-', doc: 'light', line: 2, rule: 'comment-widget', action: 'drop', text: 'COMMENT' },
      { file: '-', doc: 'wiped', flag: 'over-budget', removedRatio: expect.any(Number) },
    ]);
    expect(audit[1]!.removedRatio).toBeGreaterThan(0.5);
    const stats = JSON.parse(readFileSync(join(dir, 'stats.json'), 'utf8')) as { removalBudget: unknown; rules: Record<string, { lines: number }> };
    expect(stats.removalBudget).toEqual({ overBudget: 1, unchecked: 0 });
    expect(Object.keys(stats.rules)).toEqual(['comment-widget']);
  });

  it('without it, the same corpus is cleaned whole', async () => {
    const result = await runCli(['--jsonl'], CORPUS);
    expect(result.stdout.toString()).toContain('"id":"wiped","text":"Short."');
  });

  it('works in plain-text mode, document by document', async () => {
    const input = `${BODY}\nCOMMENT\n\f\nREAD | a\nREAD | b\nShort.\n`;
    const result = await runCli(['--doc-separator', '\f', '--max-removed-ratio', '0.5', '--stats'], input);
    expect(result.stdout.toString()).toBe(`${BODY}\n\f\nREAD | a\nREAD | b\nShort.\n`);
    expect(result.stderr).toContain('removal budget: 1 document written unchanged');
  });

  it('rejects a ratio outside 0..1 with exit 2', async () => {
    for (const ratio of ['1.5', 'half', '']) {
      const result = await runCli(['--max-removed-ratio', ratio], 'Body.\n');
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`boilerstrip: --max-removed-ratio takes a share of a document's words from 0 to 1, e.g. 0.5; got "${ratio}"\n`);
    }
  });
});

describe('plain-text mode', () => {
  it('takes -o, --audit and --stats-json like --jsonl, each file appearing when complete', async () => {
    const dir = freshDir();
    const input = join(dir, 'page.txt');
    writeFileSync(input, `${BODY}\nREAD | x\n`);
    const result = await runCli(['-o', join(dir, 'clean.txt.gz'), '--audit', join(dir, 'audit.jsonl'), '--stats-json', join(dir, 'stats.json'), input]);
    expect(result.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['audit.jsonl', 'clean.txt.gz', 'page.txt', 'stats.json']);
    expect(JSON.parse(readFileSync(join(dir, 'audit.jsonl'), 'utf8'))).toEqual({ file: input, doc: 1, line: 2, rule: 'read-pipe-teaser', action: 'drop', text: 'READ | x' });
  });
});

describe('output names', () => {
  it('refuses an audit or stats file that is an input or another output, before writing anything', async () => {
    const dir = freshDir();
    const input = join(dir, 'in.txt');
    writeFileSync(input, 'Body.\n');
    const cases = [
      [['--audit', input, input], '--audit'],
      [['--stats-json', input, input], '--stats-json'],
      [['-o', join(dir, 'x'), '--audit', join(dir, 'x'), input], '--output and --audit both name'],
    ] as const;
    for (const [args, message] of cases) {
      const result = await runCli(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(message);
    }
    expect(readFileSync(input, 'utf8')).toBe('Body.\n');
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });

  it('lets devices such as /dev/null be named twice', async () => {
    const result = await runCli(['-o', '/dev/null', '--audit', '/dev/null', '--stats-json', '/dev/null'], 'Body.\nCOMMENT\n');
    expect(result.code).toBe(0);
  });

  it('removes audit and stats files too when the run fails', async () => {
    const dir = freshDir();
    const result = await runCli(['--jsonl', '-o', join(dir, 'o'), '--audit', join(dir, 'a'), '--stats-json', join(dir, 's')], '{"text":"x\\nCOMMENT"}\nbroken\n');
    expect(result.code).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  });
});
