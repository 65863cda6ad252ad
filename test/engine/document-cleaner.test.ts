import { describe, expect, it } from 'vitest';
import { hardWrap } from '../../bench/eval/converter-layout.js';
import { compileRules, Stats, strip } from '../../src/index.js';
import { DocumentCleaner } from '../../src/engine/document-cleaner.js';
import { LineSplitter } from '../../src/bytes/line-splitter.js';
import type { RuleSet } from '../../src/rules/compile.js';
import type { Profile } from '../../src/rules/page-schema.js';
import type { LineRecord } from '../../src/engine/records.js';
import { ARTICLE, FOOTER, keptLines, KOREAN_STORY, MENU, page, RELATED, SPLIT_ARTICLE, splitPage } from '../helpers/pages.js';
import { rulesFromYaml } from '../helpers/rules.js';

const rules = compileRules();
const clean = (text: string) => strip(text, { rules, profile: 'page' });

describe('document cleaner: the page analysis and the line rules', () => {
  const [, byline, ...body] = ARTICLE;
  const wrapped = body.map((paragraph) => hardWrap(paragraph, 72).trimEnd());
  const headline = 'All the ferries of the harbour are to be replaced by faster boats and other';

  it('keeps the last line of a wrapped headline that a rule removed on its own, a word in lower case', () => {
    const heads = [
      `${headline}\nservices`,
      // A headline the analysis reads as the head of the page, and one with a full stop inside.
      'The ferries of the harbour are all to be replaced by faster boats and\nservices',
      'All the ferries of St. Ives are to be replaced by faster boats and other\nservices',
    ];
    for (const head of heads) {
      const { text, removals } = clean(page(MENU, [head, byline!], wrapped, FOOTER));
      expect(keptLines(text).slice(0, 2), head).toEqual(head.split('\n'));
      expect(removals.map((removal) => removal.text)).not.toContain('services');
    }
  });

  it('keeps that line in extracted text too, where the analysis reads the document as an article', () => {
    const head = `${headline}\nservices`;
    for (const profile of ['auto', 'article'] as const) {
      const { text, removals } = strip([head, byline!, ...wrapped].join('\n\n'), { rules, profile });
      expect(keptLines(text).slice(0, 2), profile).toEqual(head.split('\n'));
      expect(removals.map((removal) => removal.text), profile).not.toContain('services');
    }
  });

  it('leaves such a line removed after a blank line, in capitals, of two words, under a line that ends a sentence, or under running text', () => {
    const heads = [`${headline}\n\nservices`, `${headline}\nServices`, `${headline}\nsite map`, 'The ferries of the harbour are all to be replaced by faster boats.\nservices'];
    const removedLast = (head: string, paragraphs: string[]): void => {
      const last = head.split('\n').at(-1)!;
      const { text, removals } = clean(page(MENU, [head, byline!], paragraphs, FOOTER));
      expect(keptLines(text), head).not.toContain(last);
      expect(removals.map((removal) => removal.text), head).toContain(last);
    };
    for (const head of heads) removedLast(head, wrapped);
    // Where the text is not hard-wrapped, a headline is not either.
    removedLast(`${headline}\nservices`, body);
    // Nor under running text that ends no sentence.
    const unfinished = `${hardWrap(body[0]!.replace(/\.$/, ' and the'), 72).trimEnd()}\nservices`;
    const { text, removals } = clean(page(MENU, ARTICLE.slice(0, 2), [unfinished, ...wrapped.slice(1)], FOOTER));
    expect(keptLines(text)).not.toContain('services');
    expect(removals.map((removal) => removal.text)).toContain('services');
  });
});

