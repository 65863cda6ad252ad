import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { InferredOptionTypes } from 'yargs';
import { BoilerstripError, quoted } from '../errors.js';
import { FIELD_SETTING, ID_FIELD_SETTING, parseFieldPath } from '../jsonl/record-field.js';
import { DEFAULT_MAX_LINE_BYTES, DEFAULT_MAX_RECORD_BYTES } from '../options.js';
import { PROFILES, type Profile } from '../rules/page-schema.js';

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

/**
 * An option that takes one value, given more than once (a shell alias's `--profile page`, then the
 * user's own `--profile lines`): the last one counts, as with most Unix tools. yargs hands over a list.
 */
const lastValue = (value: string | string[]): string => (Array.isArray(value) ? value[value.length - 1]! : value);

/**
 * The value of an option of a few choices, checked here rather than by yargs' `choices`, whose
 * message takes three lines; the choices still show in --help.
 */
const oneOf =
  <T extends string>(option: string, choices: readonly T[]) =>
  (value: string | string[]): T => {
    const given = lastValue(value);
    if ((choices as readonly string[]).includes(given)) return given as T;
    throw new BoilerstripError('E_USAGE', `--${option} takes one of ${choices.join(', ')}; got ${quoted(given)}`);
  };

const ON_INVALID = ['fail', 'pass'] as const;

/**
 * The options, for yargs and for the defaults of a command line that names only FILEs. Every option
 * that takes a value requires one (`requiresArg`): a value left off is a usage error rather than an
 * empty string, and `--output -` takes the `-` as its value rather than as a FILE operand. Every
 * option but the repeatable --rules and --disable takes its last value (`coerce`).
 */
const OPTIONS = {
  'doc-separator': { type: 'string', requiresArg: true, coerce: lastValue, describe: 'A line equal to STRING ends a document (the line is passed through), e.g. $\'\\f\'' },
  jsonl: { type: 'boolean', default: false, describe: 'Input is JSON Lines: clean one string field per record, keep everything else' },
  // The --jsonl options take their defaults in toCliArguments, so that one given without --jsonl is seen and refused.
  field: { type: 'string', requiresArg: true, coerce: lastValue, defaultDescription: '"text"', describe: 'With --jsonl: dotted path of the field to clean' },
  'on-invalid': { choices: ON_INVALID, requiresArg: true, coerce: oneOf('on-invalid', ON_INVALID), defaultDescription: '"fail"', describe: 'With --jsonl: stop on a line that is not JSON, or pass it through' },
  'id-field': { type: 'string', requiresArg: true, coerce: lastValue, defaultDescription: '"id"', describe: 'With --jsonl and --audit: dotted path of the field that names a record in the audit' },
  output: { alias: 'o', type: 'string', requiresArg: true, coerce: lastValue, describe: 'Write to FILE (gzip if it ends in .gz); it appears only when complete' },
  audit: { type: 'string', requiresArg: true, coerce: lastValue, describe: 'Write one JSON line per removed or changed line to FILE' },
  'stats-json': { type: 'string', requiresArg: true, coerce: lastValue, describe: 'Write the --stats summary as JSON to FILE' },
  // A string, read by removedRatio, so that a value that is no number is quoted back as given.
  'max-removed-ratio': { type: 'string', requiresArg: true, coerce: lastValue, describe: 'A document that would lose more than R (0-1) of its words is written unchanged and flagged' },
  progress: { type: 'boolean', default: true, describe: 'Show a progress bar on standard error when it is a terminal (--no-progress to hide it)' },
  // A string taking one value, not an array: an array option would swallow the FILE operands that follow it.
  rules: { type: 'string', requiresArg: true, describe: 'Add a rule file or a directory of them (repeatable)' },
  'default-rules': { type: 'boolean', default: true, describe: 'Load the built-in rule packs (--no-default-rules to leave them out)' },
  disable: { type: 'string', requiresArg: true, describe: 'Turn off the rule with this id (repeatable)' },
  'list-rules': { type: 'boolean', default: false, describe: 'Print the loaded rules and exit' },
  explain: { type: 'boolean', default: false, describe: 'Print every input line with its verdict and the rule that decided it' },
  stats: { type: 'boolean', default: false, describe: 'Print a summary on standard error' },
  profile: { choices: PROFILES, requiresArg: true, coerce: oneOf('profile', PROFILES), default: 'auto' as Profile, describe: 'page: a whole web page as text (menus, footers); article: extracted article text; lines: the line rules alone, streaming; auto: decide per document' },
  // Strings, read by byteCount: yargs would pass a number it cannot read on as NaN.
  'max-line-bytes': { type: 'string', requiresArg: true, coerce: lastValue, default: String(DEFAULT_MAX_LINE_BYTES), defaultDescription: `${DEFAULT_MAX_LINE_BYTES} (1 MiB)`, describe: 'Lines longer than N bytes are passed through unread' },
  'max-record-bytes': { type: 'string', requiresArg: true, coerce: lastValue, defaultDescription: `${DEFAULT_MAX_RECORD_BYTES} (64 MiB)`, describe: 'With --jsonl: a record longer than N bytes is an error (or, with --on-invalid pass, written through unread)' },
  jobs: { type: 'string', requiresArg: true, coerce: lastValue, default: '1', describe: 'Threads that clean (this one and N-1 workers) --jsonl, --doc-separator or several-FILE input: N, or auto (one per core); output is the same' },
} as const;

