import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { BoilerstripError } from '../errors.js';
import { DEFAULT_MAX_LINE_BYTES, DEFAULT_MAX_RECORD_BYTES } from '../options.js';
import { PROFILES, type Profile } from '../rules/page-schema.js';
import { exitPrinting, formatHelp, HELP_OPTION, helpWidth, parseCommandLine, type Command, type CommandOptions } from './command-line.js';

export interface CliArguments {
  files: string[];
  docSeparator: string | undefined;
  jsonl: boolean;
  field: string;
  onInvalid: 'fail' | 'pass';
  idField: string;
  output: string | undefined;
  audit: string | undefined;
  statsJson: string | undefined;
  maxRemovedRatio: number | undefined;
  progress: boolean;
  rules: string[];
  defaultRules: boolean;
  disable: string[];
  listRules: boolean;
  explain: boolean;
  stats: boolean;
  maxLineBytes: number;
  maxRecordBytes: number;
  profile: Profile;
  /** Worker threads for --jsonl and --doc-separator input; 1 cleans on the main thread. */
  jobs: number;
}

export const PACKAGE_VERSION: string = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** The options of `boilerstrip`, in the order --help shows them. */
const OPTIONS = {
  'doc-separator': { type: 'string', value: 'STRING', describe: "A line equal to STRING ends a document (the line is passed through), e.g. $'\\f'" },
  jsonl: { type: 'boolean', describe: 'Input is JSON Lines: clean one string field per record, keep everything else' },
  field: { type: 'string', value: 'PATH', default: 'text', describe: 'With --jsonl: dotted path of the field to clean' },
  'on-invalid': { type: 'string', value: 'WHAT', choices: ['fail', 'pass'], default: 'fail', describe: 'With --jsonl: stop on a line that is not JSON, or pass it through' },
  'id-field': { type: 'string', value: 'PATH', default: 'id', describe: 'With --jsonl: dotted path of the field that names a record in --audit' },
  output: { type: 'string', short: 'o', value: 'FILE', describe: 'Write to FILE (gzip if it ends in .gz); it appears only when complete' },
  audit: { type: 'string', value: 'FILE', describe: 'Write one JSON line per removed or changed line to FILE' },
  'stats-json': { type: 'string', value: 'FILE', describe: 'Write the --stats summary as JSON to FILE' },
  'max-removed-ratio': { type: 'string', value: 'R', describe: 'A document that would lose more than R (0-1) of its words is written unchanged and flagged' },
  progress: { type: 'boolean', default: true, negatable: true, describe: 'Show a progress bar on standard error when it is a terminal' },
  rules: { type: 'string', multiple: true, value: 'PATH', describe: 'Add a rule file or a directory of them (repeatable)' },
  'default-rules': { type: 'boolean', default: true, negatable: true, describe: 'Load the built-in rule packs' },
  disable: { type: 'string', multiple: true, value: 'ID', describe: 'Turn off the rule with this id (repeatable)' },
  'list-rules': { type: 'boolean', describe: 'Print the loaded rules and exit' },
  explain: { type: 'boolean', describe: 'Print every input line with its verdict and the rule that decided it' },
  stats: { type: 'boolean', describe: 'Print a summary on standard error' },
  profile: {
    type: 'string',
    value: 'NAME',
    choices: PROFILES,
    default: 'auto',
    describe: 'page: a whole web page as text (menus, footers); article: extracted article text; lines: the line rules alone, streaming; auto: decide per document',
  },
  'max-line-bytes': { type: 'string', value: 'N', default: String(DEFAULT_MAX_LINE_BYTES), describe: 'Longer lines are passed through unread' },
  'max-record-bytes': { type: 'string', value: 'N', default: String(DEFAULT_MAX_RECORD_BYTES), describe: 'With --jsonl: a longer record is an error (or, with --on-invalid pass, written through unread)' },
  jobs: { type: 'string', value: 'N', default: '1', describe: 'Threads that clean (this one and N-1 workers) --jsonl, --doc-separator or several-FILE input: N, or auto (one per core); output is the same' },
  ...HELP_OPTION,
  version: { type: 'boolean', short: 'V', describe: 'Show the version number' },
} as const satisfies CommandOptions;

const COMMAND: Command<typeof OPTIONS> = {
  name: 'boilerstrip',
  usage: '[options] [FILE...]\n\nRemoves boilerplate lines (navigation, teasers, bylines, credits, prompts) from scraped text.\nEach FILE is one document; with no FILE, or when FILE is -, reads standard input.',
  options: OPTIONS,
  examples: [
    ['boilerstrip page.txt > clean.txt', 'clean one document'],
    ["boilerstrip --doc-separator $'\\f' < pages.txt", 'clean a stream of documents split by form feeds'],
    ['boilerstrip --jsonl --field body shard.jsonl > clean.jsonl', 'clean the "body" field of every record'],
    ['boilerstrip --jsonl --field page.body --audit removed.jsonl -o clean.jsonl.gz shard-*.jsonl.gz', 'clean gzipped shards into one file, recording every removal'],
    ['boilerstrip --explain page.txt | grep -v keep', 'see what was removed and by which rule'],
  ],
};

/** Parses argv into CliArguments; --help and --version print and exit from here. */
export function parseArguments(argv: string[]): CliArguments {
  const { values, positionals } = parseCommandLine(COMMAND, argv);
  if (values.help) exitPrinting(formatHelp(COMMAND, helpWidth()));
  if (values.version) exitPrinting(`${PACKAGE_VERSION}\n`);
  const ratio = values['max-removed-ratio'];
  const maxRemovedRatio = ratio === undefined ? undefined : Number(ratio);
  if (maxRemovedRatio !== undefined && !(maxRemovedRatio >= 0 && maxRemovedRatio <= 1)) {
    throw new BoilerstripError('E_USAGE', `--max-removed-ratio takes a share of a document's words from 0 to 1, e.g. 0.5; got ${ratio}`);
  }
  const jobs = parseJobs(values.jobs);
  if (jobs > 1 && values.explain) {
    throw new BoilerstripError('E_USAGE', '--explain numbers every line in input order on one thread; run it without --jobs (or with --jobs 1).');
  }
  return {
    files: positionals,
    docSeparator: values['doc-separator'],
    jsonl: values.jsonl ?? false,
    field: values.field,
    onInvalid: values['on-invalid'] as CliArguments['onInvalid'],
    idField: values['id-field'],
    output: values.output,
    audit: values.audit,
    statsJson: values['stats-json'],
    maxRemovedRatio,
    progress: values.progress,
    rules: values.rules ?? [],
    defaultRules: values['default-rules'],
    disable: values.disable ?? [],
    listRules: values['list-rules'] ?? false,
    explain: values.explain ?? false,
    stats: values.stats ?? false,
    maxLineBytes: byteCount('max-line-bytes', values['max-line-bytes']),
    maxRecordBytes: byteCount('max-record-bytes', values['max-record-bytes']),
    profile: values.profile as Profile,
    jobs,
  };
}

/** A byte limit: a whole number from 1. */
function byteCount(option: string, value: string): number {
  const count = Number(value);
  if (Number.isInteger(count) && count >= 1) return count;
  throw new BoilerstripError('E_USAGE', `--${option} takes a whole number of bytes from 1; got ${value}`);
}

/** `--jobs N` (a whole number from 1) or `auto` (the number of cores). */
function parseJobs(value: string): number {
  if (value === 'auto') return availableParallelism();
  if (/^[1-9]\d*$/.test(value)) return Number(value);
  throw new BoilerstripError('E_USAGE', `--jobs takes a whole number of worker threads from 1, or auto; got ${value}`);
}
