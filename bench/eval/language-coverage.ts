/**
 * npm run eval:languages -- DIR: how reliably the page analysis reads real prose of each language as
 * running text. DIR holds one file per language, <code>.txt, one paragraph a line (samples of
 * real prose gathered apart from the repository: third-party text is never committed); a line
 * starting with `# ` (the site's name) starts the next story. Per file:
 * - the lines of at least `line.textWords` words, the share of them read as running text, and
 *   read so by their shape alone (as on a page whose language the lists do not read, see
 *   shapeFeatures), their median function-word share, the share below `line.minFunctionShare`, and
 *   which language's list won the line;
 * - each story set in a whole page between a menu and a footer (`--profile page`): the share of
 *   its paragraphs kept, and of the menu and footer lines kept, and how many pages the analysis
 *   stood aside on (`page-unread-language`). A language whose prose is half read loses paragraphs
 *   here; on a page the lists do not read at all, the lines are read by their shape, or, where that
 *   would drop one shaped as running text, the analysis stands aside and the menus stay.
 * With --dev-set, the page lines of L3S-GN1 that lie within their gold (English prose marked as
 * content by people, one story a page) are measured as the baseline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { cleanBytes } from '../../src/api/strip.js';
import { functionWordHits, lineFeatures, shapeFeatures } from '../../src/engine/page/line-features.js';
import { compileRules, type RuleSet } from '../../src/index.js';
import { normalizeOptions } from '../../src/options.js';
import { DATASET_PATH, readRecords } from './dataset.js';

const argv = await yargs(hideBin(process.argv))
  .scriptName('npm run eval:languages --')
  .usage('$0 [DIR] [options]\n\nMeasures how much real prose per language the page analysis reads as running text, and keeps in a page.')
  .option('dev-set', {
    type: 'string',
    describe: 'Also measure the page lines within the gold of this L3S-GN1 file (English baseline); empty for the default file',
  })
  .option('rules', {
    type: 'string',
    array: true,
    default: [],
    describe: 'Rule file loaded after the default packs, e.g. a page: section with lists to try (repeatable)',
  })
  .option('unread', {
    type: 'number',
    default: 0,
    describe: 'Print up to N lines per file that are not read as running text, with their share',
  })
  .parse();

/** Link labels of a site's menu and footer, in the sample's language or not: they carry no function words either way. */
const MENU = ['Home', 'News', 'Sport', 'Business', 'Culture', 'Weather', 'Tech', 'Health'];
const FOOTER = ['Contact', 'About', 'Privacy', 'Terms', 'Jobs'];

export interface Coverage {
  name: string;
  /** Lines of at least line.textWords words. */
  lines: number;
  /** Share of them read as running text, and read so by their shape alone. */
  textShare: number;
  shapeShare: number;
  medianFunctionShare: number;
  /** Share of them whose function share is below line.minFunctionShare. */
  thinShare: number;
  /** Lines won per language (most hits; a tie goes to the first listed), most first. */
  winners: [string, number][];
  /** Share of the stories' lines kept when each story is set in a whole page, and of the menu and footer lines. */
  keptInPage: number;
  menuKept: number;
  /** Pages (stories) the analysis stood aside on, of all. */
  stoodAside: number;
  pages: number;
  unread: string[];
}

function measure(name: string, stories: readonly (readonly string[])[], rules: RuleSet, unreadLimit: number): Coverage {
  const model = rules.page;
  const { textWords, minFunctionShare } = model.settings.line;
  const languages = [...model.functionWords.keys()];
  const shares: number[] = [];
  const wins = new Map<string, number>();
  const unread: string[] = [];
  let text = 0;
  let shaped = 0;
  let thin = 0;
  for (const line of stories.flat().map((paragraph) => paragraph.trim())) {
    // Words as the analysis reckons them: in a script written without spaces, from its characters.
    const features = lineFeatures(line, model);
    if (features.words < textWords) continue;
    shares.push(features.functionShare);
    if (features.functionShare < minFunctionShare) thin++;
    if (features.text) text++;
    if (shapeFeatures(features, model).text) shaped++;
    else if (unread.length < unreadLimit) unread.push(`${features.functionShare.toFixed(2)}\t${line}`);
    const hits = functionWordHits(line, model);
    let best = -1;
    hits.forEach((count, language) => {
      if (count > 0 && (best < 0 || count > hits[best]!)) best = language;
    });
    const winner = best < 0 ? '(none)' : languages[best]!;
    wins.set(winner, (wins.get(winner) ?? 0) + 1);
  }
  shares.sort((a, b) => a - b);
  const lines = shares.length;
  const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
  const { kept, paragraphs, menuKept, menuLines, stoodAside, pages } = keptInPages(stories, rules);
  return {
    name,
    lines,
    textShare: share(text, lines),
    shapeShare: share(shaped, lines),
    medianFunctionShare: lines === 0 ? 0 : shares[Math.floor(lines / 2)]!,
    thinShare: share(thin, lines),
    winners: [...wins].sort((a, b) => b[1] - a[1]),
    keptInPage: share(kept, paragraphs),
    menuKept: share(menuKept, menuLines),
    stoodAside,
    pages,
    unread,
  };
}

