import { describe, expect, it } from 'vitest';
import { hardWrap } from '../../bench/eval/converter-layout.js';
import { compileRules, strip } from '../../src/index.js';
import type { Profile } from '../../src/rules/page-schema.js';
import { ARTICLE, FOOTER, keptLines, MENU, page } from '../helpers/pages.js';

const rules = compileRules();
const [headline, byline, ...body] = ARTICLE;
const MORE = [
  'The harbour master said that the new wall would be built a little higher than the old one, so that the boats moored behind it would be safe from the largest waves of the winter.',
  'Fishermen who moor their boats in the harbour have been told that they will be able to use the quays throughout the work, although some of the berths will be closed for a few weeks.',
];
const STORY = [...body, ...MORE].map((paragraph) => hardWrap(paragraph, 72).trimEnd());

/** A page whose story is hard-wrapped at 72 columns, with `paragraph` (its lines as given) after the story's second paragraph. */
const wrappedPage = (paragraph: string): string => page(MENU, [headline!, byline!], [...STORY.slice(0, 2), paragraph, ...STORY.slice(2)], FOOTER);

/** The rule that removed each of the paragraph's lines, or `keep`. */
function verdicts(paragraph: string, profile: Profile, text = wrappedPage(paragraph)): string[] {
  const { removals } = strip(text, { rules, profile });
  return paragraph.split('\n').map((line) => removals.find((removal) => removal.text === line)?.ruleId ?? 'keep');
}

const HELD: Profile[] = ['auto', 'page', 'article'];
const COOKIES = 'We use cookies to give you the best experience on our website. By continuing\nto use this site you agree to our use of cookies.';

describe('wrapped paragraph rules: a hard-wrapped paragraph judged as one line', () => {
  it('removes the rest of a wrapped notice whose first line a rule names, with its verdict', () => {
    for (const profile of HELD) expect(verdicts(COOKIES, profile), profile).toEqual(['cookie-notice', 'cookie-notice']);
  });

  it('removes a wrapped notice that a rule names only whole', () => {
    const notice = 'This site requires that JavaScript be enabled and the Flash plug-in be\ninstalled. If you already have the Flash Player installed, then you may\ncontinue browsing the site.';
    for (const line of notice.split('\n')) expect(strip(`${line}\n`, { rules, profile: 'lines' }).removals, line).toEqual([]);
    for (const profile of HELD) expect(verdicts(notice, profile), profile).toEqual(['site-disclaimer', 'site-disclaimer', 'site-disclaimer']);
  });

  it('keeps a line of prose that a rule names alone when the paragraph it runs through is no boilerplate', () => {
    const prose = 'The fishermen who had asked the council for the berths said they would\nsubscribe to the plan, the first of its kind along the whole coastline,\nprovided that the quays stay open to their boats during the work.';
    expect(strip(`${prose.split('\n')[1]}\n`, { rules, profile: 'lines' }).removals.map((removal) => removal.ruleId)).toEqual(['subscribe-prompt']);
    for (const profile of HELD) {
      expect(verdicts(prose, profile), profile).toEqual(['keep', 'keep', 'keep']);
      expect(keptLines(strip(wrappedPage(prose), { rules, profile }).text), profile).toEqual(expect.arrayContaining(prose.split('\n')));
    }
  });

  it('leaves the verdict of a paragraph of one line, and of a last line that starts anew, as it was', () => {
    const notice = 'We use cookies to give you the best experience. By continuing you agree.';
    for (const profile of HELD) expect(verdicts(notice, profile), profile).toEqual(['cookie-notice']);
    // A marker under a line cut off mid-sentence, with no blank line between, is not the sentence's end.
    const marked = 'The harbour master said that the new wall would be built a little higher\nAdvertisement';
    for (const profile of HELD) expect(verdicts(marked, profile)[1], profile).toBe('advertisement-marker');
  });

  it('leaves a wrapped list of tags as its rule took it, a list still however long', () => {
    // More words than the rule takes: the paragraph is no line it names, but its pattern names it.
    const tags = 'Tags: harbour, sea wall, town council, winter storms, ferries, fishing fleet,\nberths, engineers, regional government, winter waves, boats, tides, quays,\nlifeboats, the old town, the new harbour wall';
    expect(strip(`${tags.split('\n')[0]}\n`, { rules, profile: 'lines' }).removals.map((removal) => removal.ruleId)).toEqual(['tags-line']);
    for (const profile of HELD) expect(verdicts(tags, profile), profile).toEqual(['tags-line', 'keep', 'keep']);
    // Within the rule's words, the paragraph is a line it names.
    const short = 'Tags: harbour, sea wall, town council, winter storms, ferries, fishing fleet,\nberths, engineers';
    for (const profile of HELD) expect(verdicts(short, profile), profile).toEqual(['tags-line', 'tags-line']);
  });

  it('judges each line alone under --profile lines, which streams', () => {
    expect(verdicts(COOKIES, 'lines')).toEqual(['cookie-notice', 'keep']);
  });

  it('judges each line alone where the text is not hard-wrapped', () => {
    const unwrapped = page(MENU, ARTICLE.slice(0, 2), [...body.slice(0, 2), COOKIES, ...body.slice(2), ...MORE], FOOTER);
    for (const profile of HELD) expect(verdicts(COOKIES, profile, unwrapped), profile).toEqual(['cookie-notice', 'keep']);
  });
});
