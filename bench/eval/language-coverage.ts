/**
 * npm run eval:languages -- DIR: how reliably the page analysis reads real prose of each language as
 * running text. DIR holds one file per language, <code>.txt, one paragraph a line (samples of
 * real prose gathered apart from the repository: third-party text is never committed). Per file:
 * the lines of at least `line.textWords` words, the share of them read as running text, their
 * median function-word share, the share below `line.minFunctionShare`, and which language's list
 * won the line. With --dev-set, the lines of the L3S-GN1 pages that lie within their gold (English
 * prose marked as content by people) are measured as the baseline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { compileRules } from '../../src/index.js';
import { functionWordHits, lineFeatures } from '../../src/engine/page/line-features.js';
import { countWords } from '../../src/engine/line-text.js';
import type { PageModel } from '../../src/rules/page-model.js';
import { DATASET_PATH, readRecords } from './dataset.js';

const argv = await yargs(hideBin(process.argv))
  .scriptName('npm run eval:languages --')
  .usage('$0 [DIR] [options]\n\nMeasures how much real prose per language the page analysis reads as running text.')
  .option('dev-set', {
    type: 'string',
    describe: 'Also measure the page lines within the gold of this L3S-GN1 file (English baseline)',
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

export interface Coverage {
  name: string;
  /** Lines of at least line.textWords words. */
  lines: number;
  /** Share of them read as running text. */
  textShare: number;
  medianFunctionShare: number;
  /** Share of them whose function share is below line.minFunctionShare. */
  thinShare: number;
  /** Lines won per language (most hits; a tie goes to the first listed), most first. */
  winners: [string, number][];
  unread: string[];
}

function measure(name: string, paragraphs: Iterable<string>, model: PageModel, unreadLimit: number): Coverage {
  const { textWords, minFunctionShare } = model.settings.line;
  const languages = [...model.functionWords.keys()];
  const shares: number[] = [];
  const wins = new Map<string, number>();
  const unread: string[] = [];
  let text = 0;
  let thin = 0;
  for (const paragraph of paragraphs) {
    const line = paragraph.trim();
    const words = countWords(line);
    if (words < textWords) continue;
    const features = lineFeatures(line, model, words);
    shares.push(features.functionShare);
    if (features.functionShare < minFunctionShare) thin++;
    if (features.text) text++;
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
  return {
    name,
    lines,
    textShare: lines === 0 ? 0 : text / lines,
    medianFunctionShare: lines === 0 ? 0 : shares[Math.floor(lines / 2)]!,
    thinShare: lines === 0 ? 0 : thin / lines,
    winners: [...wins].sort((a, b) => b[1] - a[1]),
    unread,
  };
}

/** The lines of each page that lie within its gold text: paragraphs people marked as content. */
async function* goldLines(path: string): AsyncGenerator<string> {
  for await (const record of readRecords(path)) {
    const gold = record.gold.replace(/\s+/g, ' ');
    for (const line of record.text.split('\n')) {
      const normalised = line.trim().replace(/\s+/g, ' ');
      if (normalised !== '' && gold.includes(normalised)) yield line;
    }
  }
}

const model = compileRules({ rulePaths: argv.rules }).page;
const results: Coverage[] = [];
if (argv['dev-set'] !== undefined) {
  const lines: string[] = [];
  for await (const line of goldLines(argv['dev-set'] === '' ? DATASET_PATH : argv['dev-set'])) lines.push(line);
  results.push(measure('en (dev-set gold lines)', lines, model, argv.unread));
}
const dir = argv._[0] === undefined ? undefined : String(argv._[0]);
if (dir !== undefined) {
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()) {
    results.push(measure(basename(file, '.txt'), readFileSync(join(dir, file), 'utf8').split('\n'), model, argv.unread));
  }
}
if (results.length === 0) {
  console.error('Nothing to measure: give a directory of <code>.txt samples and/or --dev-set.');
  process.exit(2);
}

const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;
console.log(`lines of >= ${model.settings.line.textWords} words; running text needs a function share >= ${model.settings.line.minFunctionShare}`);
console.log(['sample', 'lines', 'read as text', 'median share', `share < ${model.settings.line.minFunctionShare}`, 'lines won by'].join('\t'));
for (const result of results) {
  const winners = result.winners
    .slice(0, 4)
    .map(([language, count]) => `${language} ${count}`)
    .join(', ');
  console.log([result.name, result.lines, percent(result.textShare), result.medianFunctionShare.toFixed(3), percent(result.thinShare), winners].join('\t'));
  for (const line of result.unread) console.log(`  unread ${line}`);
}