/** Each story of two lines or more set in a whole page: menu, story, footer, menu, a blank line between blocks. */
function keptInPages(stories: readonly (readonly string[])[], rules: RuleSet) {
  let kept = 0;
  let paragraphs = 0;
  let menuKept = 0;
  let menuLines = 0;
  let stoodAside = 0;
  let pages = 0;
  for (const story of stories.filter((lines) => lines.length >= 2)) {
    const page = `${[...MENU, ...story, ...FOOTER, ...MENU].join('\n\n')}\n`;
    const keptLines = new Set<string>();
    let asideHere = false;
    cleanBytes(Buffer.from(page), normalizeOptions({ rules, profile: 'page' }), {
      observer: (record) => {
        if (record.verdict === 'keep') keptLines.add(record.content.toString());
        asideHere ||= record.detail?.startsWith('page-unread-language') === true;
      },
    });
    pages++;
    if (asideHere) stoodAside++;
    paragraphs += story.length;
    kept += story.filter((line) => keptLines.has(line)).length;
    menuLines += MENU.length + FOOTER.length;
    menuKept += [...MENU, ...FOOTER].filter((line) => keptLines.has(line)).length;
  }
  return { kept, paragraphs, menuKept, menuLines, stoodAside, pages };
}

/** A sample file's stories: a `# ` line starts the next one; blank lines are left out. */
function storiesOf(text: string): string[][] {
  const stories: string[][] = [[]];
  for (const line of text.split('\n')) {
    if (line.startsWith('# ')) stories.push([]);
    else if (line.trim() !== '') stories.at(-1)!.push(line);
  }
  return stories.filter((story) => story.length > 0);
}

/** The lines of each page that lie within its gold text, one story a page: paragraphs people marked as content. */
async function goldStories(path: string): Promise<string[][]> {
  const stories: string[][] = [];
  for await (const record of readRecords(path)) {
    const gold = record.gold.replace(/\s+/g, ' ');
    stories.push(
      record.text.split('\n').filter((line) => {
        const normalised = line.trim().replace(/\s+/g, ' ');
        return normalised !== '' && gold.includes(normalised);
      }),
    );
  }
  return stories;
}

const rules = compileRules({ rulePaths: argv.rules });
const results: Coverage[] = [];
if (argv['dev-set'] !== undefined) {
  results.push(measure('en (dev-set gold lines)', await goldStories(argv['dev-set'] === '' ? DATASET_PATH : argv['dev-set']), rules, argv.unread));
}
const dir = argv._[0] === undefined ? undefined : String(argv._[0]);
if (dir !== undefined) {
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()) {
    results.push(measure(basename(file, '.txt'), storiesOf(readFileSync(join(dir, file), 'utf8')), rules, argv.unread));
  }
}
if (results.length === 0) {
  console.error('Nothing to measure: give a directory of <code>.txt samples and/or --dev-set.');
  process.exit(2);
}

const { textWords, minFunctionShare } = rules.page.settings.line;
const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;
console.log(`lines of >= ${textWords} words; running text needs a function share >= ${minFunctionShare}; kept in a page: each story between a menu and a footer`);
console.log(['sample', 'lines', 'read as text', 'by shape', 'median share', `share < ${minFunctionShare}`, 'kept in a page', 'menu kept', 'stood aside', 'lines won by'].join('\t'));
for (const result of results) {
  const winners = result.winners
    .slice(0, 4)
    .map(([language, count]) => `${language} ${count}`)
    .join(', ');
  console.log(
    [
      result.name,
      result.lines,
      percent(result.textShare),
      percent(result.shapeShare),
      result.medianFunctionShare.toFixed(3),
      percent(result.thinShare),
      percent(result.keptInPage),
      percent(result.menuKept),
      `${result.stoodAside} of ${result.pages}`,
      winners,
    ].join('\t'),
  );
  for (const line of result.unread) console.log(`  unread ${line}`);
}
