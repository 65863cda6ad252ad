import { describe, expect, it } from 'vitest';
import { compileRules, strip } from '../../../src/index.js';
import { detailOf } from '../../helpers/page-detail.js';
import { ARTICLE, ENGLISH_NOTICE, FOOTER, keptLines, MENU, page, POLISH_STORY, RELATED } from '../../helpers/pages.js';

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

  it('keeps a table laid out a cell a line after the article, not a list\'s heading or a site\'s label between dated lines', () => {
    const cells = ['12.', 'Harbour', '2:35', '13.', 'Quay', '3:10', '14.', 'Old town', '4:05'];
    for (const profile of ['page', 'auto'] as const) expect(keptLines(clean(page(MENU, ARTICLE, cells, FOOTER, MENU), profile).text)).toEqual([...ARTICLE, ...cells]);
    // A rank of one figure has too few letters or digits to count as a line, but it is a row.
    for (const ranked of [['1.', 'Harbour', '2:35', '2.', 'Quay', '3:10'], ['1.', 'Harbour', '2.', 'Quay', '3.', 'Old town', '4:05']]) {
      expect(keptLines(clean(page(MENU, ARTICLE, ranked, FOOTER, MENU)).text)).toEqual([...ARTICLE, ...ranked]);
    }
    // A counter and its label shown twice is a widget.
    expect(keptLines(clean(page(MENU, ARTICLE, ['861', 'Kudos', '861', 'Kudos'], FOOTER, MENU)).text)).toEqual([...ARTICLE, '861']);
    const archive = ['30/12/07', 'Past stories:', 'January 2008', 'December 2007', 'November 2007'];
    expect(keptLines(clean(page(MENU, ARTICLE, archive, FOOTER, MENU)).text)).toEqual([...ARTICLE, '30/12/07']);
    const poll = ['12/01/2008', 'Harbour poll', '©2008 The Harbour Gazette. All rights reserved.'];
    expect(keptLines(clean(page(MENU, ARTICLE, poll, FOOTER, MENU)).text)).toEqual([...ARTICLE, '12/01/2008']);
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

  it('auto leaves a timetable with a sentence between its tables whole: no article stands between two menus', () => {
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
    const summer = days.map((day, index) => `${day}: ${9 + (index % 2)}-18`);
    const winter = days.map((day, index) => `${day}: ${10 + (index % 2)}-16`);
    const holidays = ['Good Friday: 10-14', 'Easter Monday: 10-14', 'May Day: 10-14', 'Harbour Day: 10-14', 'Christmas Eve: 10-12', 'Boxing Day: closed', 'New Year: closed'];
    const timetable = page(['Opening times', 'Summer'], summer, ['The café and the shop keep the hours of the harbour office.'], ['Winter'], winter, ['Holidays'], holidays);
    expect(keptLines(clean(timetable, 'auto').text)).toEqual(keptLines(timetable));
  });

  it('auto takes extracted text over a table whose emptied cells stand a line each for an article, and keeps the whole table', () => {
    // A converter writes an emptied cell as a bar alone on its line, which a share-bar rule removes: no site's chrome, and no end of the table.
    const notes = [
      'The figures below come from the reports that observers sent from the polling stations on the evening of the vote.',
      'They are not the official count, and where they differ from the figures of the electoral commission the commission has the last word.',
    ];
    const head = ['Votes by polling station, % of the votes cast | |', '---|---|---|', '1 | Yes | 48.98% |', '2 | No | 49.21% |', '3 | Turnout | 32.75% |', 'Time', '(local)', '|', 'Station |', 'Observer', '(team, phone) |', 'Yes 1 | No 2 | Voters 3 |'];
    const returns = [2402, 2400, 2404, 2411].flatMap((station, index) => [`08.12 22:${30 + index} | ${station} |`, `......${3536 + index}`, '|', `${272 + index}`, '|', `${268 - index}`, '|', `${1645 + index}`, `${33 + index},56%`, '|']);
    const table = page(notes, head, returns);
    const kept = keptLines(table).filter((line) => line !== '|');
    expect(keptLines(clean(table, 'auto').text)).toEqual(kept);
    expect(keptLines(clean(table, 'article').text)).toEqual(kept);
    // The bars stay the share bar's leftovers where they stand past the table, or after the text.
    expect(keptLines(clean(page(notes, ['|'], head.slice(0, 5)), 'article').text)).toEqual(notes);
  });

  it('auto leaves a blog\'s archive of results whole: tables of scores around its sentences are no menus', () => {
    const teams = ['Harbour Rovers', 'Quay United', 'Lighthouse FC', 'Old Town', 'Pier Athletic', 'Marina Sports', 'Slipway Stars', 'Boatyard Boys', 'Coastguard XI', 'Tide Wanderers'];
    const results = teams.map((team, index) => `${team} ${index % 4}-${(index + 1) % 3} ${teams[(index + 3) % teams.length]} (final)`);
    const pairing = (home: string, away: string, wins: number) => [`${home} - ${away}`, `Wins ${home}: ${wins}`, 'Draws: 1', `Wins ${away}: ${wins - 1}`, `Goals ${home} / Goals ${away}: ${wins * 3} / ${wins}`];
    const archive = page(
      ['28/09/2019', 'Cup, round 5: results', 'Saturday 28 September'],
      results.slice(0, 5),
      ['Sunday 29 September'],
      results.slice(5),
      ['Cup, round 5: head to head', 'The two clubs have met in the final of the cup three times since the league began, and the home side won each time.'],
      pairing(teams[0]!, teams[1]!, 4),
      ['The biggest win of the pairing came in the spring of 2017, when the visitors lost by six goals to nothing.'],
      pairing(teams[2]!, teams[3]!, 3),
      pairing(teams[4]!, teams[5]!, 2),
    );
    expect(keptLines(clean(archive, 'auto').text)).toEqual(keptLines(archive));
    expect(keptLines(clean(archive, 'page').text)).not.toContain(results[0]);
    // The same lines without their numbers are a site's menus, however many figures inside a word ("Harbour Rovers U21 v Quay United").
    const labelled = archive.replace(/ \d+-\d+ /g, ' U21 v ').replace(/: \d+( \/ \d+)?$/gm, '').replace(/\d+\/\d+\/\d+|\d+ September/g, 'U21');
    expect(keptLines(labelled)).toHaveLength(keptLines(archive).length);
    expect(keptLines(clean(labelled, 'auto').text)).toEqual(keptLines(clean(labelled, 'page').text));
    expect(keptLines(clean(labelled, 'auto').text)).not.toContain('Harbour Rovers U21 v Old Town (final)');
  });

  // A short post of lessons: two lists of points (the first introduced by its paragraph) between its paragraphs, and a sign-up line a rule removes.
  const jobs = ['- Mooring the ferry in a gale.', '- Night watches (winter and summer).', '- Tide charts.', '- Lifeboat drills with the crew', '- Painting the slipway', '- Repairs to the old pier.', '- Fund raising'];
  const points = ['tide chart and plan the work around the high water', 'log that the next crew can read without asking', 'quiet jobs on the quay and the rescues at sea', 'plan that everyone on the crew knows by heart', 'hours a job will take and the harbour master', 'night watches between the old hands and the new', 'drills and what it means to be a volunteer', 'money for the lifeboat and the people we ask', 'coastguard and when to call it or wait'].map((point) => `- What I know now of the ${point}.`);
  // A menu's labels, where a list would stand.
  const labels = ['- Harbour', '- Ferries', '- Lifeboat', '- Tide tables', '- Volunteers', '- Events', '- Gallery', '- Donate', '- Contact'];
  const lessonsPost = (firstList: string[], secondList = points, firstIntro = 'A lot of what I learned came from the jobs we took on that year, such as:') =>
    page(
      ['What a year of harbour duty taught me', 'March 3, 2024', 'Over the past year I have been asked to keep the harbour log and to plan the work of the volunteers on the quay.'],
      [firstIntro],
      firstList,
      ARTICLE.slice(2, 4),
      ['As a volunteer I have learned.'],
      secondList,
      ['Want to hear more from me?', 'Sign up for our free daily newsletter'],
    );

  it('auto reads a short post as an article although a rule removed a sign-up line: the list its paragraph introduces is no menu', () => {
    const post = lessonsPost(jobs);
    expect(keptLines(clean(post, 'auto').text)).toEqual(keptLines(post).filter((line) => !line.startsWith('Sign up')));
    expect(keptLines(clean(post, 'page').text)).not.toContain('- What I know now of the coastguard and when to call it or wait.');
    // A list of links under such a line is a menu as any other (and so is a list of labels under a sentence).
    const linked = lessonsPost(jobs.map((job) => `* [${job.slice(2)}](/jobs)`), labels);
    expect(keptLines(clean(linked, 'auto').text)).toEqual(keptLines(clean(linked, 'page').text));
  });

  it('auto reads a short post as an article when neither of its lists has an introduction ending in a colon, if their items are phrases', () => {
    const intro = 'A lot of what I learned came from the jobs we took on that year, and these are the ones I remember best.';
    const post = lessonsPost(jobs, points, intro);
    expect(keptLines(clean(post, 'auto').text)).toEqual(keptLines(post).filter((line) => !line.startsWith('Sign up')));
    // Lists of labels under such sentences are menus.
    const menus = lessonsPost(labels, labels, intro);
    expect(keptLines(clean(menus, 'auto').text)).toEqual(keptLines(clean(menus, 'page').text));
    expect(keptLines(clean(menus, 'auto').text)).not.toContain('- Harbour');
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

describe('page analysis of a story that carries posts or code between its paragraphs', () => {
  const posts = [
    ['Ferry queues back to the roundabout again', '— Ann Lee (@annlee_) March 3, 2019'],
    ['No word from the harbour office yet', '— Tom Rees (@tomrees) March 3, 2019'],
    ['Third cancelled sailing this week', '— Quay Watch (@quaywatch) March 3, 2019'],
    ['Anyone know when the next boat is?', '— Jo Bell (@jobell) March 3, 2019'],
    ['Cars parked on the verge all down the hill', '— Sam Hart (@samhart) March 3, 2019'],
    ['Ticket office closed, nobody answering', '— Mia Cole (@miacole) March 3, 2019'],
  ];
  const closing = 'The harbour office said on Sunday evening that the timetable would be back to normal by Monday morning, once the second ferry had been repaired.';

  it('keeps the posts a story quotes and the paragraph after them, and still drops the menus and footer', () => {
    const story = [...ARTICLE, 'Travellers shared what they saw at the quay throughout the afternoon:', ...posts.flat(), closing];
    const { text } = clean(page(MENU, story, RELATED, FOOTER, MENU));
    expect(keptLines(text)).toEqual(story);
  });

  it('keeps a listing of code between the paragraphs of a post, and the paragraphs before it, in text wrapped as lynx writes it', () => {
    const listing = ['Fees fees = loadFees(path);', 'Total total = new Total();', 'total.add(fees.harbour());', 'total.add(fees.parking());', 'total.add(fees.ferry());', 'Report report = total.report();', 'report.print(System.out);', 'assert report.sum() == 12;', 'log.info(report.summary());', 'return report;'];
    // Paragraphs wrapped at 72 columns, indented by three spaces; a listing keeps its lines.
    const wrap = (line: string): string[] => line.split(' ').reduce<string[]>((rows, word) => {
      const last = rows.at(-1);
      if (last !== undefined && last.length + word.length < 72) rows[rows.length - 1] = `${last} ${word}`;
      else rows.push(`   ${word}`);
      return rows;
    }, []);
    const paragraphs = (lines: readonly string[]): string[] => lines.flatMap((line) => [...wrap(line), '']);
    // The story goes on at length after the listing.
    const before = ARTICLE.slice(0, 3);
    const after = [...ARTICLE.slice(3), ...ARTICLE.slice(2)];
    const input = `${[...MENU, '', ...paragraphs(before), ...listing, '', ...paragraphs(after), ...FOOTER].join('\n')}\n`;
    const kept = keptLines(clean(input).text).map((line) => line.trim());
    expect(kept).toEqual(expect.arrayContaining([...listing, ...paragraphs(before.slice(2)).map((line) => line.trim()).filter((line) => line !== '')]));
    expect(kept).not.toContain('Privacy policy');
  });
});

describe('what --explain says of the lines the page analysis decides', () => {
  const reasonOf = (input: string, line: string): string | undefined => detailOf(input, line)?.split(' ')[0];

  it('names the head, the running text, the short lines of the region, the story\'s closing line and what follows it', () => {
    const results = ['1. Harbour Rowing Club 12:04.3', '2. Lighthouse Crew 12:09.8'];
    const closed = page(MENU, ARTICLE, results, ['The next race is on the first Sunday of May.'], ['Advertisement'], FOOTER);
    expect(reasonOf(closed, 'By a staff reporter')).toBe('page-head');
    expect(reasonOf(closed, ARTICLE[2]!)).toBe('page-main-text');
    expect(reasonOf(closed, 'What happens next')).toBe('page-main-short');
    expect(reasonOf(closed, 'The next race is on the first Sunday of May.')).toBe('page-closing');
    expect(reasonOf(closed, '* Sport')).toBe('page-outside-main');
    // Past the story's end, the first of a list of teasers is kept as a short line, not as the story's close.
    const teasers = ['Ferry timetable changes - 12 May 2024', 'Read what the new crossings mean for you.', 'Lifeboat day - 3 June 2024', 'Come and see the crew at work.'];
    expect(reasonOf(page(MENU, ARTICLE, results, teasers, FOOTER), teasers[0]!)).toBe('page-main-short');
  });

  it('names a box of contents set into the story\'s start a menu run, a box of highlights and the heading after them the head', () => {
    const [headline, , ...body] = ARTICLE;
    const lead = ['The old sea wall has protected the harbour since the storms of the last century, and the town has now voted to rebuild it.', 'The vote came after a debate that lasted well into the night.'];
    const contents = page(MENU, [headline!], lead, ['Contents', '* 1 History', '* 2 The vote', '+ 2.1 Costs', '* 3 See also'], ['History'], body, FOOTER);
    // The lead above the box is the story's own running text, not its head.
    expect(reasonOf(contents, lead[0]!)).toBe('page-main-text');
    expect(reasonOf(contents, 'Contents')).toBe('page-menu-run');
    expect(reasonOf(contents, 'History')).toBe('page-head');
    const highlights = page(MENU, [headline!], lead, ['Story highlights', '* The council voted to rebuild the wall after a long debate that night', '* Work on the first section is expected to start in the spring'], body, FOOTER);
    expect(reasonOf(highlights, 'Story highlights')).toBe('page-head');
  });

  it('names every line of a page without running text a short line the rules left', () => {
    expect(reasonOf(page(['Opening times', 'Monday to Friday', 'Nine to five', 'Closed on Sundays']), 'Nine to five')).toBe('page-main-short');
  });
});

describe('a teaser between two menu runs inside a long story', () => {
  const story = ARTICLE.filter((line) => line.length > 60);
  const more = (word: string): string[] => story.map((line) => line.replace('the ', `${word} `));
  const withTeaser = (teaser: string): string =>
    page(MENU, ARTICLE, more('a'), ['* Weather', '* Tides', '* Ferries', '* Events'], [teaser], ['* Tickets', '* Fares', '* Maps', '* Routes'], more('one'), more('this'), FOOTER);
  const words = (count: number): string => `${Array.from({ length: count - 1 }, (_, index) => (index % 3 === 0 ? 'the' : index % 3 === 1 ? 'ferry' : 'runs')).join(' ')} today.`;

  it('drops the teaser of up to menu.loneTextWords words as lone text, and the menu runs, but keeps the story on both sides', () => {
    const teaser = 'Readers say the new timetable is the best thing that has happened to the ferry service in a decade.';
    const input = withTeaser(teaser);
    const kept = keptLines(clean(input).text);
    expect(kept).not.toContain(teaser);
    expect(kept).toEqual(expect.arrayContaining([...more('a'), ...more('one'), ...more('this')]));
    expect(detailOf(input, teaser)).toMatch(/^page-lone-text /);
    expect(detailOf(input, '* Tides')).toMatch(/^page-menu-run /);
    expect(keptLines(clean(withTeaser(words(40))).text)).not.toContain(words(40));
  });

  it('keeps a paragraph of more than menu.loneTextWords words there', () => {
    expect(keptLines(clean(withTeaser(words(41))).text)).toContain(words(41));
  });
});

describe('profile auto: a page of few short lines told by its menu runs', () => {
  const story = ARTICLE.filter((line) => line.length > 60);
  const paragraphs = (...words: string[]): string[] => words.flatMap((word) => story.map((line) => line.replace('the ', `${word} `)));
  const head = ARTICLE.slice(0, 2);
  const sameAs = (input: string, profile: 'page' | 'article'): boolean => JSON.stringify(keptLines(clean(input, 'auto').text)) === JSON.stringify(keptLines(clean(input, profile).text));

  it('reads a story of long paragraphs between a menu above and one below as a page', () => {
    const input = page(['* Harbour', '* Moorings', '* Tide tables', '* Ferry times', '* Lifeboat'], head, paragraphs('the', 'a', 'one', 'this', 'that', 'our', 'each'), ['* Sailing club', '* Fishing fleet', '* Coastguard', '* Marina', '* Beaches']);
    expect(sameAs(input, 'page')).toBe(true);
    expect(sameAs(input, 'article')).toBe(false);
  });

  // Two lists set in a story whose only chrome is a line the legal pack removes.
  const labels = ['- Harbour', '- Moorings', '- Tide tables', '- Ferry times', '- Lifeboat'];
  const moreLabels = ['- Sailing club', '- Fishing fleet', '- Coastguard', '- Marina', '- Beaches'];
  const withLists = (intro: string, list: string[], secondIntro: string, secondList: string[]): string =>
    page(head, paragraphs('the', 'a', 'one'), [intro], list, paragraphs('this', 'that'), [secondIntro], secondList, paragraphs('our', 'each'), ['Privacy policy']);

  it('reads lists a line of the story introduces with a colon as the story\'s own: an article', () => {
    const input = withLists('The harbour office lists what the volunteers will do this year, such as:', labels, 'And the places where the crews will work, which are these:', moreLabels);
    expect(sameAs(input, 'article')).toBe(true);
    expect(sameAs(input, 'page')).toBe(false);
  });

  it('reads lists of phrases under sentences as the story\'s own, and lists of labels there as menus', () => {
    const intro = 'The harbour office has planned the work of the volunteers for this year.';
    const secondIntro = 'The crews will work at these places along the coast this year.';
    const phrases = ['- Keeping the log of the tides at the quay', '- Painting the old slipway in the spring', '- Training the new crew on the lifeboat', '- Repairing the steps of the old pier', '- Raising money for the new boat'];
    const morePhrases = ['- Watching the harbour from the tower', '- Meeting the ferry at the north quay', '- Clearing the beach after the storms', '- Helping the fishing fleet in the mornings', '- Checking the buoys out at the point'];
    const phraseLists = withLists(intro, phrases, secondIntro, morePhrases);
    expect(sameAs(phraseLists, 'article')).toBe(true);
    expect(sameAs(phraseLists, 'page')).toBe(false);
    const menus = withLists(intro, labels, secondIntro, moreLabels);
    expect(sameAs(menus, 'page')).toBe(true);
    expect(sameAs(menus, 'article')).toBe(false);
  });

  it('takes items of line.sentenceWords words or more (the bullet counted) with function words for phrases, and neither longer labels, a list of half phrases, nor links after its first item', () => {
    const intro = 'The harbour office has planned the work of the volunteers for this year.';
    const secondIntro = 'The crews will work at these places along the coast this year.';
    const underSentences = (list: string[], secondList: string[]): string => withLists(intro, list, secondIntro, secondList);
    const shortPhrases = underSentences(['- Life at sea', '- Work on boats', '- Days of storms', '- Nights on watch', '- Crews in training'], ['- Walks by night', '- Tides of spring', '- Boats for hire', '- Work with crews', '- Calls for help']);
    expect(sameAs(shortPhrases, 'article')).toBe(true);
    // Two words and the bullet: as many as line.sentenceWords counts.
    const fewestWords = underSentences(['- At sea', '- On land', '- In port', '- By boat', '- For hire'], ['- At work', '- On watch', '- In town', '- By night', '- For sale']);
    expect(sameAs(fewestWords, 'article')).toBe(true);
    const longLabels = underSentences(['- Tide tables north', '- Ferry times summer', '- Lifeboat crew rota', '- Harbour office hours', '- Marina berth prices'], ['- Sailing club news', '- Fishing fleet prices', '- Coastguard station rota', '- Marina berth list', '- Beaches guide north']);
    expect(sameAs(longLabels, 'page')).toBe(true);
    const halfPhrases = underSentences(['- Keeping the log of the tides at the quay', '- Painting the old slipway in the spring', '- Harbour', '- Moorings'], ['- Watching the harbour from the tower', '- Meeting the ferry at the north quay', '- Marina', '- Beaches']);
    expect(sameAs(halfPhrases, 'page')).toBe(true);
    const linked = underSentences(
      ['- Keeping the log of the tides at the quay', '- [Painting the old slipway in the spring](/a)', '- [Training the new crew on the lifeboat](/b)', '- [Repairing the steps of the old pier](/c)'],
      ['- Watching the harbour from the tower', '- [Meeting the ferry at the north quay](/d)', '- [Clearing the beach after the storms](/e)', '- [Helping the fishing fleet in the mornings](/f)'],
    );
    expect(sameAs(linked, 'page')).toBe(true);
  });
});

describe('a run of short lines between two paragraphs of a story', () => {
  const [headline, byline, ...body] = ARTICLE;
  const before = body.filter((line) => line.length > 40);
  // The story goes on at length after the run, so that the region spans it.
  const after = ['a ', 'one '].flatMap((word) => before.map((line) => line.replace('the ', word)));
  /** The lines of `run` kept, set between the story's paragraphs with `above` and `below` around it; the paragraphs must all stay. */
  const keptOfRun = (run: string[], above: string[] = [], below: string[] = []): string[] => {
    const kept = keptLines(clean(page(MENU, [headline!, byline!], before, above, run, below, after, FOOTER)).text);
    expect(kept).toEqual(expect.arrayContaining([...before, ...after]));
    return run.filter((line) => kept.includes(line));
  };
  const caption = ['Ann Lee at the lighthouse', 'Harbour Photo Agency', 'Ann Lee', 'Tom Rees', 'The night of the storm'];

  it('keeps a run of up to menu.minLines + 1 lines as a break in the story, and drops a longer one', () => {
    expect(keptOfRun(caption)).toEqual(caption);
    const longer = [...caption.slice(0, 4), 'Winter tides', caption[4]!];
    expect(keptOfRun(longer)).toEqual([]);
  });

  it('drops the run when a line that is no running text stands right above or below it', () => {
    const names = 'Ann Lee Tom Rees Jo Bell Sam Hart Mia Cole Ben Ford Kim Shaw Dan Webb';
    expect(keptOfRun(caption.slice(1), [names])).toEqual([]);
    expect(keptOfRun(caption.slice(1), [], [names])).toEqual([]);
  });

  it('drops the run when its last line is a row of links or a line a rule removed', () => {
    expect(keptOfRun(['Ann Lee at the lighthouse', 'Harbour Photo Agency', 'Ann Lee', 'Sailing | Rowing | Fishing'])).toEqual([]);
    expect(keptOfRun(['Ann Lee at the lighthouse', 'Harbour Photo Agency', 'The night of the storm', 'Photos'])).toEqual([]);
  });
});
