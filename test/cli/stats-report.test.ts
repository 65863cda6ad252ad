import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { hardWrap } from '../../bench/eval/converter-layout.js';
import { formatStatsReport } from '../../src/cli/stats-report.js';
import { Stats } from '../../src/engine/records.js';
import { JsonlCounts } from '../../src/jsonl/jsonl-counts.js';
import { runCli } from '../helpers/cli.js';
import { ARTICLE, ENGLISH_NOTICE, FOOTER, MENU, page, RELATED, SPLIT_ARTICLE, splitPage, TURKISH_STORY } from '../helpers/pages.js';

const freshDir = (): string => mkdtempSync(join(tmpdir(), 'boilerstrip-stats-'));
const CORPUS = '{"id":1,"text":"Body.\\nREAD | x\\nCOMMENT"}\n{"id":2}\n{"id":3,"text":null}\nnot json\n\n{"id":4,"text":"Two.\\n\\nCOMMENT"}\n';

describe('--stats-json FILE', () => {
  it('writes documents, records passed unchanged and why, lines, bytes, per-rule counts, time and MB/s', async () => {
    const dir = freshDir();
    const input = join(dir, 'corpus.jsonl.gz');
    writeFileSync(input, gzipSync(CORPUS));
    const result = await runCli(['--jsonl', '--on-invalid', 'pass', '--stats-json', join(dir, 'stats.json'), input]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const stats = JSON.parse(readFileSync(join(dir, 'stats.json'), 'utf8')) as Record<string, unknown>;
    expect(stats).toMatchObject({
      documents: 2,
      records: { parsed: 4, passedUnchanged: { missingField: 1, null: 1, notString: 0, invalidJson: 1, overMaxRecordBytes: 0, loneSurrogate: 0 }, blankLines: 1 },
      removalBudget: { overBudget: 0, unchecked: 0 },
      lines: { in: 6, out: 2, removed: 4 },
      bytes: { in: 35, out: 11, read: gzipSync(CORPUS).length, decoded: Buffer.byteLength(CORPUS) },
      rules: {
        'comment-widget': { pack: 'comments', action: 'drop', lines: 2 },
        'read-pipe-teaser': { pack: 'related', action: 'drop', lines: 1 },
        'blank-lines': { pack: 'policy', action: 'blank', lines: 1 },
      },
    });
    expect(stats.seconds).toBeTypeOf('number');
    expect(stats.megabytesPerSecond).toBeTypeOf('number');
  });

  it('works in plain-text mode too, and with --stats on stderr at the same time', async () => {
    const dir = freshDir();
    const result = await runCli(['--stats', '--stats-json', join(dir, 'stats.json')], 'Body.\nREAD | x\n');
    const stats = JSON.parse(readFileSync(join(dir, 'stats.json'), 'utf8')) as Record<string, unknown>;
    expect(stats).toMatchObject({ documents: 1, lines: { in: 2, out: 1, removed: 1 } });
    expect(stats).not.toHaveProperty('records');
    expect(result.stderr).toMatch(/^boilerstrip: 1 document; lines 2 in, 1 out \(1 removed\)/);
    expect(result.stderr).toMatch(/\ntime: \d+\.\d\d s, \d+\.\d MB\/s\n/);
  });
});

describe('--stats', () => {
  it('writes every count with thousands separators, per-rule counts aligned', () => {
    const stats = new Stats();
    Object.assign(stats, { documents: 12_345, linesIn: 2_000_000, linesOut: 1_500_000, overBudget: 1_200, unchecked: 3_400 });
    for (let line = 0; line < 1_234_567; line++) stats.countRule('page-outside-main', 'page', 'drop');
    stats.countRule('read-pipe-teaser', 'related', 'drop');
    const jsonl = Object.assign(new JsonlCounts(), { records: 12_345, missing: 1_001, null: 2_002, notString: 3_003, invalid: 4_004, oversized: 5_005, loneSurrogate: 6_006, blank: 7_007 });
    const report = formatStatsReport({ stats, jsonl, bytesRead: 0, bytesDecoded: 0, seconds: 1 });
    expect(report).toContain('records: 12,345 parsed; passed unchanged: 1,001 missing field, 2,002 null, 3,003 not a string, 4,004 invalid JSON, 5,005 over --max-record-bytes, 6,006 lone surrogate, 7,007 blank\n');
    expect(report).toContain('removal budget: 1,200 documents written unchanged (over budget), 3,400 too long to check\n');
    expect(report).toContain('\n  page-outside-main  1,234,567  removed  (page)\n  read-pipe-teaser           1  removed  (related)\n');
  });

  it('prints records passed unchanged by reason and the removal budget', async () => {
    const result = await runCli(['--jsonl', '--on-invalid', 'pass', '--stats', '--max-removed-ratio', '0.6'], CORPUS);
    expect(result.stderr).toContain('records: 4 parsed; passed unchanged: 1 missing field, 1 null, 0 not a string, 1 invalid JSON, 0 over --max-record-bytes, 0 lone surrogate, 1 blank');
    expect(result.stderr).toContain('removal budget: 1 document written unchanged (over budget), 0 too long to check');
  });
});

describe('page analysis counts', () => {
  const turkishMenu = ['Ana sayfa', 'Haberler', 'Spor', 'Ekonomi', 'Kültür'];
  const turkish = page(turkishMenu, TURKISH_STORY, [ENGLISH_NOTICE], ['İletişim', 'Hakkımızda', 'Kullanım koşulları', 'Kariyer']);
  // A line shaped as running text far below the story, which reading by shape would drop: the analysis stands aside.
  const teaser = 'Limanın yanındaki yeni park gelecek ay açılacak ve sakinler hafta sonları ücretsiz konserlerin tadını çıkarabilecek.';
  const turkishWithTeaser = page(turkishMenu, TURKISH_STORY, turkishMenu, turkishMenu, [teaser], turkishMenu);
  const corpus = `${hardWrap(page(MENU, ARTICLE, RELATED, FOOTER, MENU), 72)}\f\n${turkish}\f\n${turkishWithTeaser}\f\n${page(ARTICLE)}\f\n${splitPage(MENU, SPLIT_ARTICLE.flat(), FOOTER)}`;

  it.each([['1'], ['2']])('say how the documents were read, with --jobs %s', async (jobs) => {
    const dir = freshDir();
    const result = await runCli(['--doc-separator', '\f', '--jobs', jobs, '--profile', 'page', '--stats', '--stats-json', join(dir, 'stats.json')], corpus);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'page analysis: 5 whole pages, 0 extracted texts; 1 hard-wrapped, 1 split at inline markup, 2 in a language the function-word lists do not cover (1 read by the shape of their lines, 1 left to the rules)',
    );
    expect(JSON.parse(readFileSync(join(dir, 'stats.json'), 'utf8'))).toMatchObject({ pageAnalysis: { pages: 5, articles: 0, wrapped: 1, fragmented: 1, readByShape: 1, unreadLanguage: 1 } });
  });

  it('count one document in the singular', async () => {
    const result = await runCli(['--profile', 'article', '--stats'], page(ARTICLE));
    expect(result.stderr).toMatch(/^boilerstrip: 1 document; /);
    expect(result.stderr).toContain('page analysis: 0 whole pages, 1 extracted text; ');
  });

  it('are left out when no document went through the analysis', async () => {
    const result = await runCli(['--profile', 'lines', '--stats'], corpus);
    expect(result.stderr).not.toContain('page analysis');
  });
});