/** The options that mean something only for JSON Lines input. */
const JSONL_OPTIONS = ['field', 'on-invalid', 'id-field', 'max-record-bytes'] as const;

/** How --help groups the options, in the order a reader looks for them. */
const OPTION_GROUPS: Record<string, readonly (keyof typeof OPTIONS)[]> = {
  'Input:': ['doc-separator', 'profile', 'max-line-bytes'],
  'JSON Lines input:': ['jsonl', ...JSONL_OPTIONS],
  'Rules:': ['rules', 'default-rules', 'disable', 'list-rules'],
  'Output and reports:': ['output', 'explain', 'stats', 'stats-json', 'audit', 'max-removed-ratio', 'progress'],
  'Running:': ['jobs'],
};

/** The option values yargs hands back (by their names on the command line). */
type OptionValues = InferredOptionTypes<typeof OPTIONS>;

/** The values of a command line that gives no option: each option's default. */
const DEFAULT_VALUES = Object.fromEntries(Object.entries(OPTIONS).flatMap(([name, option]) => ('default' in option ? [[name, option.default]] : []))) as unknown as OptionValues;

/** A FILE operand, as yargs would read it: `-` (standard input) or a word that is no option. */
const isOperand = (arg: string): boolean => arg === '-' || !arg.startsWith('-');

/**
 * Parses argv into CliArguments; --help and --version print and exit from here, as yargs does.
 * A command line of FILEs alone (or none: `boilerstrip < page.txt`, the usual pipeline) has no
 * option to parse, and is answered from the options' defaults without loading yargs, which took
 * about 0.15 s of a one-page run; test/cli/arguments.test.ts checks both give the same.
 */
export async function parseArguments(argv: string[]): Promise<CliArguments> {
  if (argv.every(isOperand)) return toCliArguments(DEFAULT_VALUES, argv);
  return parseOptions(argv);
}

/** parseArguments() through yargs, whatever argv holds. */
export async function parseOptions(argv: string[]): Promise<CliArguments> {
  const { default: yargs } = await import('yargs');
  const parser = yargs(argv)
    .scriptName('boilerstrip')
    .usage('$0 [options] [FILE...]\n\nRemoves boilerplate lines (navigation, teasers, bylines, credits, prompts) from scraped text.\nEach FILE is one document (or several, split by --doc-separator or --jsonl); with no FILE, or\nwhen FILE is -, reads standard input. -- ends the options: FILEs after it may start with -.')
    .options(OPTIONS);
  for (const [group, names] of Object.entries(OPTION_GROUPS)) parser.group([...names], group);
  const parsed = await parser
    .example('$0 page.txt > clean.txt', 'clean one document')
    .example("$0 --doc-separator $'\\f' < pages.txt", 'clean a stream of documents split by form feeds')
    .example('$0 --jsonl --field body shard.jsonl > clean.jsonl', 'clean the "body" field of every record')
    .example('$0 --jsonl --field page.body --audit removed.jsonl -o clean.jsonl.gz shard-*.jsonl.gz', 'clean gzipped shards into one file, recording every removal')
    .example('$0 --explain page.txt | grep -v keep', 'see what was removed and by which rule')
    .epilog('boilerstrip check-rules FILE... validates rule files and runs their examples (see boilerstrip check-rules --help).\nExit status: 0 success, 1 runtime failure (unreadable input, invalid JSON line, write error), 2 bad usage or a bad rule file.')
    .strictOptions()
    .version(PACKAGE_VERSION)
    .alias('h', 'help')
    .alias('V', 'version')
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(true)
    .fail((message, error) => {
      throw usageError(message, error, 'boilerstrip --help');
    })
    .parseAsync();
  return toCliArguments(parsed, parsed._.map(String));
}

