/**
 * npm run eval: scores boilerstrip's cleaning against the human-marked
 * content of L3S-GN1, prints a summary and writes the full report as JSON.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { compileRules, strip } from '../../src/index.js';
import { PROFILES, type Profile } from '../../src/rules/page-schema.js';
import { DATASET_PATH, readRecords } from './dataset.js';
import { evaluate, SETTING_NAMES, type Cleaner } from './evaluate.js';
import { layoutRecords, LINK_STYLES } from './converter-layout.js';
import { formatReport, type EvalReport } from './report.js';

const DEFAULT_JSON_PATH = fileURLToPath(new URL('../results/eval.json', import.meta.url));

const argv = yargs(hideBin(process.argv))
  .scriptName('npm run eval --')
  .usage('$0 [options]\n\nScores boilerstrip on the L3S-GN1 development set.')
  .option('dataset', {
    type: 'string',
    default: DATASET_PATH,
    defaultDescription: '../shared/datasets/l3s-gn1.jsonl',
    describe: 'JSON Lines of annotated pages to score on: id, text, gold, and readability if that setting is run',
  })
  .option('limit', { type: 'number', describe: 'Only the first N documents' })
  .option('setting', {
    choices: SETTING_NAMES,
    array: true,
    default: SETTING_NAMES,
    describe: 'Input fed to strip(); repeatable',
  })
  .option('rules', {
    type: 'string',
    array: true,
    default: [],
    describe: 'Rule file or directory loaded after the default packs (e.g. rules/optional/copyright.yaml); repeatable',
  })
  .option('profile', {
    choices: PROFILES,
    default: 'auto' as Profile,
    describe: 'What strip() takes every input for (default: auto, decided per document)',
  })
  .option('wrap', {
    type: 'number',
    describe: 'Hard-wrap every input at N columns first, as lynx, w3m, html2text and pandoc lay text out',
  })
  .option('links', {
    choices: LINK_STYLES,
    describe: 'Mark up every short line that is not in the gold as a link first, as Markdown converters or lynx do',
  })
  .option('split', {
    type: 'boolean',
    describe: "Put link-like names in the content on lines of their own first, as a scraper writing each text node on a line does (BeautifulSoup's get_text(\"\\n\"))",
  })
  .option('json', {
    type: 'string',
    default: DEFAULT_JSON_PATH,
    defaultDescription: 'bench/results/eval.json',
    describe: 'Where to write the JSON report',
  })
  .check(({ limit, wrap }) => {
    if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
      throw new Error('--limit takes a positive whole number');
    }
    if (wrap !== undefined && !(Number.isInteger(wrap) && wrap > 0)) {
      throw new Error('--wrap takes a positive whole number of columns');
    }
    return true;
  })
  .strict()
  .version(false)
  .help()
  .parseSync();

const datasetPath = resolve(argv.dataset);
if (!existsSync(datasetPath)) {
  console.error(`dataset not found: ${datasetPath}${datasetPath === DATASET_PATH ? ' (it lives beside the repository, in ../shared)' : ''}`);
  process.exit(1);
}

const started = performance.now();
const rules = compileRules({ rulePaths: argv.rules });
const clean: Cleaner = (text) => strip(text, { rules, profile: argv.profile });
const records = readRecords(datasetPath, argv.limit);
const layout = { wrap: argv.wrap, links: argv.links, split: argv.split };
const settings = await evaluate(layout.wrap === undefined && layout.links === undefined && layout.split !== true ? records : layoutRecords(records, layout), [...new Set(argv.setting)], clean).catch(
  (error: Error) => {
    // A record the dataset's schema or a setting cannot take: say which, without a stack trace.
    console.error(`npm run eval: ${error.message}`);
    process.exit(1);
  },
);

const report: EvalReport = {
  dataset: relative(process.cwd(), datasetPath),
  documents: settings[0]?.input.documents ?? 0,
  layout,
  seconds: (performance.now() - started) / 1000,
  settings,
};
console.log(formatReport(report));

const jsonPath = resolve(argv.json);
await mkdir(dirname(jsonPath), { recursive: true });
await writeFile(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nfull report: ${relative(process.cwd(), jsonPath)}`);