describe('document cleaner: the lines it holds, copied out of each chunk once', () => {
  it('gives the page fed a few bytes at a time, each chunk overwritten once pushed, as it gives it whole', () => {
    const input = Buffer.from(page(MENU, ARTICLE, FOOTER, MENU));
    const cleanIn = (size: number): string => {
      const pieces: Buffer[] = [];
      const cleaner = new DocumentCleaner(rules, { write: (bytes) => pieces.push(Buffer.from(bytes)) }, new Stats(), undefined, 'page');
      const splitter = new LineSplitter(cleaner, 1 << 20);
      for (let start = 0; start < input.length; start += size) {
        const chunk = Buffer.from(input.subarray(start, start + size));
        splitter.push(chunk);
        // The whole page is held for the analysis: each call copies what the chunk added.
        cleaner.detach();
        chunk.fill('#');
      }
      splitter.end();
      cleaner.end();
      return Buffer.concat(pieces).toString();
    };
    const whole = cleanIn(input.length);
    expect(whole).toBe(clean(input.toString()).text);
    for (const size of [1, 5, 64]) expect(cleanIn(size)).toBe(whole);
  });
});

describe('document cleaner: repeats, counts and oversized lines', () => {
  const [, , first, second, , third] = ARTICLE;
  const fresh = 'The mayor said that the town would hold a public meeting about the plans in the autumn.';
  // The story, then a second copy of three of its paragraphs, new text, and a copy of two.
  const repeated = `${[...ARTICLE, first, second, third, fresh, first, second].join('\n\n')}\n`;
  const repeatsRemoved = (profile: Profile): string[] =>
    strip(repeated, { rules, profile }).removals.filter((removal) => removal.ruleId === 'repeated-paragraph').map((removal) => removal.text);

  it('keeps a second copy of the text, a run of keepRunsOf repeated paragraphs, where the page analysis reads the document, and removes a shorter run', () => {
    for (const profile of ['auto', 'article', 'page'] as const) expect(repeatsRemoved(profile), profile).toEqual([first, second]);
    expect(repeatsRemoved('lines')).toEqual([first, second, third, first, second]);
  });

  /** The stats of cleaning `documents` (each a list of lines) one after the other with one cleaner. */
  function statsOf(documents: string[][], profile: Profile, ruleSet = rules): Stats {
    const stats = new Stats();
    const cleaner = new DocumentCleaner(ruleSet, { write: () => {} }, stats, undefined, profile);
    for (const lines of documents) {
      // The lines of a document in one chunk, as a stream gives them.
      const chunk = Buffer.from(lines.map((line) => `${line}\n`).join(''));
      let start = 0;
      for (const line of lines) {
        const end = start + Buffer.byteLength(line) + 1;
        cleaner.line(chunk, start, end, 1);
        start = end;
      }
      cleaner.end();
    }
    return stats;
  }

  it('counts the documents that held a line, and how the page analysis read each', () => {
    const story = page(MENU, ARTICLE.slice(0, 2), ARTICLE.slice(2), FOOTER).split('\n');
    const byProfile = (profile: Profile): unknown => {
      const { documents, pageAnalysis } = statsOf([story, [], story], profile);
      return { documents, pages: pageAnalysis.pages, articles: pageAnalysis.articles };
    };
    expect(byProfile('page')).toEqual({ documents: 2, pages: 2, articles: 0 });
    expect(byProfile('article')).toEqual({ documents: 2, pages: 0, articles: 2 });
    expect(byProfile('lines')).toEqual({ documents: 2, pages: 0, articles: 0 });
  });

  it('counts the documents read as hard-wrapped text, and those whose running text only the shape of its lines told', () => {
    const [headline, byline, ...body] = ARTICLE;
    const wrapped = page(MENU, [headline!, byline!], body.map((paragraph) => hardWrap(paragraph, 72).trimEnd()), FOOTER).split('\n');
    // Thai is written without spaces between words: no function words to count.
    const thai = page(MENU, [], ['กรุงเทพมหานครเป็นเมืองหลวงของประเทศไทยและเป็นเมืองที่มีประชากรมากที่สุดในประเทศ', 'สภาเมืองลงมติเมื่อวันอังคารให้สร้างกำแพงกั้นทะเลเก่าขึ้นใหม่ก่อนฤดูมรสุม'], FOOTER).split('\n');
    const { wrapped: wrappedCount, readByShape, unreadLanguage } = statsOf([wrapped, thai, thai], 'page').pageAnalysis;
    expect({ wrapped: wrappedCount, readByShape, unreadLanguage }).toEqual({ wrapped: 1, readByShape: 2, unreadLanguage: 0 });
  });

  it('counts the documents split at inline markup, and those in a language the function-word lists do not cover, left to the rules', () => {
    const split = splitPage(MENU, ...SPLIT_ARTICLE, FOOTER).split('\n');
    const korean = page(MENU, [], KOREAN_STORY, FOOTER).split('\n');
    expect(statsOf([split, korean, split], 'page').pageAnalysis).toEqual({ pages: 3, articles: 0, wrapped: 0, fragmented: 2, readByShape: 1, unreadLanguage: 0 });
    // Read as article text, Korean is left to the rules.
    expect(statsOf([korean, split, korean], 'article').pageAnalysis).toEqual({ pages: 0, articles: 3, wrapped: 0, fragmented: 1, readByShape: 0, unreadLanguage: 2 });
  });

  it('reads a page of up to page.maxLines lines and page.maxBytes bytes whole, and one past either bound as the line rules alone decide', () => {
    const lines = page(MENU, ARTICLE, FOOTER).trimEnd().split('\n');
    const bytes = Buffer.byteLength(`${lines.join('\n')}\n`);
    const bounded = (maxLines: number, maxBytes: number): RuleSet => ({ ...rules, page: { ...rules.page, settings: { ...rules.page.settings, maxLines, maxBytes } } });
    const read = (ruleSet: RuleSet): unknown => {
      const { pageAnalysis, linesOut } = statsOf([lines], 'page', ruleSet);
      return { pages: pageAnalysis.pages, linesOut };
    };
    const byLineRules = statsOf([lines], 'lines').linesOut;
    expect(byLineRules).toBeGreaterThan(statsOf([lines], 'page').linesOut);
    expect(read(bounded(lines.length, bytes))).toEqual({ pages: 1, linesOut: statsOf([lines], 'page').linesOut });
    expect(read(bounded(lines.length - 1, bytes))).toEqual({ pages: 0, linesOut: byLineRules });
    expect(read(bounded(lines.length, bytes - 1))).toEqual({ pages: 0, linesOut: byLineRules });
    // Past the bound the analysis reads nothing more: not the lines that come after it either.
    expect(read(bounded(Math.floor(lines.length / 2), bytes))).toEqual({ pages: 0, linesOut: byLineRules });
  });

  it('counts every piece of an oversized line in the bytes read and written', () => {
    const stats = new Stats();
    const written: Buffer[] = [];
    const cleaner = new DocumentCleaner(rules, { write: (bytes) => written.push(Buffer.from(bytes)) }, stats);
    for (const [index, piece] of ['aaaa', 'bbbb', 'cc\n'].entries()) cleaner.oversized(Buffer.from(piece), index === 0, index === 2);
    cleaner.end();
    expect(Buffer.concat(written).toString()).toBe('aaaabbbbcc\n');
    expect([stats.bytesIn, stats.bytesOut, stats.linesIn, stats.linesOut, stats.documents]).toEqual([11, 11, 1, 1, 1]);
  });
});

