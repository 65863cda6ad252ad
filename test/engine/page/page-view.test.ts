import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRuleSet, compileRules, DEFAULT_RULES_DIR, loadRuleFiles, parseRulePack, strip } from '../../../src/index.js';
import { embeddedPosts, nextLine, previousLine, viewPage } from '../../../src/engine/page/page-view.js';
import { NUM_RUNS } from '../../helpers/arbitraries.js';
import { detailOf } from '../../helpers/page-detail.js';
import { ARABIC_STORY, ARTICLE, CHINESE_STORY, ENGLISH_NOTICE, FOOTER, JAPANESE_STORY, keptLines, KOREAN_STORY, MENU, page, pageLines, RELATED, TURKISH_STORY } from '../../helpers/pages.js';

const rules = compileRules();
const clean = (text: string, profile: 'auto' | 'page' | 'article' | 'lines' = 'page') => strip(text, { rules, profile });

describe('page analysis of a language the function-word lists do not cover', () => {
  it.each([
    ['Turkish', TURKISH_STORY, ['Ana sayfa', 'Haberler', 'Spor', 'Ekonomi', 'Kültür', 'Hava durumu', 'Teknoloji', 'Sağlık']],
    ['Korean', KOREAN_STORY, ['홈', '뉴스', '스포츠', '경제', '문화', '날씨', '기술', '건강']],
  ])('reads a %s page by the shape of its lines: keeps the story that one English sentence would otherwise outrank, drops the menus, and says why', (_language, story, menu) => {
    const input = page(menu, story, [ENGLISH_NOTICE], menu, menu);
    const kept = keptLines(strip(input, { rules, profile: 'page' }).text);
    // The story and the notice close the page; before them, at most the lines taken for a headline, byline and date.
    expect(kept.slice(-story.length - 1)).toEqual([...story, ENGLISH_NOTICE]);
    expect(kept.length - story.length - 1).toBeLessThanOrEqual(rules.page.settings.region.headLines);
    expect(detailOf(input, story[1]!)).toMatch(/^page-main-text .* read=shape$/);
  });

  it('leaves extracted text in such a language to the rules: its edges (a headline, a short lead) are told by function words', () => {
    const menu = ['홈', '뉴스', '스포츠', '경제', '문화', '날씨', '기술', '건강'];
    const text = page(['시의회 소식'], KOREAN_STORY, menu);
    expect(keptLines(strip(text, { rules, profile: 'article' }).text)).toEqual(keptLines(text));
  });

  it('stands aside on such a page where reading by shape would drop a line shaped as running text, and with detect.readByShape false', () => {
    const menu = ['홈', '뉴스', '스포츠', '경제', '문화', '날씨', '기술', '건강'];
    const teaser = '항구 근처의 새 공원은 다음 달 문을 열며 주민들은 주말마다 무료 음악회를 즐길 수 있을 것이다.';
    const withTeaser = page(menu, KOREAN_STORY, menu, menu, [teaser], menu);
    expect(keptLines(strip(withTeaser, { rules, profile: 'page' }).text)).toEqual(keptLines(withTeaser));
    expect(detailOf(withTeaser, teaser)).toMatch(/^page-unread-language .* text=no$/);
    const withoutShape = compileRuleSet([...loadRuleFiles([DEFAULT_RULES_DIR]), parseRulePack('page:\n  detect:\n    readByShape: false\n', 'shape.yaml')]);
    const story = page(menu, KOREAN_STORY, menu);
    expect(keptLines(strip(story, { rules: withoutShape, profile: 'page' }).text)).toEqual(keptLines(story));
    expect(detailOf(story, KOREAN_STORY[1]!, withoutShape)).toMatch(/^page-unread-language /);
  });

  it.each([
    ['Chinese', CHINESE_STORY, ['首页', '新闻', '体育', '财经', '文化', '天气', '科技', '健康']],
    ['Japanese', JAPANESE_STORY, ['ホーム', 'ニュース', 'スポーツ', '経済', '文化', '天気', 'テクノロジー', '健康']],
    ['Arabic', ARABIC_STORY, ['الرئيسية', 'أخبار', 'رياضة', 'اقتصاد', 'ثقافة', 'الطقس', 'تكنولوجيا', 'صحة']],
  ])('reads a %s page, whose function words are listed: the story stays and its menus go', (_language, story, menu) => {
    const input = page(menu, story, [ENGLISH_NOTICE], menu, menu);
    const kept = keptLines(strip(input, { rules, profile: 'page' }).text);
    expect(kept).toEqual(expect.arrayContaining(story.slice(1)));
    expect(kept).not.toContain(menu[2]);
    expect(detailOf(input, story[1]!)).toMatch(/^page-main-text /);
  });

  it('still reads an English page with a few lines in another language', () => {
    const { text } = clean(page(MENU, ARTICLE, [TURKISH_STORY[1]!], RELATED, FOOTER, MENU));
    expect(keptLines(text)).toEqual(expect.arrayContaining(ARTICLE));
    expect(keptLines(text)).not.toContain('Privacy policy');
  });
});

