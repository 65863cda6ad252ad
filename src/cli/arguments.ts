import { readFileSync } from 'node:fs';
import yargs from 'yargs';
import { BoilerstripError } from '../errors.js';
import { DEFAULT_MAX_RECORD_BYTES } from '../jsonl/jsonl-stream.js';
import { DEFAULT_MAX_LINE_BYTES } from '../options.js';
import { PROFILES, type Profile } from '../rules/page-schema.js';
import { autoJobs } from '../parallel/worker-pool.js';

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

const asList = (value: unknown): string[] => (value === undefined ? [] : (Array.isArray(value) ? value : [value]).map(String));

/** Parses argv into CliArguments; --help and --version print and exit from here, as yargs does. */
export async function parseArguments(argv: string[]): Promise<CliArguments> {
  const parsed = await yargs(argv)
    .scriptName('boilerstrip')
    .usage('$0 [options] [FILE...]\n\nRemoves boilerplate lines (navigation, teasers, bylines, credits, prompts) from scraped text.\nEach FILE is one document; with no FILE, or when FILE is -, reads standard input.')
    .option('doc-separator', { type: 'string', describe: 'A line equal to STRING ends a document (the line is passed through), e.g. $\'\\f\'' })
    .option('jsonl', { type: 'boolean', default: false, describe: 'Input is JSON Lines: clean one string field per record, keep everything else' })
    .option('field', { type: 'string', default: 'text', describe: 'With --jsonl: dotted path of the field to clean' })
    .option('on-invalid', { choices: ['fail', 'pass'] as const, default: 'fail' as const, describe: 'With --jsonl: stop on a line that is not JSON, or pass it through' })
    .option('id-field', { type: 'string', default: 'id', describe: 'With --jsonl: dotted path of the field that names a record in --audit' })
    .option('output', { alias: 'o', type: 'string', describe: 'Write to FILE (gzip if it ends in .gz); it appears only when complete' })
    .option('audit', { type: 'string', describe: 'Write one JSON line per removed or changed line to FILE' })
    .option('stats-json', { type: 'string', describe: 'Write the --stats summary as JSON to FILE' })
    .option('max-removed-ratio', { type: 'number', describe: 'A document that would lose more than R (0-1) of its words is written unchanged and flagged' })
    .option('progress', { type: 'boolean', default: true, describe: 'Show a progress bar on standard error when it is a terminal (--no-progress to hide it)' })
    // nargs 1, not array: an array option would swallow the FILE operands that follow it.
    .option('rules', { type: 'string', nargs: 1, describe: 'Add a rule file or a directory of them (repeatable)' })
    .option('default-rules', { type: 'boolean', default: true, describe: 'Load the built-in rule packs (--no-default-rules to leave them out)' })
    .option('disable', { type: 'string', nargs: 1, describe: 'Turn off the rule with this id (repeatable)' })
    .option('list-rules', { type: 'boolean', default: false, describe: 'Print the loaded rules and exit' })
    .option('explain', { type: 'boolean', default: false, describe: 'Print every input line with its verdict and the rule that decided it' })
    .option('stats', { type: 'boolean', default: false, describe: 'Print a summary on standard error' })
    .option('profile', { choices: PROFILES, default: 'auto' as Profile, describe: 'page: a whole web page as text (menus, footers); article: extracted article text; lines: the line rules alone, streaming; auto: decide per document' })
    .option('max-line-bytes', { type: 'number', default: DEFAULT_MAX_LINE_BYTES, describe: 'Longer lines are passed through unread' })
    .option('max-record-bytes', { type: 'number', default: DEFAULT_MAX_RECORD_BYTES, describe: 'With --jsonl: a longer record is an error (or, with --on-invalid pass, written through unread)' })
    .option('jobs', { type: 'string', default: '1', describe: 'Threads that clean (this one and N-1 workers) --jsonl, --doc-separator or several-FILE input: N, or auto (one per core); output is the same' })
    .example('$0 page.txt > clean.txt', 'clean one document')
    .example("$0 --doc-separator $'\\f' < pages.txt", 'clean a stream of documents split by form feeds')
    .example('$0 --jsonl --field body shard.jsonl > clean.jsonl', 'clean the "body" field of every record')
    .example('$0 --jsonl --field page.body --audit removed.jsonl -o clean.jsonl.gz shard-*.jsonl.gz', 'clean gzipped shards into one file, recording every removal')
    .example('$0 --explain page.txt | grep -v keep', 'see what was removed and by which rule')
    .check((parsed) => {
      const ratio = parsed['max-removed-ratio'];
      if (ratio !== undefined && !(ratio >= 0 && ratio <= 1)) throw new BoilerstripError('E_USAGE', `--max-removed-ratio takes a share of a document's words from 0 to 1, e.g. 0.5; got ${String(ratio)}`);
      const jobs = parseJobs(parsed.jobs);
      if (jobs > 1 && parsed.explain) {
        throw new BoilerstripError('E_USAGE', '--explain numbers every line in input order on one thread; run it without --jobs (or with --jobs 1).');
      }
      return true;
    })
    .strictOptions()
    .version(PACKAGE_VERSION)
    .alias('h', 'help')
    .alias('V', 'version')
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(true)
    .fail((message, error) => {
      throw error ?? new BoilerstripError('E_USAGE', `${message}. See boilerstrip --help.`);
    })
    .parseAsync();

  return {
    files: parsed._.map(String),
    docSeparator: parsed['doc-separator'],
    jsonl: parsed.jsonl,
    field: parsed.field,
    onInvalid: parsed['on-invalid'],
    idField: parsed['id-field'],
    output: parsed.output,
    audit: parsed.audit,
    statsJson: parsed['stats-json'],
    maxRemovedRatio: parsed['max-removed-ratio'],
    progress: parsed.progress,
    rules: asList(parsed.rules),
    defaultRules: parsed['default-rules'],
    disable: asList(parsed.disable),
    listRules: parsed['list-rules'],
    explain: parsed.explain,
    stats: parsed.stats,
    maxLineBytes: parsed['max-line-bytes'],
    maxRecordBytes: parsed['max-record-bytes'],
    profile: parsed.profile,
    jobs: parseJobs(parsed.jobs),
  };
}

/** `--jobs N` (a whole number from 1) or `auto` (the number of cores). */
function parseJobs(value: string): number {
  if (value === 'auto') return autoJobs();
  if (/^[1-9]\d*$/.test(value)) return Number(value);
  throw new BoilerstripError('E_USAGE', `--jobs takes a whole number of worker threads from 1, or auto; got ${value}`);
}
