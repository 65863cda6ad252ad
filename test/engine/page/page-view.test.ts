import { describe, expect, it } from 'vitest';
import { compileRuleSet, compileRules, DEFAULT_RULES_DIR, loadRuleFiles, parseRulePack, strip } from '../../../src/index.js';
import { detailOf } from '../../helpers/page-detail.js';
import { ARABIC_STORY, ARTICLE, CHINESE_STORY, ENGLISH_NOTICE, FOOTER, JAPANESE_STORY, keptLines, KOREAN_STORY, MENU, page, RELATED, TURKISH_STORY } from '../../helpers/pages.js';

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
