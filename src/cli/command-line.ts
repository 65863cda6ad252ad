import { parseArgs } from 'node:util';
import { BoilerstripError } from '../errors.js';

/**
 * A command's options as one table that drives both node's parser (util.parseArgs) and the --help
 * text. A CLI in a pipeline starts once per page, and loading an argument library (yargs and what
 * it pulls in) took more than a tenth of a second and 13 MB of every start.
 */
export interface CommandOption {
  type: 'string' | 'boolean';
  short?: string;
  /** Repeatable: the values come as a list. */
  multiple?: boolean;
  default?: string | boolean;
  describe: string;
  /** What the value stands for in --help: FILE, N, ... */
  value?: string;
  /** The only values a string option takes. */
  choices?: readonly string[];
  /** A boolean option that is on unless turned off with --no-NAME. */
  negatable?: boolean;
}

export type CommandOptions = Readonly<Record<string, CommandOption>>;

export interface Command<O extends CommandOptions> {
  /** As the user types it: `boilerstrip`, `boilerstrip check-rules`. */
  name: string;
  /** The first lines of --help, after the name. */
  usage: string;
  options: O;
  examples?: readonly (readonly [command: string, what: string])[];
}

/** -h, --help: every command has it. */
export const HELP_OPTION = { help: { type: 'boolean', short: 'h', describe: 'Show this help' } } as const satisfies CommandOptions;

type ParsedCommandLine<O extends CommandOptions> = ReturnType<typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: true; allowNegative: true }>>;

/** The options and operands of `argv`; an unknown option, a missing value or a value not among the choices is a usage error. */
export function parseCommandLine<O extends CommandOptions>(command: Command<O>, argv: string[]): ParsedCommandLine<O> {
  let parsed: ParsedCommandLine<O>;
  try {
    parsed = parseArgs({ args: argv, options: command.options, strict: true, allowPositionals: true, allowNegative: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS_')) throw error;
    // Node's own message for an unknown option goes on to explain `--`, which a typo does not need.
    const unknown = /^Unknown option '([^']*)'/.exec((error as Error).message);
    throw usageError(command, unknown === null ? (error as Error).message : `Unknown argument: ${unknown[1]}`);
  }
  for (const [name, option] of Object.entries(command.options)) {
    const value = (parsed.values as Record<string, unknown>)[name];
    if (option.choices !== undefined && typeof value === 'string' && !option.choices.includes(value)) {
      throw usageError(command, `--${name} takes one of ${option.choices.join(', ')}; got ${JSON.stringify(value)}`);
    }
  }
  return parsed;
}

export const usageError = (command: Command<CommandOptions>, message: string): BoilerstripError => new BoilerstripError('E_USAGE', `${message.replace(/\.$/, '')}. See ${command.name} --help.`);

/** The --help text, its descriptions wrapped to `width` columns. */
export function formatHelp(command: Command<CommandOptions>, width: number): string {
  const rows = Object.entries(command.options).map(([name, option]) => {
    const names = `${option.short === undefined ? '    ' : `-${option.short}, `}--${option.negatable ? `[no-]${name}` : name}${option.value === undefined ? '' : ` ${option.value}`}`;
    const notes = [option.choices && `one of: ${option.choices.join(', ')}`, option.default !== undefined && option.type === 'string' && `default: ${String(option.default)}`].filter(Boolean);
    return [names, notes.length === 0 ? option.describe : `${option.describe} (${notes.join('; ')})`] as const;
  });
  const column = Math.max(...rows.map(([names]) => names.length)) + 4;
  const options = rows.map(([names, text]) => `  ${names.padEnd(column - 2)}${wrap(text, width - column).join(`\n${' '.repeat(column)}`)}`);
  const examples = (command.examples ?? []).map(([line, what]) => `  ${line}\n      ${what}`);
  const usage = `${command.name} ${command.usage}`.split('\n').flatMap((line) => wrap(line, width));
  return [...usage, '', 'Options:', ...options, ...(examples.length === 0 ? [] : ['', 'Examples:', ...examples]), ''].join('\n');
}

/** Words filled into lines of at most `width` characters (a longer word stands alone). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  return [...lines, line];
}

/** --help fills the terminal's width, up to 100 columns. */
export const helpWidth = (): number => Math.min(100, process.stdout.columns || 100);

/** Prints --help or --version on standard output and ends the process there. */
export function exitPrinting(text: string): never {
  process.stdout.write(text);
  process.exit(0);
}
