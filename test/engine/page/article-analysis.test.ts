import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../src/engine/page/page-analysis.js';
import { viewPage } from '../../../src/engine/page/page-view.js';
import { compileRules, strip } from '../../../src/index.js';
import { ARTICLE, keptLines, page, pageLines } from '../../helpers/pages.js';

const rules = compileRules();
const clean = (text: string, profile: 'auto' | 'page' | 'article' | 'lines' = 'page') => strip(text, { rules, profile });

describe('article analysis (profile article)', () => {
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

  it('article keeps the headline above a byline set as a list item, and above one label or credit so set (it stays out), but not above a list of them', () => {
    const headline = 'A day at the district court';
    const body = ARTICLE.slice(2);
    expect(keptLines(clean(page([headline], ['- BY ANNA PERSON anna.person@example.com'], body), 'article').text)).toEqual([headline, '- BY ANNA PERSON anna.person@example.com', ...body]);
    expect(keptLines(clean(page([headline], ['* [Staff and agencies](/staff)'], body), 'article').text)).toEqual([headline, ...body]);
    expect(keptLines(clean(page([headline], ['- Court and crime'], body), 'article').text)).toEqual([headline, ...body]);
    expect(keptLines(clean(page([headline], ['- Court and crime', '- Regional news'], body), 'article').text)).toEqual(body);
  });

  it('article keeps a box of facts whose first fields open the head, every field of it, up to a credit a rule removed', () => {
    const fields = ['Directed by: Ann Lee', 'Cast: Tom Hill, Eva Graf, Luc Blanc', 'Country of Origin: USA', 'Year of Release: 2016', 'Running time: 118 min', 'Links:', 'Track list:'];
    const body = ARTICLE.slice(2);
    expect(keptLines(clean(page(['Film reviews'], fields, body), 'article').text)).toEqual([...fields, ...body]);
    // As list items, the box goes up to the credits (a photo credit a rule removes) and no further.
    const items = fields.map((field) => `• ${field}`);
    expect(keptLines(clean(page(['• Text: Ann Lee', '• Photos: Tom Hill'], items, body), 'article').text)).toEqual([...items, ...body]);
    // A label repeated is a list's: "Read Article:" over each teaser stays out.
    const teasers = ['Read Article: Harbour wall vote delayed', 'Read Article: Ferry fares rise again', 'Read Article: Lifeboat crew honoured', 'Read Article: Storm closes the port'];
    expect(keptLines(clean(page(teasers, ['Country of Origin: USA', 'Year of Release: 2016', 'Running time: 118 min'], ['Track list:'], body), 'article').text)).toEqual(['Country of Origin: USA', 'Year of Release: 2016', 'Running time: 118 min', 'Track list:', ...body]);
    // Lines that are no fields above the head stay out, as before.
    expect(keptLines(clean(page(['Film reviews', 'Drama', 'Comedy', 'Romance'], fields.slice(3), body), 'article').text)).toEqual([...fields.slice(3), ...body]);
  });

  it('article keeps a table of two columns laid out a cell a line that opens the head, whatever its length, and nothing above it', () => {
    const body = ARTICLE.slice(2);
    const record = ['Series', 'Morning Report 2015', 'Duration', '24:00:00', 'Broadcast Date', '13 Sep 2015', 'Credits', 'Radio archive'];
    expect(keptLines(clean(page(['Collection search', 'Rights information'], record, body), 'article').text)).toEqual([...record, ...body]);
    // A match's minutes and events, the first of them above the head, and the headline above them.
    const minutes = ['17′', 'Goal: Lee', '45′ +1′', 'Half time', '46′', 'Second half starts', '47′'];
    expect(keptLines(clean(page(['Live commentary of the cup final'], minutes, body), 'article').text)).toEqual(['Live commentary of the cup final', ...minutes, ...body]);
    // The cells must alternate: a column of years is no table of two columns, and the head reaches no higher than it did
    // ("Archive" and the first year stay out).
    expect(keptLines(clean(page(['Archive', '2021', '2020', '2019', '2018', '2017'], body), 'article').text)).toEqual(['2020', '2019', '2018', '2017', ...body]);
  });

  it('article keeps a list above the first paragraph with the line that introduces it', () => {
    const list = ['The log keeps these for every tide:', '- Time of high water', '- Height of the tide in metres', '- Wind speed and direction', '- Name of the harbour master on duty'];
    expect(keptLines(clean(page(list, ARTICLE.slice(2)), 'article').text)).toEqual([...list, ...ARTICLE.slice(2)]);
    // And the headline and date above that line, as above a paragraph.
    const head = ['Harbour log, episode 42', 'Friday 7 June'];
    expect(keptLines(clean(page(['Most read', '* Ferry port closed', '* Lifeboat crew honoured'], head, list, ARTICLE.slice(2)), 'article').text)).toEqual([...head, ...list, ...ARTICLE.slice(2)]);
  });

  it('article keeps a box of highlights right above the byline that opens the head, but no title-case teasers nor links there, nor highlights above no byline', () => {
    // A row of links above, so that the list does not open the text (see the test above).
    const [menu, byline, body] = [['Home | Markets | Europe'], ['By Ann Person'], ARTICLE.slice(2)];
    const highlights = ['* Harbour shares down 2 pct after the storm', '* Ferry operator cuts its forecast for the year', '* Fishing fleet stays in port for a third day'];
    expect(keptLines(clean(page(menu, highlights, byline, body), 'article').text)).toEqual([...highlights, ...byline, ...body]);
    const teasers = ['* Harbour Shares Fall After Storm', '* Ferry Operator Cuts Forecast', '* Fishing Fleet Stays In Port'];
    expect(keptLines(clean(page(menu, teasers, byline, body), 'article').text)).toEqual([...byline, ...body]);
    const links = ['* [Harbour shares down 2 pct after the storm](/shares)', '* [Ferry operator cuts its forecast for the year](/ferry)'];
    expect(keptLines(clean(page(menu, links, byline, body), 'article').text)).toEqual([...byline, ...body]);
    expect(keptLines(clean(page(menu, highlights, body), 'article').text)).toEqual(body);
  });

  it('article keeps a list that opens the text, none of its items a link, but not one of links', () => {
    const list = ['- Tide tables for the season', '- A chart of the harbour', '- The harbour master\'s telephone number'];
    const opening = ['Every boat owner should keep these on board.', ...ARTICLE.slice(2)];
    expect(keptLines(clean(page(list, opening), 'article').text)).toEqual([...list, ...opening]);
    const links = ['- [Tide tables](/tides)', '- [Harbour chart](/chart)', '- [Contact](/contact)'];
    expect(keptLines(clean(page(links, opening), 'article').text)).toEqual(opening);
  });

  it('article keeps one list item that opens the text when it is written as a sentence (an interview\'s first question), not a label', () => {
    const answers = ['I think of myself as a creative person.', '- What do you do besides writing?', 'I studied biology, and I have made up stories since I was five.', ...ARTICLE.slice(2)];
    const question = '- Tell us a little about yourself and the harbour.';
    expect(keptLines(clean(page([question], answers), 'article').text)).toEqual([question, ...answers]);
    expect(keptLines(clean(page(['- Harbour news'], answers), 'article').text)).toEqual(answers);
  });

  it('article keeps one list item that opens the text when the paragraph under it is followed by another item (a list of stories, each over its summary)', () => {
    const [first, second] = [ARTICLE[2]!, ARTICLE[3]!];
    const stories = ['• Harbour town votes to rebuild its old sea wall', first, '• Residents asked for repairs before the storms', second, ...ARTICLE.slice(5)];
    expect(keptLines(clean(page(stories), 'article').text)).toEqual(stories);
    // A teaser's item over the story, no item under its first paragraph, stays out.
    expect(keptLines(clean(page(['• Harbour town votes to rebuild its old sea wall'], ARTICLE.slice(2)), 'article').text)).toEqual(ARTICLE.slice(2));
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

  describe('a forum thread, whose posts forum software heads "Comments"', () => {
    const notice = ['Please post new threads in the right forum: the feedback forum is overwhelmed with questions that the moderators have had to move elsewhere, and answers take longer.'];
    const posts = [
      'You should look at who owns the old well on the site, because a water source that runs under the field is protected and the council has to take that into account.',
      'Families down the coast were not allowed to build their own defences because they would change the flow of the water, so the same rules should apply here as well.',
      'Do not overlook anything and put it all in the letter.',
    ];
    const poster = ['- Registered Users Posts: 5,323 AnnLee'];

    it('article keeps the posts under the thread\'s title and the heading, with the poster\'s line', () => {
      const { text } = clean(page(notice, ['Planning permission for the field'], ['2'], ['Comments'], poster, posts), 'article');
      expect(keptLines(text)).toEqual([...notice, 'Planning permission for the field', '2', ...poster, ...posts]);
    });

    it('article still drops readers\' comments under a story that ends in a paragraph, a credit or a sign-off', () => {
      expect(keptLines(clean(page(ARTICLE, ['Comments'], poster, posts), 'article').text)).toEqual(ARTICLE);
      expect(keptLines(clean(page(ARTICLE, ['(Editing by Ann Lee)'], ['Comments'], poster, posts), 'article').text)).toEqual([...ARTICLE, '(Editing by Ann Lee)']);
      expect(keptLines(clean(page(ARTICLE, ['-- Ann Lee'], ['Comments'], posts), 'article').text)).toEqual([...ARTICLE, '-- Ann Lee']);
    });

    it('article still drops the text under a prompt for comments on the story, which is no heading', () => {
      const { text } = clean(page(notice, ['Planning permission for the field'], ['Do you have comments on this story?'], posts), 'article');
      expect(keptLines(text)).toEqual([...notice, 'Planning permission for the field']);
    });
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
    // Teasers without headlines, their summaries cut short.
    const summaries = ['The storm that hit the coast on Monday has closed the ferry port until next week, the operator said...', 'The crew of the town lifeboat received an award for the rescue of three fishermen in the autumn…'];
    expect(keptLines(clean(page(ARTICLE, ['Related stories'], summaries), 'article').text)).toEqual(ARTICLE);
    const [first, second, ...rest] = ARTICLE;
    const story = page([first!, second!], rest.slice(0, 2), ['Related stories'], rest.slice(2));
    expect(keptLines(clean(story, 'article').text)).toEqual(ARTICLE);
  });

  it('article reads a "Read more…" link cut short as the end of the post above it, not as a related heading: a list of posts goes on past it', () => {
    const posts = [
      ['Harbour wall to be rebuilt', ARTICLE[2]!, ARTICLE[3]!],
      ['Ferry port reopens after the storm', 'The storm that hit the coast on Monday closed the ferry port for a week, and the first boat left again this morning.'],
      [
        'Lifeboat crew honoured for the rescue',
        'The crew of the town lifeboat received an award for the rescue of three fishermen in the autumn gales.',
        'It was a long night.',
        'The fishermen had been in the water for an hour when the crew found them, and all three were home by the morning.',
      ],
    ];
    const listed = page(...posts.flatMap((post) => [post, ['Read more…']]));
    expect(keptLines(clean(listed, 'article').text)).toEqual(posts.flat());
    // A related heading not cut short still ends the story before the teasers under it.
    const related = page(...posts.slice(0, 2), ['Related stories'], posts[2]!);
    expect(keptLines(clean(related, 'article').text)).toEqual(posts.slice(0, 2).flat());
  });

  it('article drops the headlines listed under a related heading, with their dates, where the story goes on or a paragraph follows, but not a subheading standing alone', () => {
    const body = ARTICLE.slice(2);
    const list = ['Storm closes the ferry port for a whole week', '12 March 2024', 'Fishing fleet returns early from the northern grounds', 'Lifeboat crew honoured for three winter rescues'];
    const blurb = 'The paper has covered the harbour and its people since 1901, and its reporters live in the towns they write about every day.';
    expect(keptLines(clean(page(body, ['Related stories'], list, [blurb]), 'article').text)).toEqual([...body, blurb]);
    // A list set between the story's paragraphs: the story goes on under it.
    expect(keptLines(clean(page(body.slice(0, 2), ['Related stories'], list.slice(2), body.slice(2)), 'article').text)).toEqual(body);
    // Teasers written as links in a list are the list's too.
    const links = ['* [Storm closes the ferry port for a whole week](/ferry)', 'Fishing fleet returns early from the northern grounds'];
    expect(keptLines(clean(page(body, ['Related stories'], links, [blurb]), 'article').text)).toEqual([...body, blurb]);
    // One line shaped as a headline under the heading is the story's subheading.
    const subheading = 'Why the harbour wall matters to the town';
    expect(keptLines(clean(page(body.slice(0, 2), ['Related stories'], [subheading], body.slice(2)), 'article').text)).toEqual([...body.slice(0, 2), subheading, ...body.slice(2)]);
  });

  it('article keeps the headline and standfirst above a byline, a place and time and a caption set twice, past the head\'s lines (article.headLines)', () => {
    const body = ARTICLE.slice(2);
    const head = ['Night buses return to the valley towns', 'The regional transport board restores the late services that were cut two years ago'];
    const between = ['Newsroom', 'Valley Town, 12:40', 'Passengers wait for the last bus at the station', 'Passengers wait for the last bus at the station Photo: Ann Lee'];
    expect(keptLines(clean(page(head, between, body), 'article').text)).toEqual([...head, ...between, ...body]);
    // Not a teaser's headline and summary over a section label: the headline search finds no headline in a list of them.
    const teasers = ['Ferry port closed for a whole week by the storm', 'Fishing fleet returns early from the northern grounds', 'Lifeboat crew honoured for three rescues'];
    expect(keptLines(clean(page(teasers, between, body), 'article').text)).toEqual([...between, ...body]);
  });

  it('article keeps a box of highlights written as sentences after the text, however many, in a script without case too, but not title-case teasers nor a list with shorter headlines past the tail\'s lines', () => {
    const points = ['Points of this guide', '* How the tide tables are read from the harbour charts each morning', '* What the harbour master asks of a boat that moors for the night', '* Why the north side of the wall is closed whenever a gale is forecast', '* Where the fuel and the fresh water are found along the quay'];
    expect(keptLines(clean(page(ARTICLE, points), 'article').text)).toEqual([...ARTICLE, ...points]);
    // Japanese has no title case: its items read as sentences do.
    const japanese = ['このガイドのポイント', '* 港の潮位表を海図から毎朝読み取る方法が分かる', '* 夜間に係留する船に港長が求める手続きが分かる', '* 強風の予報が出たときに北側の岸壁が閉鎖される理由が分かる', '* 岸壁に沿って燃料と真水を補給できる場所が分かる'];
    expect(keptLines(clean(page(ARTICLE, japanese), 'article').text)).toEqual([...ARTICLE, ...japanese]);
    const teasers = ['Points Of This Guide', '* How The Tide Tables Are Read From The Harbour Charts Each Morning', '* What The Harbour Master Asks Of A Boat That Moors For The Night', '* Why The North Side Of The Wall Is Closed Whenever A Gale Is Forecast', '* Where The Fuel And The Fresh Water Are Found Along The Quay'];
    expect(keptLines(clean(page(ARTICLE, teasers), 'article').text)).toEqual([...ARTICLE, ...teasers.slice(0, 3)]);
    // A list of teasers, one of them in sentence case and long as a sentence among shorter headlines: no box of highlights.
    const latest = ['Latest from the harbour', '* Ferry port reopens', '* Lifeboat crew honoured', '* The fishing fleet returns early after a week of gales at sea', '* New bridge opens'];
    expect(keptLines(clean(page(ARTICLE, latest), 'article').text)).toEqual([...ARTICLE, ...latest.slice(0, 3)]);
  });

  it('article takes no headline from a numbered table of contents above the text: two items or more of it stand between', () => {
    const body = ARTICLE.slice(2);
    const contents = ['Contents', '1. Introduction', '2. Glossary', '3. How the Tide Tables Tie to the Harbour Charts', '4. Writing a Good Entry in the Harbour Log', '5. Best practices', '6. Common mistakes', '7. Summary', '8. Further reading'];
    const opening = ['Introduction', 'Focus: what it is, and how to use it'];
    const kept = keptLines(clean(page(contents, opening, body), 'article').text);
    // The two items long enough to pass for a headline and its standfirst are no headline (the head's own lines aside).
    expect(kept).not.toContain(contents[3]);
    expect(kept).not.toContain(contents[4]);
    expect(kept.slice(-body.length - opening.length)).toEqual([...opening, ...body]);
  });
});

describe('article analysis: where the article starts, and what the rules removed', () => {
  it('article starts at the first stretch of running text scoring article.minScore: a lone teaser sentence over a menu is no start', () => {
    const teaser = 'Ferry fares will go up again next month, the operator said.';
    const { text, removals } = clean(page([teaser], ['Home', 'News', 'Sport', 'Weather', 'Travel', 'Contact', 'About', 'Jobs'], ARTICLE), 'article');
    expect(keptLines(text)).toEqual(expect.arrayContaining(ARTICLE));
    expect(removals).toContainEqual(expect.objectContaining({ text: teaser, ruleId: 'article-outside-main' }));
  });

  it('article gives a line a rule removed inside the text as removed, for the rule', () => {
    const input = page(ARTICLE.slice(0, 4), ['Share this'], ARTICLE.slice(4));
    const verdicts = analysePage(viewPage(pageLines(input, new Set(['Share this'])), rules.page), rules.page, 'article');
    expect(verdicts.map((verdict) => verdict.keep)).toEqual([true, true, true, true, false, true, true, true]);
    expect(verdicts[4]).toMatchObject({ reason: 'rule' });
  });
});