/** Line rules of each kind that holds a line or changes it: a tail rule, a breadcrumb, a strip rule. */
const junkRules = rulesFromYaml(`
rules:
  - { id: junk, match: { equals: JUNK } }
  - { id: tail-junk, match: { equals: END-JUNK }, zone: tail }
  - { id: head-junk, match: { equals: HEAD-JUNK }, zone: head }
  - { id: stamp, match: { regex: '^date \\d{4}\\b' }, action: strip }
  - { id: crumbs, detect: { kind: breadcrumb, maxTrailWords: 4, minHeadlineWords: 3 } }
`);

/** What one DocumentCleaner made of `documents`, each fed a line at a time: the bytes written, its stats, what its observer heard, and how many records it had heard after each line. */
function cleanLines(documents: string[], ruleSet: RuleSet, profile: Profile, observeKept = true) {
  const records: LineRecord[] = [];
  const pieces: Buffer[] = [];
  const stats = new Stats();
  const heard: number[] = [];
  const cleaner = new DocumentCleaner(ruleSet, { write: (bytes) => pieces.push(Buffer.from(bytes)) }, stats, (record) => records.push(record), profile, observeKept);
  for (const document of documents) {
    const chunk = Buffer.from(document);
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(0x0a, start);
      const end = newline === -1 ? chunk.length : newline + 1;
      cleaner.line(chunk, start, end, newline === -1 ? 0 : 1);
      heard.push(records.length);
      start = end;
    }
    cleaner.end();
  }
  const described = records.map(({ content, ...record }) => ({ ...record, text: content.toString() }));
  return { text: Buffer.concat(pieces).toString(), stats, records: described, heard };
}

