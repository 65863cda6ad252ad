import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { hardWrap } from '../../bench/eval/converter-layout.js';
import { ARTICLE, FOOTER, keptLines, MENU, page, SPLIT_ARTICLE, splitPage } from '../helpers/pages.js';

const wholePage = page(MENU, ARTICLE, FOOTER);

describe('boilerstrip --profile', () => {
  it('page finds the article in a whole page', async () => {
    const result = await runCli(['--profile', 'page'], wholePage);
    expect(result.code).toBe(0);
    expect(keptLines(result.stdout.toString())).toEqual(ARTICLE);
  });

  it('lines applies the line rules alone', async () => {
    const result = await runCli(['--profile', 'lines'], wholePage);
    expect(keptLines(result.stdout.toString())).toContain('* Travel');
  });

  it('rejects an unknown profile with exit 2', async () => {
    const result = await runCli(['--profile', 'blog'], wholePage);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/profile/);
  });

  it('--explain shows the page feature that decided a line and its values', async () => {
    const result = await runCli(['--profile', 'page', '--explain'], wholePage);
    const rows = result.stdout.toString().split('\n').map((row) => row.split('\t'));
    expect(rows.find((row) => row[3] === '* Travel')?.slice(1, 3)).toEqual(['drop', expect.stringMatching(/^page-outside-main words=2 fw=0\.00 text=no$/)]);
    expect(rows.find((row) => row[3] === ARTICLE[2])?.slice(1, 3)).toEqual(['keep', expect.stringMatching(/^page-main-text words=32 fw=0\.\d\d text=yes$/)]);
  });

  it('--explain names the paragraph a line of hard-wrapped or split text was read in', async () => {
    const wrapped = await runCli(['--profile', 'page', '--explain'], hardWrap(page(MENU, ARTICLE, FOOTER), 72));
    const wrappedRows = wrapped.stdout.toString().split('\n').map((row) => row.split('\t'));
    const firstLineOfParagraph = hardWrap(ARTICLE[2]!, 72).split('\n')[0];
    expect(wrappedRows.find((row) => row[3] === firstLineOfParagraph)?.slice(1, 3)).toEqual(['keep', expect.stringMatching(/ paragraph-lines=3$/)]);
    const split = await runCli(['--profile', 'page', '--explain'], splitPage(MENU, SPLIT_ARTICLE.flat(), FOOTER));
    const splitRows = split.stdout.toString().split('\n').map((row) => row.split('\t'));
    expect(splitRows.find((row) => row[3] === 'harbour')?.slice(1, 3)).toEqual(['keep', expect.stringMatching(/^page-main-text .* paragraph-lines=[2-9]$/)]);
  });
});
