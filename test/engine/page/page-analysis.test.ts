import { describe, expect, it } from 'vitest';
import { cleanBytes } from '../../../src/api/strip.js';
import type { InputLineRecord } from '../../../src/engine/text-cleaner.js';
import { compileRuleSet, compileRules, DEFAULT_RULES_DIR, loadRuleFiles, parseRulePack, strip } from '../../../src/index.js';
import { normalizeOptions } from '../../../src/options.js';
import { ARABIC_STORY, ARTICLE, CHINESE_STORY, ENGLISH_NOTICE, FOOTER, JAPANESE_STORY, keptLines, KOREAN_STORY, MENU, page, POLISH_STORY, RELATED, TURKISH_STORY } from '../../helpers/pages.js';

const rules = compileRules();
const clean = (text: string, profile: 'auto' | 'page' | 'article' | 'lines' = 'page') => strip(text, { rules, profile });


describe('page analysis (profile page)', () => {
  it('keeps the article, its headline and subheading, and drops menus, teaser lists and footer', () => {
    const { text } = clean(page(MENU, ['Search', 'Log in'], ARTICLE, RELATED, FOOTER, MENU));
    expect(keptLines(text)).toEqual(ARTICLE);
  });

  it('names the page feature that removed each line', () => {
    const { removals } = clean(page(MENU, ARTICLE, RELATED, FOOTER));
    const byText = new Map(removals.map((removal) => [removal.text, removal]));
    expect(byText.get('* Sport')).toMatchObject({ ruleId: expect.stringMatching(/^page-/), pack: 'page' });
    expect(byText.get('Related stories')).toMatchObject({ pack: 'related' });
    expect(byText.get('* Fishing fleet returns early')).toMatchObject({ pack: 'page' });
  });

  it('keeps a short line between two paragraphs (a subheading) but not one beside a menu', () => {
    const { text } = clean(page(MENU, ARTICLE, ['Weather'], MENU));
    expect(keptLines(text)).toContain('What happens next');
    expect(keptLines(text)).not.toContain('Weather');
  });

  it('drops a lone sentence standing between two menus', () => {
    const teaser = 'Readers say the new timetable is the best thing that has happened to the ferry service in a decade.';
    const { text } = clean(page(ARTICLE, MENU, [teaser], ['* One', '* Two', '* Three', '* Four']));
    expect(keptLines(text)).not.toContain(teaser);
  });

  it('keeps a short post standing alone between two menus: the region starts with it, so it is no teaser', () => {
    const post = ['Harbour walk on a windy Sunday', 'We walked along the old sea wall on Sunday morning, and the waves came over it twice before we had reached the lighthouse.'];
    expect(keptLines(clean(page(MENU, post, MENU, FOOTER)).text)).toEqual(post);
  });

  it('counts a run of raw markup lines (pandoc\'s element tags) as one line, both in a menu run and in the scores', () => {
    const tags = ['</div>', '</section>', '<section class="story-part">', '<div class="paragraph">'];
    const short = 'The lighthouse keeper said he had never seen the sea so high in May.';
    const between = keptLines(clean(page(MENU, ARTICLE.slice(0, 4), tags, [short], tags, ARTICLE.slice(4), FOOTER)).text);
    expect(between).toContain(short);
    expect(between).toEqual(expect.arrayContaining(ARTICLE));
    const rule = '----------------------------------------';
    const advert = ['Article continues', rule, '<a href="https://example.com/ad">', '<img src="https://example.com/ad.png" alt="Advertisement"></a>', rule];
    const story = [...ARTICLE.slice(0, 4), ...ARTICLE.slice(5)];
    expect(keptLines(clean(page(MENU, ARTICLE.slice(0, 4), advert, ARTICLE.slice(5), FOOTER)).text)).toEqual(story);
  });

  it('keeps a picture\'s caption, credit and a subheading between two paragraphs, but no menu or comment there', () => {
    const [headline, byline, ...body] = ARTICLE;
    const before = body.filter((line) => line.length > 40);
    const after = [
      'The lighthouse keeper said that the storm had been the worst she had seen in her thirty years on the rock, and that the wall had saved the harbour.',
      'She hopes that the new wall will be built in time for the next winter, when the storms are expected to be as strong as they were this year.',
    ];
    const caption = ['Ann Lee at the lighthouse', 'Harbour Photo Agency', 'Ann Lee', 'The night of the storm'];
    const kept = keptLines(clean(page(MENU, [headline!, byline!], before, caption, after, FOOTER)).text);
    expect(kept).toEqual([headline, byline, ...before, ...caption, ...after]);
    // A menu, a run with a dateline (a comment's date), a run longer than menu.minLines + 1.
    for (const run of [['* Weather', '* Tides', '* Ferries', '* Events'], ['Ann Lee', '12 March 2024, 09:15', 'Harbour Photo Agency', 'The night of the storm'], [...caption, 'Photos', 'Gallery']]) {
      const lines = keptLines(clean(page(MENU, [headline!, byline!], before, run, after, FOOTER)).text);
      expect(lines).toEqual(expect.arrayContaining(before));
      expect(lines.filter((line) => run.includes(line))).toEqual([]);
    }
  });

  it('keeps a long article that stands between two menus as a single line', () => {
    const body = ARTICLE.slice(2).join(' ');
    const { text } = clean(page(MENU, [body], ['* One', '* Two', '* Three', '* Four']));
    expect(keptLines(text)).toEqual([body]);
  });

  it('stops the article at a comment section that follows it', () => {
    const comments = ['Comments', 'I have lived by that wall for forty years and I am glad that at last someone is going to do something about it.', 'Posted by harbourfan | Jan 10, 2008 4:49:12 PM', 'The money would have been better spent on the road to the town, which floods every winter and is dangerous.', 'Posted by localdriver | Jan 10, 2008 6:02:53 PM'];
    const { text } = clean(page(MENU, ARTICLE, comments, FOOTER));
    expect(keptLines(text)).toEqual(ARTICLE);
  });

  it('never takes the comments after a comment heading for the article, however much longer they run', () => {
    const comment = (name: string) => [name, `I have lived by that wall for forty years, ${name}, and I am glad that at last someone is going to do something about it before the winter comes.`];
    const thread = ['Alice', 'Bob', 'Carol', 'Dave', 'Erin', 'Frank', 'Grace', 'Heidi', 'Ivan', 'Judy'].flatMap(comment);
    const { text } = clean(page(MENU, ARTICLE, ['Comments are closed for this story'], thread, FOOTER));
    expect(keptLines(text)).toEqual(ARTICLE);
  });

  it('takes no comment link near the top of the page for the start of the comments', () => {
    const { text } = clean(page(MENU, ['Most read', 'Comments'], RELATED.slice(1), ARTICLE, FOOTER));
    expect(keptLines(text)).toEqual(ARTICLE);
  });

  it('keeps the list that the last line of the article introduces, up to the next paragraph', () => {
    const intro = 'These are the players the clubs have invited to the trials next week:';
    const players = ['Brian Edwards (Wake Forest)', 'Matt Allen (Creighton)', 'Sean Franklin (Northridge)', 'Matt Hatzke (Santa Clara)', 'Shea Salinas (Furman)'];
    const { text } = clean(page(MENU, ARTICLE, [intro], players, RELATED, FOOTER));
    expect(keptLines(text)).toEqual([...ARTICLE, intro, ...players]);
  });

  it('keeps a run of short sentences inside the article (a dialogue), which no menu is', () => {
    const dialogue = ['Caller: Where are you now?', 'Keeper: I am at the lighthouse.', 'Caller: Is the wall still standing?', 'Keeper: It is, for now.'];
    const [headline, byline, ...body] = ARTICLE;
    const after = [...body.slice(4), 'The keeper said that he would stay at the lighthouse through the winter, as his father had done before him, whatever the council decides.'];
    const { text } = clean(page(MENU, [headline!, byline!], body.slice(0, 4), dialogue, after, FOOTER, MENU));
    expect(keptLines(text)).toEqual([headline, byline, ...body.slice(0, 4), ...dialogue, ...after]);
  });

  it('keeps a table of figures that follows the article (results after a match report), not the footer after it', () => {
    const results = ['1. Harbour Rowing Club 12:04.3', '2. Lighthouse Crew 12:09.8', '3. Old Town Boat Club 12:15.1', 'Attendance: 2,400'];
    const { text } = clean(page(MENU, ARTICLE, results, FOOTER, MENU));
    expect(keptLines(text)).toEqual([...ARTICLE, ...results]);
  });

  it('keeps the line-ups after a match report, and no labelled line of fewer items', () => {
    const lineups = ['Harbour: Davis; Thomas, Bennett, Wright, Surman', 'Lighthouse: Lee; Doyley, Shittu, Stewart', 'Subs: Poom, Ellington, Mariappa.'];
    const { text } = clean(page(MENU, ARTICLE, lineups, ['Filed in: Sport, Rowing'], FOOTER, MENU));
    expect(keptLines(text)).toEqual([...ARTICLE, ...lineups]);
  });

  it('keeps a table laid out in cells after the article, its head row without figures and its rules, and the story after it', () => {
    const table = ['-------------   ---------   ---------', 'Crossing        Before      After', 'Harbour         45 min      30 min', 'Old town        20 min      15 min', '-------------   ---------   ---------'];
    const more = ['The ferry company said that the new timetable would start on the first Monday of next month, once the crews have been trained for the faster boats.', 'The old boats will be sold.'];
    const { text } = clean(page(MENU, ARTICLE, table, more, FOOTER, MENU));
    // The rule under the last row stands before no other row.
    expect(keptLines(text)).toEqual([...ARTICLE, ...table.slice(0, -1), ...more]);
  });

  it('keeps a Markdown table after the article, from its empty first row (pandoc\'s, which no share bar is)', () => {
    const table = ['|            |          |          |', '|------------|----------|----------|', '| Crossing   | Before   | After    |', '| Harbour    | 45 min   | 30 min   |', '| Old town   | 20 min   | 15 min   |'];
    const { text } = clean(page(MENU, ARTICLE, table, FOOTER, MENU));
    expect(keptLines(text)).toEqual([...ARTICLE, ...table]);
  });

  it('takes no row of links set apart by spaces for a table head, nor a rule before a line without cells', () => {
    const links = ['Email story     Print story     Search', '1 comment'];
    expect(keptLines(clean(page(MENU, ARTICLE, links, FOOTER)).text)).toEqual(ARTICLE);
    const copyright = ['----------------------------------------', '© 2024 Harbour Gazette'];
    expect(keptLines(clean(page(MENU, ARTICLE, copyright, FOOTER)).text)).toEqual(ARTICLE);
  });

  it('keeps a sentence closing the story under its table, but no teasers under one', () => {
    const results = ['1. Harbour Rowing Club 12:04.3', '2. Lighthouse Crew 12:09.8'];
    const close = 'The next race is on the first Sunday of May.';
    expect(keptLines(clean(page(MENU, ARTICLE, results, [close], ['Advertisement'], FOOTER)).text)).toEqual([...ARTICLE, ...results, close]);
    const teasers = ['Ferry timetable changes - 12 May 2024', 'Read what the new crossings mean for you.', 'Lifeboat day - 3 June 2024', 'Come and see the crew at work.'];
    expect(keptLines(clean(page(MENU, ARTICLE, results, teasers, FOOTER)).text)).toEqual([...ARTICLE, ...results, teasers[0]]);
  });

  it('goes on with the story when running text follows the list its paragraph introduces', () => {
    const intro = 'The councillors voted as follows on the motion to rebuild the wall:';
    const votes = ['In favour', ...['Harbour', 'Old town', 'Quay', 'Market', 'Castle', 'Mill', 'Bridge', 'Chapel', 'Dock'].map((ward) => `${ward} ward`), 'Against', 'Hill ward', 'Abstained', 'Green ward'];
    const more = [
      'The clerk said that the result would be sent to the regional government this week, and that the first contracts could be signed before the end of the month.',
      'The two councillors who voted against the plan said they would ask the regional government to review the cost before it pays its share of the work.',
    ];
    const { text } = clean(page(MENU, ARTICLE, [intro], votes, more, FOOTER, MENU));
    expect(keptLines(text)).toEqual([...ARTICLE, intro, ...votes, ...more]);
  });

  it('goes on with the story past a section heading under its table, but not past two short lines', () => {
    const results = ['1. Harbour Rowing Club 12:04.3', '2. Lighthouse Crew 12:09.8', '3. Old Town Boat Club 12:15.1'];
    const more = ['The winners said that the new boat had made the difference, and that they would race it again at the regatta in the summer.', 'The club will show the boat to visitors on the quay next Sunday afternoon.'];
    expect(keptLines(clean(page(MENU, ARTICLE, results, ['Reactions'], more, FOOTER)).text)).toEqual([...ARTICLE, ...results, 'Reactions', ...more]);
    expect(keptLines(clean(page(MENU, ARTICLE, results, ['Elsewhere', 'Harbour news'], more, FOOTER)).text)).toEqual([...ARTICLE, ...results]);
    // Only a table or a list carries the story on so: after its last paragraph the region has ended where it peaked.
    expect(keptLines(clean(page(MENU, ARTICLE, ['Reactions'], more, FOOTER)).text)).toEqual(expect.arrayContaining([...ARTICLE, ...more]));
  });

  it('starts the story above a box of contents set into it, which goes, and keeps a box of highlights there', () => {
    const [headline, , ...body] = ARTICLE;
    const lead = ['The old sea wall has protected the harbour since the storms of the last century, and the town has now voted to rebuild it.', 'The vote came after a debate that lasted well into the night.'];
    const contents = ['Contents', '* 1 History', '* 2 The vote', '+ 2.1 Costs', '* 3 See also'];
    expect(keptLines(clean(page(MENU, [headline!], lead, contents, ['History'], body, FOOTER)).text)).toEqual([headline, ...lead, 'History', ...body]);
    const highlights = ['Story highlights', '* The council voted to rebuild the wall after a long debate that night', '* Work on the first section is expected to start in the spring'];
    expect(keptLines(clean(page(MENU, [headline!], lead, highlights, body, FOOTER)).text)).toEqual([headline, ...lead, ...highlights, ...body]);
    // No heading over the list: a teaser above a menu, not the story's opening.
    expect(keptLines(clean(page(MENU, [headline!], lead, contents.slice(1), ['History'], body, FOOTER)).text)).toEqual(['History', ...body]);
  });

  it('keeps every line of a page that has no running text at all', () => {
    const { text } = clean(page(['Opening times', 'Monday to Friday', 'Nine to five', 'Closed on Sundays']));
    expect(keptLines(text)).toEqual(['Opening times', 'Monday to Friday', 'Nine to five', 'Closed on Sundays']);
  });

  it('keeps kept lines byte for byte, terminators included', () => {
    const input = page(MENU, ARTICLE, FOOTER).replace(/\n/g, '\r\n');
    const { text } = clean(input);
    for (const line of text.split('\r\n').slice(0, -1)) expect(input).toContain(`${line}\r\n`);
    expect(text.endsWith('\r\n')).toBe(true);
  });
});