describe('document cleaner: tail and breadcrumb candidates, held while later lines decide them', () => {
  const lines = (text: string, profile: Profile = 'lines') => cleanLines([text], junkRules, profile);

  it('settles each line as it arrives under the lines profile, but for lines behind a tail or breadcrumb candidate', () => {
    // Lines 1-2 are heard at once; END-JUNK (3) waits, and JUNK (4) with it, until B (5) keeps it.
    expect(lines('A\nJUNK\nEND-JUNK\nJUNK\nB\nC\n').heard).toEqual([1, 2, 2, 2, 5, 6]);
    expect(lines('A\nJUNK\nEND-JUNK\nJUNK\nB\nC\n').text).toBe('A\nEND-JUNK\nB\nC\n');
    // A breadcrumb candidate waits for the next non-blank line; the headline, a candidate too, for line 4.
    const crumb = lines('Home U.S The mayor opens the new bridge\n\nThe mayor opens the new bridge\nMore text here.\n');
    expect(crumb.heard).toEqual([0, 0, 1, 4]);
    expect(crumb.text).toBe('The mayor opens the new bridge\nMore text here.\n');
    expect(crumb.records.map(({ line, verdict, ruleId }) => [line, verdict, ruleId])).toEqual([
      [1, 'drop', 'crumbs'],
      [2, 'drop', 'blank-lines'],
      [3, 'keep', undefined],
      [4, 'keep', undefined],
    ]);
  });

  it('removes the tail candidates the document ends with, whatever the profile, and keeps those content follows', () => {
    for (const profile of ['lines', 'page', 'auto'] as const) {
      expect(lines('A\nEND-JUNK\n\nEND-JUNK\nJUNK\n', profile).text, profile).toBe('A\n');
      expect(lines('A\nEND-JUNK\n\nEND-JUNK\nB\n', profile).text, profile).toBe('A\nEND-JUNK\n\nEND-JUNK\nB\n');
    }
    // A breadcrumb candidate kept as content keeps the tail candidates before it.
    expect(lines('A\nEND-JUNK\nThe mayor opens the new bridge\nA different line\n').text).toBe('A\nEND-JUNK\nThe mayor opens the new bridge\nA different line\n');
    // One the document ends with is kept too.
    expect(lines('A\nThe mayor opens the new bridge\n').text).toBe('A\nThe mayor opens the new bridge\n');
  });

  it('takes a line a strip rule changed for content, after which no held line was at the tail', () => {
    expect(lines('A\nEND-JUNK\ndate 2022 The story.\n').text).toBe('A\nEND-JUNK\nThe story.\n');
    // The line rules alone read the lines profile: the page analysis counts nothing.
    expect(lines('A\nEND-JUNK\n').stats.pageAnalysis).toEqual(new Stats().pageAnalysis);
  });

  it('settles the waiting lines as kept past 1000 held lines or 4 MiB held, content winning where the engine cannot see far enough', () => {
    const junk = (count: number): string => 'JUNK\n'.repeat(count);
    // END-JUNK and 999 lines behind it are held; one more passes the bound.
    expect(lines(`A\nEND-JUNK\n${junk(999)}`).text).toBe('A\n');
    expect(lines(`A\nEND-JUNK\n${junk(1000)}`).text).toBe('A\nEND-JUNK\n');
    const overflow = lines(`A\nEND-JUNK\n${junk(1000)}END-JUNK\nJUNK\n`);
    expect(overflow.text).toBe('A\nEND-JUNK\n');
    expect(overflow.stats.linesIn).toBe(1004);
    const crumb = (blanks: number): string => lines(`Home U.S The mayor opens the new bridge\n${'\n'.repeat(blanks)}The mayor opens the new bridge\n`).text;
    expect(crumb(999)).toBe('The mayor opens the new bridge\n');
    expect(crumb(1000)).toBe(`Home U.S The mayor opens the new bridge\n${'\n'.repeat(1000)}The mayor opens the new bridge\n`);
    // Kept there, it is content as when the next line keeps it: a head rule no longer fires after it.
    const head = (blanks: number): string => lines(`Home U.S The mayor opens the new bridge\n${'\n'.repeat(blanks)}HEAD-JUNK\nMore text here.\n`).text;
    expect(head(0)).toBe('Home U.S The mayor opens the new bridge\nHEAD-JUNK\nMore text here.\n');
    expect(head(1000)).toBe(`Home U.S The mayor opens the new bridge\n${'\n'.repeat(1000)}HEAD-JUNK\nMore text here.\n`);
    const blank = (bytes: number): string => `${' '.repeat(bytes - 1)}\n`;
    // END-JUNK\n and the blank lines after it hold 4 MiB, then a byte more.
    const fourMiB = blank(2 << 20) + blank((2 << 20) - 'END-JUNK\n'.length);
    expect(lines(`A\nEND-JUNK\n${fourMiB}`).text).toBe('A\n');
    expect(lines(`A\nEND-JUNK\n${fourMiB}\n`).text).toBe(`A\nEND-JUNK\n${fourMiB}\n`);
    // Lines settled give their bytes back: a second wait starts from none held.
    const threeMiB = blank(3 << 20);
    expect(lines(`A\nEND-JUNK\n${threeMiB}B\nEND-JUNK\n${threeMiB}`).text).toBe(`A\nEND-JUNK\n${threeMiB}B\n`);
    expect(lines(`A\nEND-JUNK\n${threeMiB}B\nEND-JUNK\n${fourMiB}\n`).text).toBe(`A\nEND-JUNK\n${threeMiB}B\nEND-JUNK\n${fourMiB}\n`);
  });

  it('keeps a run of more than 1000 blank lines, which it cannot hold, whatever follows', () => {
    expect(lines(`A\nJUNK\n${'\n'.repeat(1000)}JUNK\n`).text).toBe('A\n');
    expect(lines(`A\nJUNK\n${'\n'.repeat(1001)}JUNK\n`).text).toBe(`A\n${'\n'.repeat(1001)}`);
  });

  it('starts each document afresh: blank lines at its start follow the policy as in a document alone', () => {
    // After a document that kept a line, blanks before the first kept line of the next still go where a line was removed before them.
    expect(cleanLines(['A\n', 'JUNK\n\nB\n'], junkRules, 'lines').text).toBe('A\nB\n');
    // After one that ended removing a line, leading blanks are kept where nothing was removed before them.
    expect(cleanLines(['A\nJUNK\n', '\nB\n'], junkRules, 'lines').text).toBe('A\n\nB\n');
  });
});