describe('lines a story carries besides its running text (PageView.embedded)', () => {
  const embeddedOf = (lines: string[]): string[] => {
    const view = viewPage(pageLines(`${lines.join('\n')}\n`), rules.page);
    return lines.filter((_line, index) => view.embedded[index]);
  };

  it('marks an embedded post: its source line ("— Name (@account) date") and the post above it, or the line that ends with its source', () => {
    const post = 'The ferry is leaving an hour late tonight, the harbour office says';
    const source = '— Harbour Watch (@harbourwatch) March 3, 2019';
    const inline = 'Queues at the quay again this morning — Ann Lee (@annlee_) 4 March 2019';
    expect(embeddedPosts(pageLines(`${[post, source, inline].join('\n')}\n`), rules.page)).toEqual([true, true, true]);
    // An account named in a sentence, a date without an account, a handle without a date: no post.
    expect(embeddedPosts(pageLines('Follow us on Twitter (@harbourwatch)\n— Ann Lee, March 3, 2019\nWritten by Ann Lee (@annlee_)\n'), rules.page)).toEqual([false, false, false]);
  });

  it('marks lines of program code, not menus or prose that use the same characters', () => {
    const code = ['template<typename T>', 'int total = count(items);', '{', '};', '// add the fees last', 'if (a == b) {', 'return left && right', 'auto it = std::find(x, y)'];
    const other = ['Home :: News :: Sport', 'Read more ->', 'Terms & Conditions', 'Results (2019)', 'Our newsletters', 'Sign in | Register'];
    expect(embeddedOf([...code, ...other])).toEqual(code);
  });

  it('marks a shell session, a listing of data and configuration lines, not prices, tags or quoted headlines that start alike', () => {
    const code = ['$ emcc hello.cpp -O3 -o hello.wasm', '$ cd ../bob', '$ hg log -G | head', '$ echo done > log.txt', 'rekt: {', 'list: [', 'list: [ ]', '"id": 42,', '"name": "web",', 'publish = false', 'evolve ='];
    const other = ['$5 off', '$ 19.99 a month', '$ off U.S. orders', '$ Save now', '# of comments', '#news', '"We will fight": PM vows to stay', 'Price: $20', 'Menu: Home, News', 'A = B'];
    expect(embeddedOf([...code, ...other])).toEqual(code);
  });

  it('takes neither for a menu item: six of them in a row are no menu run', () => {
    const view = viewPage(pageLines(`${['int a = 1;', 'int b = 2;', 'int c = a + b;', 'print(c);', 'return c;', '}'].join('\n')}\n`), rules.page);
    expect(view.inMenu).toEqual([false, false, false, false, false, false]);
    expect(view.menuRuns).toBe(0);
  });
});

describe('a story quoting a shell session on a whole page', () => {
  const session = ['$ emcc hello.cpp -O3 -o hello.wasm', '$ wasmer run hello.wasm', 'hello, world!', '$ wasmtime hello.wasm', 'hello, world!', '$ wavm run hello.wasm', 'hello, world!'];
  const offers = ['$ 19.99 a month', '$5 off', '$10 off', '# of comments', '#news', '#sport'];
  const input = `${[[...MENU, ...offers, ...MENU].join('\n'), ARTICLE.slice(0, 5).join('\n\n'), session.join('\n'), ARTICLE.slice(5).join('\n\n'), FOOTER.join('\n')].join('\n\n')}\n`;

  it('keeps the session between the paragraphs and the story after it, and drops a menu of prices and tags', () => {
    const kept = keptLines(clean(input).text);
    expect(kept).toEqual(expect.arrayContaining([...ARTICLE, ...session]));
    for (const offer of offers) expect(kept).not.toContain(offer);
  });
});

