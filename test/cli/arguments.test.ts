import { describe, expect, it } from 'vitest';
import { parseArguments, parseOptions } from '../../src/cli/arguments.js';
import { BoilerstripError } from '../../src/errors.js';

describe('parseArguments', () => {
  it('answers a command line of FILEs alone (or none) as yargs does, from the options\' defaults', async () => {
    for (const argv of [[], ['-'], ['page.txt'], ['a.txt', '-', 'b c.txt']]) {
      expect(await parseArguments(argv), argv.join(' ')).toEqual(await parseOptions(argv));
    }
  });

  it('parses any option with yargs: values, aliases, repeats, negations, and FILEs after them', async () => {
    const parsed = await parseArguments(['--jsonl', '--field', 'page.body', '-o', 'out.jsonl.gz', '--rules', 'a.yaml', '--rules', 'b.yaml', '--no-progress', '--jobs', '2', 'x.jsonl', '-']);
    expect(parsed).toMatchObject({ jsonl: true, field: 'page.body', output: 'out.jsonl.gz', rules: ['a.yaml', 'b.yaml'], progress: false, jobs: 2, files: ['x.jsonl', '-'] });
    expect(parsed).toEqual({ ...(await parseArguments(['x.jsonl', '-'])), jsonl: true, field: 'page.body', output: 'out.jsonl.gz', rules: ['a.yaml', 'b.yaml'], progress: false, jobs: 2 });
  });

  it('refuses an unknown option or a bad value with a usage error', async () => {
    await expect(parseArguments(['--no-such-option', 'page.txt'])).rejects.toMatchObject({ code: 'E_USAGE' });
    await expect(parseArguments(['--jsonl', '--max-record-bytes', '0'])).rejects.toBeInstanceOf(BoilerstripError);
  });

  it('takes the next word as the value of an option that takes one, even `-`, and refuses an option left without one', async () => {
    expect(await parseArguments(['--output', '-', '--audit', '-', 'page.txt'])).toMatchObject({ output: '-', audit: '-', files: ['page.txt'] });
    for (const option of ['--output', '--audit', '--stats-json', '--jobs', '--profile', '--max-line-bytes', '--max-removed-ratio', '--doc-separator', '--rules', '--disable']) {
      await expect(parseArguments([option]), option).rejects.toThrow(`Not enough arguments following: ${option.slice(2)}. See boilerstrip --help.`);
      await expect(parseArguments([option, '--stats']), option).rejects.toMatchObject({ code: 'E_USAGE' });
    }
  });

  it('takes the last value of an option given more than once, as most Unix tools do; --rules and --disable add up', async () => {
    const parsed = await parseArguments(['--profile', 'page', '--profile', 'lines', '-o', 'a.txt', '--output', 'b.txt', '--jobs', '2', '--jobs', '3', '--max-line-bytes', '100', '--max-line-bytes', '200', '--doc-separator', 'x', '--doc-separator', 'y', '--rules', 'a.yaml', '--rules', 'b.yaml', 'page.txt']);
    expect(parsed).toMatchObject({ profile: 'lines', output: 'b.txt', jobs: 3, maxLineBytes: 200, docSeparator: 'y', rules: ['a.yaml', 'b.yaml'], files: ['page.txt'] });
    expect(await parseArguments(['--jsonl', '--field', 'a', '--field', 'b.c', '--on-invalid', 'pass', '--on-invalid', 'fail'])).toMatchObject({ field: 'b.c', onInvalid: 'fail' });
  });

  it('refuses a value that is not one of the choices in one line', async () => {
    await expect(parseArguments(['--profile', 'blog'])).rejects.toThrow(/^--profile takes one of auto, article, page, lines; got "blog"\. See boilerstrip --help\.$/);
    await expect(parseArguments(['--jsonl', '--on-invalid', 'skip'])).rejects.toMatchObject({ code: 'E_USAGE', message: expect.stringMatching(/^--on-invalid takes one of fail, pass; got "skip"/) });
  });

  it('refuses an empty output FILE name', async () => {
    for (const argv of [['-o', ''], ['--audit='], ['--stats-json', '', 'page.txt']]) {
      await expect(parseArguments(argv), argv.join(' ')).rejects.toThrow(/^--(output|audit|stats-json) takes a FILE name \(- for standard output\); got an empty one$/);
    }
  });

  it('refuses an empty segment in --field or --id-field', async () => {
    await expect(parseArguments(['--jsonl', '--field', 'page..body'])).rejects.toThrow('the field to clean (--field; field in the library) has an empty segment: "page..body";');
    await expect(parseArguments(['--jsonl', '--id-field', 'meta.'])).rejects.toThrow('the field that names a record (--id-field; idField in the library) has an empty segment: "meta.";');
  });

  it('refuses a FILE with --list-rules, which reads no input', async () => {
    await expect(parseArguments(['--list-rules', 'page.txt'])).rejects.toThrow('--list-rules prints the loaded rules and reads no input; leave out page.txt');
    expect(await parseArguments(['--list-rules', '--rules', 'mine.yaml'])).toMatchObject({ listRules: true, files: [] });
  });

  it('refuses a JSON Lines option without --jsonl, and --doc-separator with it', async () => {
    for (const option of [['--field', 'body'], ['--on-invalid', 'pass'], ['--id-field', 'url'], ['--max-record-bytes', '1000']]) {
      await expect(parseArguments([...option, 'shard.jsonl'])).rejects.toThrow(`${option[0]} applies only to JSON Lines input: add --jsonl`);
      expect(await parseArguments(['--jsonl', ...option, '--audit', 'audit.jsonl', 'shard.jsonl'])).toMatchObject({ jsonl: true });
    }
    await expect(parseArguments(['--jsonl', '--doc-separator', '\f'])).rejects.toThrow('with --jsonl each record is a document');
    await expect(parseArguments(['--jsonl', '--id-field', 'url', 'shard.jsonl'])).rejects.toThrow('--id-field names the records in the --audit trail, and nothing else reads it: add --audit FILE');
  });
});