describe('profiles', () => {
  const wholePage = page(MENU, MENU.map((item) => `${item} desk`), ARTICLE, RELATED, FOOTER, FOOTER.map((item) => `${item} page`));

  it('auto treats a long page full of short lines as a page', () => {
    expect(keptLines(clean(wholePage, 'auto').text)).toEqual(keptLines(clean(wholePage, 'page').text));
  });

  it('auto treats extracted article text as an article: its short lines stay, its edges are trimmed', () => {
    const article = page(['Breaking'], ARTICLE, ['AP'], ['Advertisement'], ['* Fishing fleet returns early', '* Lifeboat crew honoured']);
    expect(keptLines(clean(article, 'auto').text)).toEqual(['Breaking', ...ARTICLE, 'AP']);
    expect(clean(article, 'auto').removals.filter((removal) => removal.text !== '').map((removal) => removal.ruleId)).toEqual(['advertisement-marker', 'article-outside-main', 'article-outside-main']);
  });

  it('auto takes extracted text with a table of figures for an article, whose table stays', () => {
    const rows = [['Eagles', '0', '2', '1'], ['Birdies', '17', '12', '15'], ['Pars', '50', '48', '51'], ['Bogeys', '4', '6', '3'], ['Putts', '28.0', '29.5', '27.0'], ['Fairways', '58.2%', '61.0%', '64.3%']];
    const table = ['Round', '1', '2', '3', ...rows.flat()];
    const story = page(ARTICLE.slice(0, 4), ['How the two rounds compare:'], table, ARTICLE.slice(4), ['Reported from the quay']);
    expect(keptLines(clean(story, 'auto').text)).toEqual(keptLines(story));
    expect(keptLines(clean(story, 'page').text)).not.toContain('Reported from the quay');
  });

  // A project's README as an extractor gives it: code, option lists and headings between its paragraphs, no site around it.
  const readme = page(
    ['tidelog', 'A small tool that keeps a log of the tides in a harbour.', 'Install it with the package manager:', 'npm install --global tidelog'],
    ARTICLE.slice(2, 4),
    ['Usage', 'tidelog add --port north', 'tidelog list --week', 'tidelog export --csv'],
    ['Options', '--port NAME', '--week', '--month', '--csv', '--quiet'],
    ARTICLE.slice(5),
    ['Licence', 'MIT', 'Authors', 'The harbour team', 'Contributing', 'Issues welcome', 'Changes', 'Adds the export', 'Adds the week', 'Reads old logs'],
  );

  it('auto reads extracted text of many short lines as an article when no site chrome surrounds it', () => {
    expect(keptLines(clean(readme, 'auto').text)).toEqual(keptLines(clean(readme, 'article').text));
    expect(keptLines(clean(readme, 'page').text)).not.toContain('--port NAME');
  });

  it('auto reads short lines as a whole page when menus stand above and below the text, or a rule removed a site line', () => {
    const menus = page(['Harbour', 'Moorings', 'Tide tables', 'Ferry times', 'Lifeboat'], ARTICLE, ['Sailing club', 'Fishing fleet', 'Coastguard', 'Marina', 'Beaches']);
    const padded = page(menus.trim().split('\n\n'), ['Moorings north', 'Moorings south', 'Tide charts', 'Ferry fares', 'Lifeboat days', 'Harbour office', 'Pier cafe', 'Quay market']);
    expect(keptLines(clean(padded, 'auto').text)).toEqual(keptLines(clean(padded, 'page').text));
    const belowOnly = page(ARTICLE, ARTICLE.slice(2).map((line) => line.replace('the', 'a')), ['Sailing club', 'Fishing fleet', 'Coastguard', 'Marina', 'Beaches', 'Moorings north', 'Moorings south', 'Tide charts', 'Ferry fares', 'Lifeboat days', 'Harbour office', 'Pier cafe', 'Slipway', 'Boatyard', 'Chandlery']);
    expect(keptLines(clean(belowOnly, 'auto').text)).toEqual(keptLines(clean(belowOnly, 'article').text));
    expect(keptLines(clean(page(['Privacy policy'], belowOnly.trim().split('\n\n')), 'auto').text)).toEqual(keptLines(clean(page(['Privacy policy'], belowOnly.trim().split('\n\n')), 'page').text));
  });

  it('auto reads short lines as a whole page when a converter wrote a menu as a list of links, on one side only', () => {
    const places = ['Sailing club', 'Fishing fleet', 'Coastguard', 'Marina', 'Beaches', 'Moorings', 'Tide charts', 'Ferry fares', 'Lifeboat days', 'Harbour office', 'Pier cafe', 'Slipway', 'Boatyard', 'Chandlery'];
    const story = [...ARTICLE, ...ARTICLE.slice(2).map((line) => line.replace('the', 'a'))];
    const linked = page(story, places.map((place) => `* [${place}](/${place.toLowerCase().replace(' ', '-')})`));
    expect(keptLines(clean(linked, 'auto').text)).toEqual(keptLines(clean(linked, 'page').text));
    expect(keptLines(clean(linked, 'auto').text)).not.toContain('* [Lifeboat days](/lifeboat-days)');
  });

  it('article keeps the opening of a README: a sentence, code and a list above its first paragraph', () => {
    const opening = ['tidelog', 'Keeps a log of the tides in a harbour, from the command line:', 'tidelog add --port north', 'It is useful for:', 'Harbour masters', 'Sailing clubs that race on the tide'];
    expect(keptLines(clean(page(opening, ARTICLE.slice(2)), 'article').text)).toEqual([...opening, ...ARTICLE.slice(2)]);
  });

  it('article keeps the headline above a date and a section set as list items, but not above more items or links', () => {
    const headline = 'Late goal sinks the visitors';
    const items = ['- 14:50, 9 June 2023', '- World football'];
    const body = ARTICLE.slice(2);
    expect(keptLines(clean(page([headline], items, body), 'article').text)).toEqual([headline, ...items, ...body]);
    const teasers = [...items, '- Cup draw made'];
    expect(keptLines(clean(page([headline], teasers, body), 'article').text)).toEqual(body);
    const links = ['- [14:50, 9 June 2023](/archive)', '- [World football](/world)'];
    expect(keptLines(clean(page([headline], links, body), 'article').text)).toEqual(body);
  });

  it('article keeps the headline above a byline set as a list item, but not above a section label so set', () => {
    const headline = 'A day at the district court';
    const body = ARTICLE.slice(2);
    expect(keptLines(clean(page([headline], ['- BY ANNA PERSON anna.person@example.com'], body), 'article').text)).toEqual([headline, '- BY ANNA PERSON anna.person@example.com', ...body]);
    expect(keptLines(clean(page([headline], ['- Court and crime'], body), 'article').text)).toEqual(body);
  });

  it('article keeps a list above the first paragraph with the line that introduces it', () => {
    const list = ['The log keeps these for every tide:', '- Time of high water', '- Height of the tide in metres', '- Wind speed and direction', '- Name of the harbour master on duty'];
    expect(keptLines(clean(page(list, ARTICLE.slice(2)), 'article').text)).toEqual([...list, ...ARTICLE.slice(2)]);
    // And the headline and date above that line, as above a paragraph.
    const head = ['Harbour log, episode 42', 'Friday 7 June'];
    expect(keptLines(clean(page(['Most read', '* Ferry port closed', '* Lifeboat crew honoured'], head, list, ARTICLE.slice(2)), 'article').text)).toEqual([...head, ...list, ...ARTICLE.slice(2)]);
  });

  it('article keeps summary bullets, steps and tips written as sentences before and after the text, but no teaser items or links', () => {
    const summary = ['Harbour wall to be rebuilt', '- The council will rebuild the wall before the winter storms come in.', '- The work is paid for by the harbour trust and a grant from the region.'];
    expect(keptLines(clean(page(summary, ARTICLE.slice(2)), 'article').text)).toEqual([...summary, ...ARTICLE.slice(2)]);
    const recipe = page(
      [ARTICLE[2]!, 'Ingredients', '- 200 g of dried beans', '- 1 onion', '- 1 litre of water', 'Method:'],
      ['- Soak the beans in cold water overnight and drain them in the morning.', '- Simmer them with the onion for an hour, until they are soft.', 'Enjoy!'],
    );
    expect(keptLines(clean(recipe, 'article').text)).toEqual(keptLines(recipe));
    const teasers = ['- Ferry port closed for a week after the storm', '- Lifeboat crew honoured for the rescue in the gales'];
    expect(keptLines(clean(page(['Top stories'], teasers, ARTICLE.slice(2)), 'article').text)).toEqual(ARTICLE.slice(2));
    // Short tips under a heading after the text; links, however they end, are no sentences.
    const tips = ['Some tips:', '• Never moor on the north side in a gale.', '• Ask the harbour master before you tie up.'];
    expect(keptLines(clean(page(ARTICLE, tips), 'article').text)).toEqual([...ARTICLE, ...tips]);
    const links = ['Elsewhere', '- [The ferry port is closed for a week.](/ferry)', '- [The lifeboat crew is honoured.](/lifeboat)', '- [A new bridge opens to traffic.](/bridge)', '- [The fleet returns early.](/fleet)'];
    expect(keptLines(clean(page(ARTICLE, links), 'article').text)).toEqual([...ARTICLE, ...links.slice(0, 3)]);
  });

  it('article keeps a list of quantities above the first paragraph with its heading and the lines above that (a recipe\'s times and ingredients)', () => {
    const head = ['1 hour 10 minutes', 'Serves 4', 'Ingredients', '- 200 g of dried beans', '- 1 onion', '- 1 litre of water', 'Method'];
    expect(keptLines(clean(page(['Home | Recipes | Baking'], head, ARTICLE.slice(2)), 'article').text)).toEqual([...head, ...ARTICLE.slice(2)]);
    const links = ['Most read', '- [Ferry port closed for 2 weeks](/ferry-2)', '- [Lifeboat crew honoured 3 times](/lifeboat-3)'];
    expect(keptLines(clean(page(links, ARTICLE.slice(2)), 'article').text)).toEqual(ARTICLE.slice(2));
  });

  it('article keeps the contacts after a press release\'s table, a few short lines between rows with figures, but not a longer run', () => {
    const contact = (name: string, phone: string) => [name, 'Head of Harbour Relations', 'Harbour Trust', `Office: +44 1234 ${phone}`, `Mobile: +44 7700 ${phone}`];
    const contacts = ['Contacts', ...contact('Ann Smith', '900 100'), ...contact('Bob Jones', '900 200')];
    const story = page(ARTICLE, ['Tide heights 2024: 4.2 m, 4.6 m', 'Tide heights 2025: 4.4 m, 4.8 m'], contacts);
    expect(keptLines(clean(story, 'article').text)).toEqual(keptLines(story));
    const menu = ['Sport', 'Weather', 'Business', 'Travel', 'Arts', 'Science'];
    const footer = page(ARTICLE, ['Tide heights 2024: 4.2 m, 4.6 m'], menu, ['Copyright 2024 Harbour News']);
    expect(keptLines(clean(footer, 'article').text)).not.toContain('Travel');
  });

  it('article keeps a recipe\'s second part after its text: headings over a table or a paragraph are not among the tail\'s lines', () => {
    const sauce = ['For the sauce:', 'Ingredients', '2 tbsp butter', '2 tbsp milk', '4 tbsp cocoa', 'Method', 'Heat all the ingredients in a pan until they boil, and pour the sauce over the cake.'];
    expect(keptLines(clean(page(ARTICLE, sauce), 'article').text)).toEqual([...ARTICLE, ...sauce]);
    // Other lines after the table still count: the fourth goes.
    const after = ['Ingredients', '2 tbsp butter', 'Harbour Trust', 'Sea Wall Fund', 'Town Council', 'Regional Office'];
    expect(keptLines(clean(page(ARTICLE, after), 'article').text)).toEqual([...ARTICLE, ...after.slice(0, 5)]);
  });

  it('auto leaves a timetable with a sentence between its tables whole: no article stands between two menus', () => {
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
    const summer = days.map((day, index) => `${day}: ${9 + (index % 2)}-18`);
    const winter = days.map((day, index) => `${day}: ${10 + (index % 2)}-16`);
    const holidays = ['Good Friday: 10-14', 'Easter Monday: 10-14', 'May Day: 10-14', 'Harbour Day: 10-14', 'Christmas Eve: 10-12', 'Boxing Day: closed', 'New Year: closed'];
    const timetable = page(['Opening times', 'Summer'], summer, ['The café and the shop keep the hours of the harbour office.'], ['Winter'], winter, ['Holidays'], holidays);
    expect(keptLines(clean(timetable, 'auto').text)).toEqual(keptLines(timetable));
  });

  it('article reads a short story beside a calendar by its words: day numbers without a letter do not make it a text of short lines', () => {
    const story = ['Street repairs go on', 'Work on the streets of the old town goes on after the drains.', 'Oak Street, Mill Lane, Quay Road, Church Street, Bridge Street, Harbour Road and Fish Lane come next.', 'So far 450 metres of the road by the quay are done.'];
    const days = Array.from({ length: 31 }, (_, index) => String(index + 1));
    const kept = keptLines(clean(page(story, ['Archive - December 2025', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'], days), 'article').text);
    expect(kept.slice(0, story.length)).toEqual(story);
    expect(kept.filter((line) => days.includes(line))).toEqual([]);
  });

  it('article keeps a table laid out a cell a line after the text, its titles between the figures', () => {
    const table = ['1.', 'Harbour Lights', '3:12', '2.', 'Sea Wall', '2:48', '3.', 'Winter Storms', '4:05', '4.', 'Ferry Song', '3:30'];
    expect(keptLines(clean(page(ARTICLE, table), 'article').text)).toEqual([...ARTICLE, ...table]);
  });

  it('article keeps a few lines before the first paragraph and after the last, not more', () => {
    const head = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight'];
    const tail = ['Ninth line', 'Tenth line', 'Eleventh line', 'Twelfth line'];
    const { text } = clean(page(head, ARTICLE.slice(2), tail), 'article');
    expect(keptLines(text)).toEqual([...head.slice(4), ...ARTICLE.slice(2), ...tail.slice(0, 3)]);
  });

  it('article keeps a headline above a byline whose date one separator sets apart, but stops at a row of links', () => {
    const [headline, , ...body] = ARTICLE;
    for (const byline of ['Published 7 June 2021 | Local news', 'Jane Doe ·']) {
      expect(keptLines(clean(page([headline!, byline], body), 'article').text)).toEqual([headline, byline, ...body]);
    }
    const links = 'Home | News | Sport | Weather';
    expect(keptLines(clean(page([headline!, links], body), 'article').text)).toEqual(body);
  });

  it('article leaves text told mostly in short lines to the rules: a live blog of one-line updates stays whole', () => {
    const updates = [
      'Harbour 0-2 Rovers',
      'Rovers the better side all afternoon',
      'Corner cleared',
      'Shot from the edge of the box blocked',
      'Cross from the left straight to the keeper',
      'Five added minutes',
      'The home side have trailed for half an hour and have not once looked like getting back into the game, and the crowd has begun to drift away.',
      'Substitution for the home side',
      'Free kick given for a shirt pull',
      'Another corner for the home side',
      'Keeper booked for time wasting',
      'Header over the bar',
      'Long ball forward cleared by the visitors',
      'Second booking of the afternoon for the visitors',
      'Home fans on their feet for a late chance',
    ];
    expect(keptLines(clean(page(updates), 'article').text)).toEqual(updates);
    // The same updates under a story of long paragraphs are trimmed as before.
    expect(keptLines(clean(page(ARTICLE, updates.slice(2)), 'article').text)).not.toContain('Header over the bar');
  });

  it('article drops a comment section after the text, however long', () => {
    const comment = 'I have lived by that wall for forty years and I am glad that at last someone is going to do something about it, even if it took them this long.';
    const { text } = clean(page(ARTICLE, ['Reader comments'], [comment, comment.replace('forty', 'fifty'), comment.replace('forty', 'sixty')]), 'article');
    expect(keptLines(text)).toEqual(ARTICLE);
  });

  it('article reads a comment count of nought above the story as no comment section: the story after it stays', () => {
    const ticker = ['Rights and duties – the editorial', 'They have rights and they have duties, and the news of the week has shown us once again which of the two we talk about.', '21:52'];
    expect(keptLines(clean(page(ticker, ['Comments (0)'], ARTICLE), 'article').text)).toEqual(expect.arrayContaining(ARTICLE));
    // So does the sign-in notice under the count.
    expect(keptLines(clean(page(ticker, ['Comments (0)', 'You must be logged in to post a comment.'], ARTICLE), 'article').text)).toEqual(expect.arrayContaining(ARTICLE));
    // A count of comments, though, still opens a comment section: what follows it is no story.
    expect(keptLines(clean(page(ticker, ['Comments (3)'], ARTICLE), 'article').text)).not.toContain(ARTICLE[1]);
  });

  it('article ends where the text peaks: a site promotion after a run of short lines goes', () => {
    const promotion = ['Local News Group', 'Publisher: A. Person', 'Editor: B. Person', 'Want to submit a story?', 'Follow us', 'If you have any news tips that you would like us to follow up on, contact the editor by email.'];
    const { text } = clean(page(ARTICLE, promotion), 'article');
    expect(keptLines(text)).toEqual([...ARTICLE, ...promotion.slice(0, 3)]);
  });

  it('article keeps the whole list that its last line introduces, but not the links under a short heading', () => {
    const players = ['Brian Edwards (Wake Forest)', 'Matt Allen (Creighton)', 'Sean Franklin (Northridge)', 'Matt Hatzke (Santa Clara)', 'Shea Salinas (Furman)'];
    const intro = 'These are the players the clubs have invited to the trials:';
    expect(keptLines(clean(page(ARTICLE, [intro], players, ['Advertisement'], ['Back to the list']), 'article').text)).toEqual([...ARTICLE, intro, ...players]);
    const links = ['Harbour trust', 'Regional government', 'Sea wall history', 'Council minutes'];
    expect(keptLines(clean(page(ARTICLE, ['On the Net:'], links), 'article').text)).toEqual([...ARTICLE, 'On the Net:', ...links.slice(0, 2)]);
  });

  it('article takes a line of four words ending in a colon for the introduction of a list', () => {
    const songs = ['Harbour Lights', 'The Sea Wall', 'Winter Storms', 'Ferry Song', 'Lifeboat', 'Last Orders'];
    expect(keptLines(clean(page(ARTICLE, ['The setlist was this:'], songs), 'article').text)).toEqual([...ARTICLE, 'The setlist was this:', ...songs]);
  });

  it('article keeps a table of figures after the text, however long, but only the usual tail after it', () => {
    const rows = ['Round 1: 68 (-4)', 'Round 2: 70 (-2)', 'Round 3: 71 (-1)', 'Round 4: 66 (-6)', 'Total: 275 (-13)'];
    const after = ['Reported from the quay', 'Edited by the sports desk', 'Pictures by the harbour team', 'Weather on the coast'];
    expect(keptLines(clean(page(ARTICLE, rows, after), 'article').text)).toEqual([...ARTICLE, ...rows, ...after.slice(0, 3)]);
  });

  it('article ends at a related heading followed by teasers, but goes on past one followed by more of the story', () => {
    const teasers = [
      'Ferry port closed for a week',
      'The storm that hit the coast on Monday has closed the ferry port until next week, the operator said on Tuesday.',
      'Lifeboat crew honoured',
      'The crew of the town lifeboat received an award for the rescue of three fishermen in the autumn gales.',
    ];
    expect(keptLines(clean(page(ARTICLE, ['Related stories'], teasers), 'article').text)).toEqual(ARTICLE);
    const [first, second, ...rest] = ARTICLE;
    const story = page([first!, second!], rest.slice(0, 2), ['Related stories'], rest.slice(2));
    expect(keptLines(clean(story, 'article').text)).toEqual(ARTICLE);
  });

  it('lines leaves a whole page to the line rules, streaming', () => {
    const { text } = clean(wholePage, 'lines');
    expect(keptLines(text)).toContain('* Fishing fleet returns early');
    expect(keptLines(text)).not.toContain('Privacy policy');
  });

  it('rejects an unknown profile', () => {
    expect(() => strip('x', { profile: 'blog' as 'page' })).toThrow(/profile must be one of auto, article, page, lines/);
  });
});

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

describe('page analysis: the story\'s closing lines', () => {
  const closing = ['The hearing goes on.', '(Reporting by Ann Lee; Editing by Tom Hill)'];

  it('keeps the short sentences that close the story after its last paragraph, and says why', () => {
    const input = page(MENU, ARTICLE, closing, FOOTER, MENU);
    expect(keptLines(clean(input).text)).toEqual([...ARTICLE, ...closing]);
    expect(detailOf(input, closing[0]!)).toMatch(/^page-closing words=4 /);
  });

  it('stops at the first line that is no sentence: a share button or a menu item after them goes', () => {
    expect(keptLines(clean(page(MENU, ARTICLE, closing, ['Share this article What is this?'], ['The council meets again on Monday.'], FOOTER)).text)).toEqual([...ARTICLE, ...closing]);
    expect(keptLines(clean(page(MENU, ARTICLE, closing.slice(0, 1), ['Contact us'], ['The council meets again on Monday.'], FOOTER)).text)).toEqual([...ARTICLE, closing[0]]);
  });

  it('never runs on past a line a rule removed', () => {
    const { text } = clean(page(MENU, ARTICLE, ['Advertisement'], closing, FOOTER));
    expect(keptLines(text)).toEqual(ARTICLE);
  });

  it('keeps no letterless separator after the last of them, only one between two', () => {
    const { text } = clean(page(MENU, ARTICLE, [closing[0]!, '------', closing[1]!, '____________'], FOOTER));
    expect(keptLines(text)).toEqual([...ARTICLE, closing[0], '------', closing[1]]);
  });

  it('keeps at most region.closingLines of them, and none with 0', () => {
    const more = ['The council meets again on Monday.', 'The work will take two years.', 'It will cost a lot of money.'];
    expect(keptLines(clean(page(MENU, ARTICLE, more, closing, FOOTER)).text)).toEqual([...ARTICLE, ...more]);
    const withClosingLines = (count: number) => compileRuleSet([...loadRuleFiles([DEFAULT_RULES_DIR]), parseRulePack(`page:\n  region:\n    closingLines: ${count}\n`, 'closing.yaml')]);
    const input = page(MENU, ARTICLE, closing, FOOTER);
    expect(keptLines(strip(input, { rules: withClosingLines(1), profile: 'page' }).text)).toEqual([...ARTICLE, closing[0]]);
    expect(keptLines(strip(input, { rules: withClosingLines(0), profile: 'page' }).text)).toEqual(ARTICLE);
    expect(detailOf(input, closing[0]!, withClosingLines(0))).toMatch(/^page-outside-main /);
  });

  it('keeps a post\'s last lines that are no sentences when a related heading follows them, up to region.closingBlockLines', () => {
    const block = ['Tickets at the harbour office', 'Harbour Hall', '12 Quay Street', 'See you there!'];
    const input = page(MENU, ARTICLE, block, RELATED, FOOTER);
    expect(keptLines(clean(input).text)).toEqual([...ARTICLE, ...block]);
    expect(detailOf(input, block[1]!)).toMatch(/^page-closing /);
    const withBlockLines = (count: number) => compileRuleSet([...loadRuleFiles([DEFAULT_RULES_DIR]), parseRulePack(`page:\n  region:\n    closingBlockLines: ${count}\n`, 'closing.yaml')]);
    expect(keptLines(strip(input, { rules: withBlockLines(3), profile: 'page' }).text)).toEqual(ARTICLE);
    // No related heading after them: the site's lines, not the post's.
    expect(keptLines(clean(page(MENU, ARTICLE, block, FOOTER)).text)).toEqual(ARTICLE);
  });

  it('keeps no such block holding a list item, a link cut short or three short labels in a row', () => {
    for (const block of [['Tickets at the harbour office', '* Harbour Hall'], ['Tickets at the harbour office', 'More harbour news...'], ['Other stories', 'Harbour Hall', 'Ferry port', 'Lifeboat day']]) {
      expect(keptLines(clean(page(MENU, ARTICLE, block, RELATED, FOOTER)).text)).toEqual(ARTICLE);
    }
  });
});

describe('page analysis: the headline above a share bar or a picture', () => {
  const [headline, byline, ...body] = ARTICLE;
  const dateline = 'Updated 12 March 2024, 09:15';
  const shareBar = ['Share this article', 'Facebook', 'Twitter', '1.2k', '[sea-wall.jpg]'];
  const head = ['Waves break over the old sea wall', 'Photo: Ann Lee', byline!, 'Harbour correspondent'];
  const kept = [head[0], byline, head[3], ...body];
  const withHeadline = (settings: string) => compileRuleSet([...loadRuleFiles([DEFAULT_RULES_DIR]), parseRulePack(`page:\n  headline:\n${settings}`, 'headline.yaml')]);

  it('keeps the headline and its dateline past the share bar and the picture, which go, and says why', () => {
    const input = page(MENU, [headline!, dateline], shareBar, head, body, FOOTER);
    expect(keptLines(clean(input).text)).toEqual([headline, dateline, ...kept]);
    expect(detailOf(input, headline!)).toMatch(/^page-headline words=9 /);
  });

  it('keeps a dateline right above the headline, but not one of lynx\'s numbered links', () => {
    expect(keptLines(clean(page(MENU, [dateline, headline!], shareBar, head, body, FOOTER)).text)).toEqual([dateline, headline, ...kept]);
    const numbered = '[12]News [13]Harbour 2024 [14]12 March';
    expect(keptLines(clean(page(MENU, [numbered, headline!], shareBar, head, body, FOOTER)).text)).toEqual([headline, ...kept]);
  });

  it('keeps the standfirst under the headline', () => {
    const standfirst = 'The council has agreed to pay for a new wall after a debate that lasted well into the night.';
    const { text } = clean(page(MENU, [headline!, standfirst], shareBar, head, body, FOOTER));
    expect(keptLines(text)).toEqual([headline, standfirst, ...kept]);
  });

  it('passes at most headline.maxGap widget lines', () => {
    const input = page(MENU, [headline!], shareBar, head, body, FOOTER);
    expect(keptLines(strip(input, { rules: withHeadline('    maxGap: 2\n'), profile: 'page' }).text)).toEqual([headline, ...kept]);
    expect(keptLines(strip(input, { rules: withHeadline('    maxGap: 1\n'), profile: 'page' }).text)).toEqual(kept);
  });

  it('takes no list of teaser headlines for the headline', () => {
    const teasers = ['Storm closes the ferry port for a week', 'Fishing fleet returns early from the banks', 'Lifeboat crew honoured for a winter rescue'];
    expect(keptLines(clean(page(MENU, teasers, shareBar, head, body, FOOTER)).text)).toEqual(kept);
    expect(keptLines(strip(page(MENU, teasers, shareBar, head, body, FOOTER), { rules: withHeadline('    maxLines: 3\n'), profile: 'page' }).text)).toEqual([...teasers, ...kept]);
  });

  it('keeps a headline of a few words right above the standfirst, unless a longer one stands further up', () => {
    const standfirst = 'The council has agreed to pay for a new wall after a debate that lasted well into the night.';
    expect(keptLines(clean(page(MENU, ['Wall vote passes', standfirst], shareBar, head, body, FOOTER)).text)).toEqual(['Wall vote passes', standfirst, ...kept]);
    expect(keptLines(clean(page(MENU, [headline!, 'By Ann Lee', standfirst], shareBar, head, body, FOOTER)).text)).toEqual([headline, 'By Ann Lee', standfirst, ...kept]);
  });

  it('keeps a byline under the headline, by its first word over two names or by a time of day, but no widget line of as many words', () => {
    for (const byline of ['By Ann Lee', 'Par Anne Roy, Luc Blanc', 'Ann Lee, Harbour News 3:53 p.m. EST March 12, 2024', 'Posted 12 March 2024 - Page updated at 09:15 AM']) {
      expect(keptLines(clean(page(MENU, [headline!, byline], shareBar, head, body, FOOTER)).text)).toEqual([headline, byline, ...kept]);
    }
    // No byline: no name after the word, a widget line the search passes or stops at; longer than headline.maxBylineWords; no bylineStarts.
    expect(keptLines(clean(page(MENU, [headline!, 'Sort by date'], shareBar, head, body, FOOTER)).text)).toEqual([headline, ...kept]);
    expect(keptLines(clean(page(MENU, [headline!, 'By clicking you agree to our terms.'], shareBar, head, body, FOOTER)).text)).toEqual(kept);
    // A timestamp right above the head stays with it, though no headline stands above.
    const timestamp = 'Page updated at 09:15 AM, 12 March 2024.';
    expect(keptLines(clean(page(MENU, ['Movies | Restaurants | Events', timestamp, 'Harbour news'], head.slice(1), body, FOOTER)).text)).toEqual([timestamp, 'Harbour news', ...kept.slice(1)]);
    for (const settings of ['    maxBylineWords: 2\n', '    bylineStarts: []\n']) {
      expect(keptLines(strip(page(MENU, [headline!, 'By Ann Lee'], shareBar, head, body, FOOTER), { rules: withHeadline(settings), profile: 'page' }).text)).toEqual([headline, ...kept]);
    }
  });

  it('keeps a headline ending in an abbreviation\'s full stop, not one ending a clause', () => {
    const abbreviated = 'Harbour town signs a fishing deal with the U.S.';
    expect(keptLines(clean(page(MENU, [abbreviated], shareBar, head, body, FOOTER)).text)).toEqual([abbreviated, ...kept]);
    expect(keptLines(clean(page(MENU, ['Harbour town signs a fishing deal with the navy.'], shareBar, head, body, FOOTER)).text)).toEqual(kept);
  });

  it('keeps the headline above a box of highlights in sentence case, and the highlights written as sentences, but not above title-case teasers', () => {
    const highlights = ['Story highlights', '* The council voted to rebuild the wall after a long debate', '* Work on the first section is expected to start in the spring'];
    expect(keptLines(clean(page(MENU, [headline!], highlights, head, body, FOOTER)).text)).toEqual([headline, ...highlights.slice(1), ...kept]);
    // Items shorter than line.textWords words are tool buttons as often: they pass but stay out.
    const tools = ['* Make the text smaller', '* Make the text larger'];
    expect(keptLines(clean(page(MENU, [headline!], tools, head, body, FOOTER)).text)).toEqual([headline, ...kept]);
    const teasers = ['* Storm Closes The Ferry Port For A Whole Week', '* Lifeboat Crew Honoured For A Winter Rescue'];
    expect(keptLines(clean(page(MENU, [headline!], teasers, head, body, FOOTER)).text)).toEqual(kept);
  });

  it('keeps the headline above a box of links under a related heading, which stays out, up to headline.maxBoxLines lines', () => {
    const box = ['Related stories', '* Storm Closes The Ferry Port For A Week', 'Story tools', '* Fishing Fleet Returns Early From The Banks'];
    const input = page(MENU, [headline!], box, head, body, FOOTER);
    expect(keptLines(clean(input).text)).toEqual([headline, ...kept]);
    expect(keptLines(strip(input, { rules: withHeadline('    boxPacks: [related]\n    maxBoxLines: 2\n'), profile: 'page' }).text)).toEqual(kept);
    // Teaser headlines with no related heading over them are a list of teasers: nothing past them.
    expect(keptLines(clean(page(MENU, [headline!], box.slice(1), head, body, FOOTER)).text)).toEqual(kept);
  });

  it('passes a highlights box most of whose items are in sentence case, one naming people, but no such list of links', () => {
    const highlights = ['* The council voted to rebuild the wall after a long debate', '* Mayor Ann Lee Tells Harbour Residents The Work Starts In May', '* Work on the first section is expected to start in the spring'];
    expect(keptLines(clean(page(MENU, [headline!], highlights, head, body, FOOTER)).text)).toEqual([headline, ...highlights, ...kept]);
    const links = highlights.map((item, index) => `* [${item.slice(2)}](https://example.com/${index})`);
    expect(keptLines(clean(page(MENU, [headline!], links, head, body, FOOTER)).text)).toEqual(kept);
  });

  it('keeps a standfirst and its copy under it (a caption repeating it)', () => {
    // Shorter than the repeated-paragraph rule's copies, as a wrapped paragraph's lines are.
    const standfirst = 'The council will pay for a new wall, the mayor said on Tuesday.';
    const highlights = ['Story highlights', '* The council voted to rebuild the wall after a long debate', '* Work on the first section is expected to start in the spring'];
    const { text } = clean(page(MENU, [headline!, 'By Ann Lee', standfirst, standfirst], highlights, head, body, FOOTER));
    // The two score as a stretch of running text: the story opens with them, and the highlights box under them is its own.
    expect(keptLines(text)).toEqual([headline, 'By Ann Lee', standfirst, standfirst, ...highlights, ...kept]);
  });

  it('keeps a standfirst that ends no sentence, in sentence case, but passes no title-case line of as many words', () => {
    // Longer than a headline (headline.maxWords), shorter than unended running text (line.unendedWords).
    const unended = 'The harbour master explains how the town plans to keep the sea out of its streets through the winter and what residents can do to help';
    expect(keptLines(clean(page(MENU, [headline!, unended, 'By Ann Lee'], shareBar, head, body, FOOTER)).text)).toEqual([headline, unended, 'By Ann Lee', ...kept]);
    const titleCase = unended.replace(/(^| )(\p{Ll})/gu, (_match, space: string, letter: string) => space + letter.toUpperCase());
    expect(keptLines(clean(page(MENU, [headline!, titleCase, 'By Ann Lee'], shareBar, head, body, FOOTER)).text)).toEqual(kept);
  });

  it('passes a picture\'s caption over its credit, however long, but no sentence there, which is the standfirst', () => {
    const standfirst = 'The council has agreed to pay for a new wall after a debate that lasted well into the night.';
    const caption = 'Waves break over the harbour wall at high tide on Monday morning, seen from the pier';
    const input = page(MENU, [headline!, standfirst, caption, 'Photo: Ann Lee'], shareBar, head, body, FOOTER);
    expect(keptLines(clean(input).text)).toEqual([headline, standfirst, ...kept]);
    expect(keptLines(strip(input, { rules: withHeadline('    captionPacks: []\n'), profile: 'page' }).text)).toEqual(kept);
    // A sentence over the credit may be the standfirst itself.
    expect(keptLines(clean(page(MENU, [headline!, standfirst, 'Photo: Ann Lee'], shareBar, head, body, FOOTER)).text)).toEqual([headline, standfirst, ...kept]);
  });

  it('passes a list of tools most of whose items the rules removed, however long the others, but no menu holding one such item', () => {
    const tools = ['* Print', '* Email', '* Share on Facebook', '* Harbour News on your phone from one euro a week'];
    expect(keptLines(clean(page(MENU, [headline!], tools, head, body, FOOTER)).text)).toEqual([headline, ...kept]);
    expect(keptLines(strip(page(MENU, [headline!], tools, head, body, FOOTER), { rules: withHeadline('    minToolShare: 0.8\n'), profile: 'page' }).text)).toEqual(kept);
    const menu = ['* Print', '* Harbour', '* Ferries', '* Weather', '* Harbour News on your phone from one euro a week'];
    expect(keptLines(clean(page(MENU, [headline!], menu, head, body, FOOTER)).text)).toEqual(kept);
  });

  it('takes no summary cut short for a standfirst: a teaser and its headline stay out', () => {
    const summary = 'The council has agreed to pay for a new wall after a debate that lasted well into the night and...';
    expect(keptLines(clean(page(MENU, [headline!, summary], shareBar, head, body, FOOTER)).text)).toEqual(kept);
  });

  it('takes nothing past a list item longer than a widget, nor a breadcrumb or a row of cells', () => {
    const teaser = ['* Readers send in their pictures of the storm'];
    expect(keptLines(clean(page(MENU, [headline!], teaser, shareBar, head, body, FOOTER)).text)).toEqual(kept);
    for (const line of ['Home > News > Harbour town votes to rebuild', 'Harbour news     Town council     Weather today']) {
      expect(keptLines(clean(page(MENU, [line], shareBar, head, body, FOOTER)).text)).toEqual(kept);
    }
  });
});

/** What --explain says of the line `line` of the page `input`. */
function detailOf(input: string, line: string, ruleSet = rules): string | undefined {
  const records: InputLineRecord[] = [];
  cleanBytes(Buffer.from(input), normalizeOptions({ rules: ruleSet, profile: 'page' }), { observer: (record) => records.push(record) });
  return records.find((record) => record.content.toString() === line)?.detail;
}

/**
 * The same story, with its byline and date, in languages added after English, German, French,
 * Spanish, Italian, Portuguese and Russian: Slavic in both scripts, Germanic, Romance, Uralic.
 */
const STORIES: [string, string[], string[]][] = [
  ['Polish', [POLISH_STORY[0]!, 'Anna Nowak', '12 marca 2024', ...POLISH_STORY.slice(1)], ['Strona główna', 'Wiadomości', 'Sport', 'Biznes', 'Kultura', 'Pogoda', 'Technologia', 'Zdrowie']],
  [
    'Ukrainian',
    [
      'Міська рада погодила відбудову старого хвилерізу',
      'Олена Коваль',
      '12 березня 2024',
      'Міська рада у вівторок увечері вирішила відбудувати хвилеріз, який захищає порт від штормів минулого століття, після дискусії, що тривала до пізньої ночі.',
      'Мешканці роками просили полагодити мур до зимових штормів, і багато з них прийшли на засідання, щоб самі почути це рішення.',
      'Роботи на першій ділянці мають початися навесні, а інженери кажуть, що весь мур буде готовий приблизно за два роки, якщо дозволить погода.',
    ],
    ['Головна', 'Новини', 'Спорт', 'Економіка', 'Культура', 'Погода', 'Технології', 'Здоров’я'],
  ],
  [
    'Dutch',
    [
      'Dorp herbouwt het oude havenhoofd',
      'Door Jan de Vries',
      '12 maart 2024',
      'Het college heeft dinsdagavond besloten het havenhoofd te herbouwen dat het dorp sinds het noodweer van 1953 beschermt, na een debat dat tot middernacht duurde.',
      'Bewoners vroegen al jaren om herstel, want zij zijn bang dat het water bij een zware storm opnieuw over het havenhoofd komt.',
      'Het werk zal naar verwachting in het voorjaar beginnen, en volgens de ingenieurs is het havenhoofd over twee jaar klaar als het weer meezit.',
    ],
    ['Home', 'Nieuws', 'Sport', 'Economie', 'Cultuur', 'Weer', 'Tech', 'Gezondheid'],
  ],
  [
    'Romanian',
    [
      'Consiliul local aprobă reconstruirea vechiului dig',
      'de Ana Popescu',
      '12 martie 2024',
      'Consiliul local a decis marți seara să reconstruiască digul care protejează portul de la furtunile secolului trecut, după o dezbatere care a durat până târziu în noapte.',
      'Locuitorii cereau de ani de zile ca zidul să fie reparat înainte de furtunile de iarnă, iar mulți dintre ei au venit la ședință ca să audă decizia.',
      'Lucrările la prima porțiune ar urma să înceapă în primăvară, iar inginerii spun că întregul zid va fi gata în aproximativ doi ani dacă vremea o permite.',
    ],
    ['Acasă', 'Știri', 'Sport', 'Economie', 'Cultură', 'Vremea', 'Tehnologie', 'Sănătate'],
  ],
  [
    'Hungarian',
    [
      'A városi tanács jóváhagyta a régi hullámtörő újjáépítését',
      'Kovács Anna',
      '2024. március 12.',
      'A városi tanács kedd este úgy döntött, hogy újjáépíti a hullámtörőt, amely a múlt század viharai óta védi a kikötőt, egy késő estig tartó vita után.',
      'A lakók évek óta kérték, hogy a falat a téli viharok előtt javítsák meg, és sokan eljöttek az ülésre, hogy maguk hallják a döntést.',
      'Az első szakaszon a munka várhatóan tavasszal kezdődik, és a mérnökök szerint az egész fal nagyjából két évig tart, ha az időjárás engedi.',
    ],
    ['Címlap', 'Hírek', 'Sport', 'Gazdaság', 'Kultúra', 'Időjárás', 'Tech', 'Egészség'],
  ],
];

describe('page analysis of the languages added to the function-word lists', () => {
  it.each(STORIES)('reads a %s page: keeps the story, each paragraph read as running text, and drops its menus', (_language, story, menu) => {
    const input = page(menu, story, [ENGLISH_NOTICE], menu.slice(0, 5), menu.slice(3));
    const kept = keptLines(strip(input, { rules, profile: 'page' }).text);
    expect(kept).toEqual(expect.arrayContaining(story));
    expect(kept.filter((line) => menu.includes(line))).toEqual([]);
    for (const paragraph of story.slice(3)) expect(detailOf(input, paragraph)).toMatch(/^page-main-text .* text=yes/);
  });
});