describe('the lines next to a line (previousLine, nextLine)', () => {
  it('finds the nearest line above that has letters or digits and no rule removed, and the nearest below that has them, as a walk does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('A line of text', '---', '*', 'Share this', '12'), { minLength: 1, maxLength: 30 }), (texts) => {
        const view = viewPage(pageLines(texts.join('\n'), new Set(['Share this'])), rules.page);
        const counts = (line: number, removedToo: boolean) => !view.features[line]!.empty && (removedToo || view.lines[line]!.removedBy === undefined);
        for (let index = -1; index <= view.lines.length; index++) {
          let above = index - 1;
          while (above >= 0 && !counts(above, false)) above--;
          let below = index + 1;
          while (below < view.lines.length && !counts(below, true)) below++;
          if (index >= 0) expect(previousLine(view, index)).toBe(above);
          if (index < view.lines.length) expect(nextLine(view, index)).toBe(below < view.lines.length ? below : -1);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('answers for an index out of range too: nothing above the first line or below the last, the nearest line from outside', () => {
    const view = viewPage(pageLines(['---', 'A line of text', 'Share this', 'Another line of text', '*'].join('\n'), new Set(['Share this'])), rules.page);
    for (const before of [-1, -5]) {
      expect(previousLine(view, before)).toBe(-1);
      expect(nextLine(view, before)).toBe(1);
    }
    for (const after of [5, 6, 40]) {
      expect(previousLine(view, after)).toBe(3);
      expect(nextLine(view, after)).toBe(-1);
    }
  });
});

describe('what a page view counts and marks, at the edges', () => {
  const viewOf = (lines: string[], removed: ReadonlySet<string> = new Set()) => viewPage(pageLines(`${lines.join('\n')}\n`, removed), rules.page);

  it('marks a post\'s source line first on the page alone, and not the line above a source that ends a line, nor one a rule removed', () => {
    const source = '— Harbour Watch (@harbourwatch) March 3, 2019';
    const post = 'The ferry is leaving an hour late tonight, the harbour office says';
    const inline = 'Queues at the quay again this morning — Ann Lee (@annlee_) 4 March 2019';
    expect(embeddedPosts(pageLines(`${[source, post].join('\n')}\n`), rules.page)).toEqual([true, false]);
    expect(embeddedPosts(pageLines(`${[post, inline].join('\n')}\n`), rules.page)).toEqual([false, true]);
    expect(embeddedPosts(pageLines(`${[post, source, 'Read more from the quay'].join('\n')}\n`, new Set([post])), rules.page)).toEqual([false, true, false]);
  });

  it('marks no post where the rules declare no post-source pattern, as without the shipped packs', () => {
    const source = '— Harbour Watch (@harbourwatch) March 3, 2019';
    expect(embeddedPosts(pageLines(`${['The ferry is leaving an hour late tonight', source].join('\n')}\n`), compileRules({ defaultRules: false }).page)).toEqual([false, false]);
  });

  it('counts a line a rule removed, a line of up to menu.maxWords words and a long row of links as menu lines, and counts each menu run', () => {
    const removed = 'Sign up for our free daily newsletter to get the news from the harbour every morning.';
    expect(viewOf(['* Home', '* News', removed, '* Sport', ARTICLE[2]!], new Set([removed])).inMenu).toEqual([true, true, true, true, false]);
    const twelve = 'Harbour Wall Storm Ferry Port Fleet Crew Tide Quay Pier Boat Mill';
    expect(twelve.split(' ')).toHaveLength(rules.page.settings.menu.maxWords);
    const row = 'Home | News | Sport | Business | Weather | Travel | Culture | Science | Health | Money | Jobs | Cars | Homes';
    const view = viewOf([twelve, twelve, twelve, twelve, ARTICLE[2]!, row, row, row, row, ARTICLE[3]!]);
    expect(view.inMenu).toEqual([true, true, true, true, false, true, true, true, true, false]);
    expect(view.menuRuns).toBe(2);
  });

  it('leaves lines a rule removed out of the language check: a page whose other language the rules removed reads by its function words', () => {
    const turkish = [...TURKISH_STORY.slice(1), ...TURKISH_STORY.slice(1).map((line) => line.replace('e', 'a')), ...TURKISH_STORY.slice(1).map((line) => line.replace('a', 'e'))];
    const lines = [...ARTICLE.slice(0, 4), ...turkish];
    expect(viewOf(lines).listedFeatures).toBeDefined();
    expect(viewOf(lines, new Set(turkish)).listedFeatures).toBeUndefined();
  });
});

describe('a page view: a page no reading takes, and post sources with no text to look for', () => {
  it('reads a page neither by its function words nor by its shape when its lines are no running text either way (a story whose spaces were lost)', () => {
    const unspaced = KOREAN_STORY.map((line) => line.replaceAll(' ', ''));
    expect(viewPage(pageLines(`${KOREAN_STORY.join('\n')}\n`), rules.page).reads).toBe(true);
    expect(viewPage(pageLines(`${unspaced.join('\n')}\n`), rules.page).reads).toBe(false);
  });

  it('tries on every line a post-source pattern that holds no literal text', () => {
    const posts = compileRuleSet([parseRulePack("page:\n  line:\n    postSourcePatterns: ['^[—–]\\s\\p{Lu}\\p{Ll}+\\s\\p{Lu}\\p{Ll}+\\s\\d{4}$']\n", 'posts.yaml')]).page;
    expect(posts.postSourceTexts).toBeUndefined();
    expect(embeddedPosts(pageLines('The ferry is leaving an hour late tonight\n— Ann Lee 2019\nAnn Lee 2019\n'), posts)).toEqual([true, true, false]);
  });
});
