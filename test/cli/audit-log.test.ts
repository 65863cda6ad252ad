import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { hasSeeds, SEEDS_DIR, seedNames } from '../helpers/paths.js';

const freshDir = (): string => mkdtempSync(join(tmpdir(), 'boilerstrip-audit-'));
const readJsonLines = (file: string): Record<string, unknown>[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** Lines per rule in the audit trail, to set beside the rules section of --stats-json. */
function countByRule(entries: Record<string, unknown>[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entry of entries) if (typeof entry.rule === 'string') counts[entry.rule] = (counts[entry.rule] ?? 0) + 1;
  return counts;
}

const statsRuleCounts = (file: string): Record<string, number> =>
  Object.fromEntries(Object.entries((JSON.parse(readFileSync(file, 'utf8')) as { rules: Record<string, { lines: number }> }).rules).map(([id, { lines }]) => [id, lines]));

describe('--audit with --jsonl', () => {
  it('writes one line per removed line: file, record id, line in the document, rule, action, text', async () => {
    const dir = freshDir();
    const input = '{"id":"a","text":"Body.\\n\\nREAD | x"}\n{"text":"Body.\\nCOMMENT"}\n{"id":7,"text":"Nothing to do."}\n';
    const result = await runCli(['--jsonl', '--audit', join(dir, 'audit.jsonl')], input);
    expect(result.code).toBe(0);
    expect(readJsonLines(join(dir, 'audit.jsonl'))).toEqual([
      { file: '-', doc: 'a', line: 2, rule: 'blank-lines', action: 'drop', text: '' },
      { file: '-', doc: 'a', line: 3, rule: 'read-pipe-teaser', action: 'drop', text: 'READ | x' },
      { file: '-', doc: 2, line: 2, rule: 'comment-widget', action: 'drop', text: 'COMMENT' },
    ]);
  });

  it('names records by a nested --id-field, by record number when it is missing', async () => {
    const dir = freshDir();
    const input = '{"meta":{"url":"https://x.test/1"},"text":"Body.\\nCOMMENT"}\n{"meta":{},"text":"Body.\\nCOMMENT"}\n';
    await runCli(['--jsonl', '--id-field', 'meta.url', '--audit', join(dir, 'audit.jsonl'), '-o', join(dir, 'out.jsonl')], input);
    expect(readJsonLines(join(dir, 'audit.jsonl')).map((entry) => entry.doc)).toEqual(['https://x.test/1', 2]);
  });

  it.skipIf(!hasSeeds)('counts the same removals per rule as --stats-json, over a corpus of seed articles', async () => {
    const dir = freshDir();
    const corpus = seedNames()
      .map((name, index) => JSON.stringify({ id: `seed-${index}`, text: readFileSync(`${SEEDS_DIR}${name}.input.txt`, 'utf8') }))
      .join('\n');
    writeFileSync(join(dir, 'corpus.jsonl'), `${corpus}\n`);
    const result = await runCli(['--jsonl', '--audit', join(dir, 'audit.jsonl'), '--stats-json', join(dir, 'stats.json'), '-o', join(dir, 'out.jsonl'), join(dir, 'corpus.jsonl')]);
    expect(result.code).toBe(0);
    const audit = readJsonLines(join(dir, 'audit.jsonl'));
    expect(audit.length).toBeGreaterThan(10);
    expect(countByRule(audit)).toEqual(statsRuleCounts(join(dir, 'stats.json')));
  });
});

describe.skipIf(!hasSeeds)('--audit in plain-text mode', () => {
  it('names each FILE and its document number; counts match --stats-json, blank lines included', async () => {
    const dir = freshDir();
    const files = seedNames().map((name) => `${SEEDS_DIR}${name}.input.txt`);
    const result = await runCli(['--audit', join(dir, 'audit.jsonl'), '--stats-json', join(dir, 'stats.json'), '-o', join(dir, 'out.txt'), ...files]);
    expect(result.code).toBe(0);
    const audit = readJsonLines(join(dir, 'audit.jsonl'));
    expect(files).toEqual(expect.arrayContaining([...new Set(audit.map((entry) => entry.file))]));
    expect(new Set(audit.map((entry) => entry.doc))).toEqual(new Set([1]));
    expect(audit.some((entry) => entry.rule === 'blank-lines')).toBe(true);
    expect(countByRule(audit)).toEqual(statsRuleCounts(join(dir, 'stats.json')));
  });

  it('numbers the documents of a file split by --doc-separator', async () => {
    const dir = freshDir();
    await runCli(['--doc-separator', '\f', '--audit', join(dir, 'audit.jsonl')], 'Body.\nCOMMENT\n\f\nBody.\nREAD | x\n');
    expect(readJsonLines(join(dir, 'audit.jsonl')).map((entry) => [entry.doc, entry.line, entry.rule])).toEqual([
      [1, 2, 'comment-widget'],
      [2, 2, 'read-pipe-teaser'],
    ]);
  });
});