/** The values checked (each a usage error when wrong) and given their defaults. */
function toCliArguments(values: OptionValues, files: string[]): CliArguments {
  checkJsonlOptions(values);
  checkOutputNames(values);
  // An empty word (a shell variable that was not set: boilerstrip "$page") names no file.
  if (files.includes('')) throw new BoilerstripError('E_USAGE', 'a FILE name is empty (""): name a file to read, or - for standard input (an unset shell variable, "$file", gives an empty one).');
  if (values['list-rules'] && files.length > 0) {
    throw new BoilerstripError('E_USAGE', `--list-rules prints the loaded rules and reads no input; leave out ${files[0]}, or use --explain to see which rule removes which line.`);
  }
  const jobs = parseJobs(values.jobs);
  if (jobs > 1 && values.explain) {
    throw new BoilerstripError('E_USAGE', '--explain numbers every line in input order on one thread; run it without --jobs (or with --jobs 1).');
  }
  return {
    files,
    docSeparator: values['doc-separator'],
    jsonl: values.jsonl,
    field: values.field ?? 'text',
    onInvalid: values['on-invalid'] ?? 'fail',
    idField: values['id-field'] ?? 'id',
    output: values.output,
    audit: values.audit,
    statsJson: values['stats-json'],
    maxRemovedRatio: removedRatio(values['max-removed-ratio']),
    progress: values.progress,
    rules: asList(values.rules),
    defaultRules: values['default-rules'],
    disable: asList(values.disable),
    listRules: values['list-rules'],
    explain: values.explain,
    stats: values.stats,
    maxLineBytes: byteCount('max-line-bytes', values['max-line-bytes']),
    maxRecordBytes: byteCount('max-record-bytes', values['max-record-bytes'] ?? String(DEFAULT_MAX_RECORD_BYTES)),
    profile: values.profile,
    jobs,
  };
}

/**
 * What yargs fails with, as a usage error (exit 2): a check's own BoilerstripError as it is, and
 * yargs' complaints (an unknown option, a missing value) with where to read more.
 */
export function usageError(message: string | undefined | null, error: Error | undefined | null, help: string): BoilerstripError {
  if (error instanceof BoilerstripError) return error;
  return new BoilerstripError('E_USAGE', `${message ?? error?.message ?? 'bad usage'}. See ${help}.`);
}

/**
 * The --jsonl options only with --jsonl, and --doc-separator only without it: a forgotten --jsonl
 * would clean each record as a line of text, and records are their own documents.
 */
function checkJsonlOptions(values: OptionValues): void {
  const given = JSONL_OPTIONS.find((name) => values[name] !== undefined);
  if (!values.jsonl && given !== undefined) {
    throw new BoilerstripError('E_USAGE', `--${given} applies only to JSON Lines input: add --jsonl, or leave --${given} out.`);
  }
  if (values.jsonl && values['doc-separator'] !== undefined) {
    throw new BoilerstripError('E_USAGE', '--doc-separator splits plain text into documents; with --jsonl each record is a document, so leave --doc-separator out.');
  }
  if (values.field !== undefined) parseFieldPath(values.field, FIELD_SETTING);
  if (values['id-field'] !== undefined) parseFieldPath(values['id-field'], ID_FIELD_SETTING);
  if (values['id-field'] !== undefined && values.audit === undefined) {
    throw new BoilerstripError('E_USAGE', '--id-field names the records in the --audit trail, and nothing else reads it: add --audit FILE, or leave --id-field out.');
  }
}

/** `-o ''` (or `--audit=`) names no file; `-` is standard output. A value a message shows is quoted (`quoted`), so that "" and " " can be seen. */
function checkOutputNames(values: OptionValues): void {
  for (const option of ['output', 'audit', 'stats-json'] as const) {
    if (values[option] === '') throw new BoilerstripError('E_USAGE', `--${option} takes a FILE name (- for standard output); got an empty one`);
  }
}

/** `--max-removed-ratio R`: a share from 0 to 1. */
function removedRatio(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ratio = Number(value);
  if (value.trim() !== '' && ratio >= 0 && ratio <= 1) return ratio;
  throw new BoilerstripError('E_USAGE', `--max-removed-ratio takes a share of a document's words from 0 to 1, e.g. 0.5; got ${quoted(value)}`);
}

/** A byte limit: a whole number from 1. */
function byteCount(option: string, value: string): number {
  const count = Number(value);
  if (Number.isInteger(count) && count >= 1) return count;
  throw new BoilerstripError('E_USAGE', `--${option} takes a whole number of bytes from 1; got ${quoted(value)}`);
}

/** `--jobs N` (a whole number from 1) or `auto` (the number of cores). */
function parseJobs(value: string): number {
  if (value === 'auto') return availableParallelism();
  if (/^[1-9]\d*$/.test(value)) return Number(value);
  throw new BoilerstripError('E_USAGE', `--jobs takes a whole number of worker threads from 1, or auto; got ${quoted(value)}`);
}