describe('document cleaner: what an observer hears', () => {
  const [headline, byline, ...body] = ARTICLE;
  const wrapped = page(MENU, [headline!, byline!], body.map((paragraph) => hardWrap(paragraph, 72).trimEnd()), FOOTER);
  const heard = (profile: Profile, observeKept = true) =>
    cleanLines([wrapped], rules, profile, observeKept).records.map(({ line, verdict, ruleId, pack, detail }) => ({ line, verdict, ruleId, pack, detail }));

  it('hears each line once, in order, with the rule or the page analysis that decided it, and what the analysis saw', () => {
    const records = heard('page');
    expect(cleanLines([wrapped], rules, 'page').stats.byRule.get('page-outside-main')).toEqual({ pack: 'page', action: 'drop', lines: 6 });
    expect(records.map((record) => record.line)).toEqual(wrapped.trimEnd().split('\n').map((_, index) => index + 1));
    expect(records.slice(0, 4)).toEqual([
      { line: 1, verdict: 'drop', ruleId: 'home-link', pack: 'navigation', detail: undefined },
      { line: 2, verdict: 'drop', ruleId: 'blank-lines', pack: 'policy', detail: undefined },
      { line: 3, verdict: 'drop', ruleId: 'page-outside-main', pack: 'page', detail: 'page-outside-main words=2 fw=0.00 text=no' },
      { line: 4, verdict: 'drop', ruleId: 'blank-lines', pack: 'policy', detail: undefined },
    ]);
    // Kept lines of a whole page carry the analysis's verdict; those of a wrapped paragraph say how many lines it read as one.
    expect(records.slice(12, 18)).toEqual([
      { line: 13, verdict: 'keep', ruleId: undefined, pack: undefined, detail: 'page-head words=9 fw=0.22 text=no' },
      { line: 14, verdict: 'keep', ruleId: undefined, pack: undefined, detail: undefined },
      { line: 15, verdict: 'keep', ruleId: undefined, pack: undefined, detail: 'page-head words=4 fw=0.50 text=no' },
      { line: 16, verdict: 'keep', ruleId: undefined, pack: undefined, detail: undefined },
      { line: 17, verdict: 'keep', ruleId: undefined, pack: undefined, detail: 'page-main-text words=32 fw=0.47 text=yes paragraph-lines=3' },
      { line: 18, verdict: 'keep', ruleId: undefined, pack: undefined, detail: 'page-main-text words=32 fw=0.47 text=yes paragraph-lines=3' },
    ]);
  });

  it('says where running text was told by the shape of its lines alone, and reads a quotation indented and wrapped as one paragraph', () => {
    const korean = cleanLines([page(MENU, [], KOREAN_STORY, FOOTER)], rules, 'page').records;
    expect(korean.find((record) => record.text === KOREAN_STORY[1])!.detail).toMatch(/^page-main-text words=\d+ fw=0\.00 text=yes read=shape$/);
    const quote = 'The sea wall has kept the harbour safe for a hundred years, and we owe it to the next generation to rebuild it before the winter storms come back and the water reaches the houses on the quay again, the mayor told the council.';
    const indented = hardWrap(quote, 69).trimEnd().split('\n').map((line) => `     ${line}`);
    const { records } = cleanLines([`${page(ARTICLE.map((line) => hardWrap(line, 79)))}\n${indented.join('\n')}\n`], rules, 'page');
    expect(records.slice(-indented.length).map((record) => record.detail)).toEqual(indented.map(() => 'page-main-text words=44 fw=0.45 text=yes paragraph-lines=4'));
  });

  it('hears kept lines unless told not to, and reads a document as the auto profile does unless given a profile', () => {
    const records: LineRecord[] = [];
    const stats = new Stats();
    const cleaner = new DocumentCleaner(rules, { write: () => {} }, stats, (record) => records.push(record));
    for (const document of [page(MENU, ARTICLE, RELATED, FOOTER), page(MENU, ARTICLE, FOOTER)]) {
      const chunk = Buffer.from(document);
      new LineSplitter(cleaner, 1 << 20).push(chunk);
      cleaner.end();
    }
    expect(records.filter((record) => record.verdict === 'keep').length).toBeGreaterThan(0);
    expect([stats.pageAnalysis.pages, stats.pageAnalysis.articles]).toEqual([1, 1]);
    // The article profile reads even a whole page as article text.
    const article = cleanLines([page(MENU, ARTICLE, RELATED, FOOTER)], rules, 'article').stats.pageAnalysis;
    expect([article.pages, article.articles]).toEqual([0, 1]);
  });

  it('in article text describes only the analysis\'s removals, and without observeKept hears only removals', () => {
    const article = heard('article');
    expect(article.filter((record) => record.verdict === 'keep' && record.detail !== undefined)).toEqual([]);
    expect(article[2]).toEqual({ line: 3, verdict: 'drop', ruleId: 'article-outside-main', pack: 'page', detail: 'article-outside-main words=2 fw=0.00 text=no' });
    expect(heard('page', false)).toEqual(heard('page').filter((record) => record.verdict !== 'keep'));
  });

  it('hears an oversized line as kept, by its first piece and a note, and takes it for content: a head rule no longer fires after it', () => {
    const headRules = rulesFromYaml(`
rules:
  - id: head-junk
    match: { equals: HEAD-JUNK }
    zone: head
`);
    for (const observeKept of [true, false]) {
      const records: LineRecord[] = [];
      const written: Buffer[] = [];
      const cleaner = new DocumentCleaner(headRules, { write: (bytes) => written.push(Buffer.from(bytes)) }, new Stats(), (record) => records.push(record), 'lines', observeKept);
      for (const [index, piece] of ['aaaa', 'bbbb', 'cc\n'].entries()) cleaner.oversized(Buffer.from(piece), index === 0, index === 2);
      cleaner.line(Buffer.from('HEAD-JUNK\n'), 0, 10, 1);
      cleaner.end();
      expect(Buffer.concat(written).toString()).toBe('aaaabbbbcc\nHEAD-JUNK\n');
      const expected = [
        { line: 1, verdict: 'keep', note: 'oversized', text: 'aaaa' },
        { line: 2, verdict: 'keep', text: 'HEAD-JUNK' },
      ];
      expect(records.map(({ content, ...record }) => ({ ...record, text: content.toString() }))).toEqual(observeKept ? expected : []);
    }
  });

  it('hears a strip rule\'s line whole, as a strip, and counts the rule; a blank run dropped, under the blank-line policy', () => {
    for (const observeKept of [true, false]) {
      const { text, records, stats } = cleanLines(['JUNK\ndate 2022 The story.\n\nJUNK\nEnd.\n\nMore.\n'], junkRules, 'lines', observeKept);
      expect(text).toBe('The story.\nEnd.\n\nMore.\n');
      expect(records.filter((record) => record.verdict !== 'keep')).toEqual([
        { line: 1, verdict: 'drop', ruleId: 'junk', pack: 'inline', text: 'JUNK' },
        { line: 2, verdict: 'strip', ruleId: 'stamp', pack: 'inline', text: 'date 2022 The story.' },
        { line: 3, verdict: 'drop', ruleId: 'blank-lines', pack: 'policy', text: '' },
        { line: 4, verdict: 'drop', ruleId: 'junk', pack: 'inline', text: 'JUNK' },
      ]);
      const kept = [
        { line: 5, verdict: 'keep', text: 'End.' },
        { line: 6, verdict: 'keep', text: '' },
        { line: 7, verdict: 'keep', text: 'More.' },
      ];
      expect(records.filter((record) => record.verdict === 'keep')).toEqual(observeKept ? kept : []);
      expect(Object.fromEntries(stats.byRule)).toEqual({
        stamp: { pack: 'inline', action: 'strip', lines: 1 },
        'blank-lines': { pack: 'policy', action: 'blank', lines: 1 },
        junk: { pack: 'inline', action: 'drop', lines: 2 },
      });
      expect([stats.linesIn, stats.linesOut, stats.bytesIn, stats.bytesOut]).toEqual([7, 4, 44, 23]);
    }
  });
});
