import { describe, expect, it } from 'vitest';
import { formatHelp, parseCommandLine, type Command, type CommandOptions } from '../../src/cli/command-line.js';
import { BoilerstripError } from '../../src/errors.js';

const OPTIONS = {
  shade: { type: 'string', value: 'NAME', choices: ['light', 'dark'], default: 'light', describe: 'How dark the output is' },
  tag: { type: 'string', multiple: true, value: 'WORD', describe: 'Add a tag (repeatable)' },
  colour: { type: 'boolean', default: true, negatable: true, describe: 'Colour the output when it goes to a terminal and the terminal can show colours' },
  output: { type: 'string', short: 'o', value: 'FILE', describe: 'Write to FILE' },
} as const satisfies CommandOptions;

const COMMAND: Command<typeof OPTIONS> = { name: 'paint', usage: '[options] FILE...', options: OPTIONS, examples: [['paint -o out.txt in.txt', 'paint one file']] };

const usageErrorOf = (argv: string[]): BoilerstripError => {
  try {
    parseCommandLine(COMMAND, argv);
  } catch (error) {
    return error as BoilerstripError;
  }
  throw new Error(`no error for ${argv.join(' ')}`);
};

describe('parseCommandLine', () => {
  it('takes defaults, repeated options, short names, --no-NAME and operands', () => {
    expect(parseCommandLine(COMMAND, ['a.txt']).values).toEqual({ shade: 'light', colour: true });
    const { values, positionals } = parseCommandLine(COMMAND, ['--tag', 'x', 'a.txt', '--tag=y', '-o', 'out.txt', '--no-colour', '--shade', 'dark', '--', '--b.txt']);
    expect(values).toEqual({ shade: 'dark', tag: ['x', 'y'], output: 'out.txt', colour: false });
    expect(positionals).toEqual(['a.txt', '--b.txt']);
  });

  it('refuses an unknown option, a missing value and a value outside the choices as usage errors that point to --help', () => {
    const unknown = usageErrorOf(['--shadow', 'dark']);
    expect(unknown.code).toBe('E_USAGE');
    expect(unknown.message).toBe('Unknown argument: --shadow. See paint --help.');
    expect(usageErrorOf(['--output']).message).toMatch(/--output.*missing\. See paint --help\.$/);
    expect(usageErrorOf(['--output', '-x']).message).toMatch(/'--output=-XYZ'\. See paint --help\.$/);
    expect(usageErrorOf(['--shade', 'grey']).message).toBe('--shade takes one of light, dark; got "grey". See paint --help.');
    expect(usageErrorOf(['--colour=no']).code).toBe('E_USAGE');
  });
});

describe('formatHelp', () => {
  const help = formatHelp(COMMAND, 60);

  it('names every option with its value, short name, choices and default, and the examples', () => {
    expect(help).toMatch(/^paint \[options\] FILE\.\.\.\n/);
    expect(help).toContain('      --shade NAME');
    expect(help.replace(/\s+/g, ' ')).toContain('(one of: light, dark; default: light)');
    expect(help).toContain('      --[no-]colour');
    expect(help).toContain('  -o, --output FILE');
    expect(help).toContain('Examples:\n  paint -o out.txt in.txt\n      paint one file\n');
  });

  it('wraps descriptions to the width, continuing under the description column', () => {
    const lines = help.split('\n');
    expect(lines.every((line) => line.length <= 60)).toBe(true);
    const colour = lines.findIndex((line) => line.includes('--[no-]colour'));
    const column = lines[colour]!.indexOf('Colour');
    expect(lines[colour + 1]!.slice(0, column).trim()).toBe('');
    expect(lines[colour + 1]!.slice(column)).toMatch(/^\S/);
  });
});
