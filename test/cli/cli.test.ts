import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { CLI_PATH, hasSeeds, REPO_ROOT, SEEDS_DIR, seedNames } from '../helpers/paths.js';

const PACKAGE_VERSION = (JSON.parse(readFileSync(`${REPO_ROOT}package.json`, 'utf8')) as { version: string }).version;
const scratch = mkdtempSync(join(tmpdir(), 'boilerstrip-cli-'));

describe.skipIf(!hasSeeds)('boilerstrip FILE', () => {
  it.each(seedNames())('prints %s exactly as its gold', async (name) => {
    const result = await runCli([`${SEEDS_DIR}${name}.input.txt`]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.equals(readFileSync(`${SEEDS_DIR}${name}.expected.txt`))).toBe(true);
  });

  it('cleans each FILE as its own document, in order', async () => {
    const [first, second] = seedNames();
    const result = await runCli([`${SEEDS_DIR}${first}.input.txt`, `${SEEDS_DIR}${second}.input.txt`]);
    const expected = Buffer.concat([readFileSync(`${SEEDS_DIR}${first}.expected.txt`), readFileSync(`${SEEDS_DIR}${second}.expected.txt`)]);
    expect(result.stdout.equals(expected)).toBe(true);
  });
});

describe('boilerstrip on standard input', () => {
  it('reads stdin when there is no FILE, and for -', async () => {
    for (const args of [[], ['-']]) {
      const result = await runCli(args, 'Body text.\nREAD | Another story\n');
      expect(result.stdout.toString()).toBe('Body text.\n');
      expect(result.code).toBe(0);
    }
  });

  it('splits documents at --doc-separator and passes the separator through', async () => {
    const result = await runCli(['--doc-separator', '\f'], 'Body one.\nCOMMENT\n\f\nBody two.\n');
    expect(result.stdout.toString()).toBe('Body one.\n\f\nBody two.\n');
  });

  it('refuses an empty --doc-separator with exit 2 before writing anything: empty lines part paragraphs', async () => {
    const result = await runCli(['--doc-separator', ''], 'Body one.\n\nBody two.\n');
    expect(result.code).toBe(2);
    expect(result.stdout.length).toBe(0);
    expect(result.stderr).toBe('boilerstrip: the document separator (--doc-separator; docSeparator in the library) cannot be empty: empty lines part the paragraphs of a document; end each document with a line that holds a mark, such as a form feed ("\\f")\n');
  });

  it('keeps bytes that are not UTF-8, CRLF and a missing final newline', async () => {
    const input = Buffer.concat([Buffer.from('caf\xe9 \r\n', 'latin1'), Buffer.from('READ | x\r\n\u00a0\r\nend')]);
    const result = await runCli([], input);
    expect(result.stdout.equals(Buffer.concat([Buffer.from('caf\xe9 \r\n', 'latin1'), Buffer.from('\u00a0\r\nend')]))).toBe(true);
  });
});

describe('--explain', () => {
  it('prints every input line once with its verdict and rule', async () => {
    const result = await runCli(['--explain'], 'Body text.\n\nREAD | Another story\n');
    expect(result.stdout.toString()).toBe('1\tkeep\t-\tBody text.\n2\tdrop\tblank-lines\t\n3\tdrop\tread-pipe-teaser\tREAD | Another story\n');
  });

  it('labels lines with the file name when there are several files', async () => {
    const file = join(scratch, 'a.txt');
    writeFileSync(file, 'Body.\n');
    const result = await runCli(['--explain', file, file]);
    expect(result.stdout.toString()).toBe(`${file}:1\tkeep\t-\tBody.\n${file}:1\tkeep\t-\tBody.\n`);
  });

  it('names standard input <stdin> among several files, as messages and --jsonl do', async () => {
    const file = join(scratch, 'b.txt');
    writeFileSync(file, 'Body.\n');
    const result = await runCli(['--explain', file, '-'], 'Other body.\n');
    expect(result.stdout.toString()).toBe(`${file}:1\tkeep\t-\tBody.\n<stdin>:1\tkeep\t-\tOther body.\n`);
  });
});

describe('--jsonl', () => {
  it('cleans the field and keeps every other byte of the record', async () => {
    const input = '{"id":"a","text":"Body.\\nREAD | x\\n","score":1.50,"big":12345678901234567890}\n{"id":"b","text":"Untouched \\u00e9.\\n"}\n';
    const result = await runCli(['--jsonl'], input);
    expect(result.stdout.toString()).toBe('{"id":"a","text":"Body.\\n","score":1.50,"big":12345678901234567890}\n{"id":"b","text":"Untouched \\u00e9.\\n"}\n');
  });

  it('cleans a nested field given with --field', async () => {
    const result = await runCli(['--jsonl', '--field', 'page.body'], '{"page":{"body":"Body.\\nCOMMENT"}}\n');
    expect(result.stdout.toString()).toBe('{"page":{"body":"Body.\\n"}}\n');
  });

  it('stops at a line that is not JSON with exit 1 and its line number', async () => {
    const result = await runCli(['--jsonl'], '{"text":"a"}\nnot json\n');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^boilerstrip: <stdin>:2: not valid JSON/);
  });
});

describe('rules on the command line', () => {
  const ruleFile = join(scratch, 'extra.yaml');
  writeFileSync(ruleFile, 'rules:\n  - id: house-ad\n    match: { equals: Subscribe now }\n');

  it('adds --rules files and turns rules off with --disable', async () => {
    expect((await runCli(['--rules', ruleFile], 'Body.\nSubscribe now\n')).stdout.toString()).toBe('Body.\n');
    expect((await runCli(['--disable', 'read-pipe-teaser'], 'Body.\nREAD | x\n')).stdout.toString()).toBe('Body.\nREAD | x\n');
    expect((await runCli(['--no-default-rules'], 'Body.\nREAD | x\n')).stdout.toString()).toBe('Body.\nREAD | x\n');
  });

  it('takes one value per --rules and --disable, so FILE operands after them stay input', async () => {
    const otherRules = join(scratch, 'other.yaml');
    writeFileSync(otherRules, 'rules:\n  - id: house-promo\n    match: { equals: Promo }\n');
    const input = join(scratch, 'after-rules.txt');
    writeFileSync(input, 'Body.\nSubscribe now\nPromo\nREAD | x\n');
    const result = await runCli(['--rules', ruleFile, '--rules', otherRules, '--disable', 'house-promo', '--disable', 'read-pipe-teaser', input]);
    expect(result.code).toBe(0);
    expect(result.stdout.toString()).toBe('Body.\nPromo\nREAD | x\n');
  });

  it('lists the rules with --list-rules', async () => {
    const result = await runCli(['--list-rules', '--rules', ruleFile]);
    expect(result.stdout.toString()).toMatch(/^ID\s+PACK/);
    expect(result.stdout.toString()).toMatch(/\nhouse-ad\s+extra\s+match\s+any\s+drop/);
  });

  it('exits 2 with the file and rule named when a rule file is bad, before any output', async () => {
    const bad = join(scratch, 'bad.yaml');
    writeFileSync(bad, 'rules:\n  - id: broken\n    match: { regex: "([a-z" }\n');
    const result = await runCli(['--rules', bad], 'Body.\n');
    expect(result.code).toBe(2);
    expect(result.stdout.length).toBe(0);
    expect(result.stderr).toContain(`${bad}: rule "broken": invalid regular expression`);
  });

  it('exits 2 before any output when a page: setting names a pack that does not exist', async () => {
    const typo = join(scratch, 'typo-page.yaml');
    writeFileSync(typo, 'page:\n  detect:\n    chromePacks: [navigaton]\n');
    const result = await runCli(['--rules', typo], 'Body.\n');
    expect(result.code).toBe(2);
    expect(result.stdout.length).toBe(0);
    expect(result.stderr).toMatch(new RegExp(`^boilerstrip: ${typo}: page: detect\\.chromePacks names pack "navigaton", .*Known packs: .*\\bnavigation\\b`));
  });
});

describe('usage', () => {
  it('exits 2 on an unknown option', async () => {
    const result = await runCli(['--no-such-option']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Unknown argument/);
  });

  it('exits 2, pointing to --help, on an option given without its value', async () => {
    const result = await runCli(['--rules'], 'Body.\n');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('boilerstrip: Not enough arguments following: rules. See boilerstrip --help.\n');
  });

  it('exits 2 on an option left without its value at the end of the command line, rather than taking its default', async () => {
    const result = await runCli(['--jobs'], 'Body.\n');
    expect(result.code).toBe(2);
    expect(result.stdout.length).toBe(0);
    expect(result.stderr).toBe('boilerstrip: Not enough arguments following: jobs. See boilerstrip --help.\n');
  });

  it('takes the last value of an option given twice, as most Unix tools do (it failed with a TypeError)', async () => {
    const result = await runCli(['--jsonl', '--field', 'body', '--field', 'text'], '{"body":"READ | x","text":"Body.\\nREAD | x"}\n');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.toString()).toBe('{"body":"READ | x","text":"Body.\\n"}\n');
  });

  it('writes --audit - to standard output, reading - as the audit FILE, not as an input', async () => {
    const result = await runCli(['--audit', '-', '--output', '-'], 'Body.\nREAD | x\n');
    expect(result.code).toBe(0);
    expect(result.stdout.toString()).toBe('Body.\n{"file":"-","doc":1,"line":2,"rule":"read-pipe-teaser","action":"drop","text":"READ | x"}\n');
  });

  it('exits 2 on a byte limit that is not a whole number from 1', async () => {
    for (const value of ['0', '2.5', 'lots', '']) {
      const result = await runCli(['--max-line-bytes', value], 'Body.\n');
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`boilerstrip: --max-line-bytes takes a whole number of bytes from 1; got "${value}"\n`);
    }
  });

  it('prints the package version and help', async () => {
    expect((await runCli(['--version'])).stdout.toString().trim()).toBe(PACKAGE_VERSION);
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout.toString()).toMatch(/--doc-separator/);
    expect(help.stdout.toString().match(/^\S.*:$/gm)).toEqual(['Input:', 'JSON Lines input:', 'Rules:', 'Output and reports:', 'Running:', 'Options:', 'Examples:']);
    // yargs wraps the text to the terminal's width.
    const helpText = help.stdout.toString().replace(/\s+/g, ' ');
    expect(helpText).toMatch(/boilerstrip check-rules FILE\.\.\. validates rule files/);
    expect(helpText).toMatch(/Exit status: 0 success, 1 runtime failure .*, 2 bad usage or a bad rule file\./);
    expect((await runCli(['check-rules', '-V'])).stdout.toString().trim()).toBe(PACKAGE_VERSION);
  });

  it('exits 1 with a message when a FILE cannot be read', async () => {
    const result = await runCli([join(scratch, 'missing.txt')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^boilerstrip: cannot read .*missing\.txt: no such file or directory\n$/);
    const directory = await runCli([scratch]);
    expect(directory.code).toBe(1);
    expect(directory.stderr).toContain(`cannot read ${scratch}: it is a directory`);
  });

  it('refuses an empty FILE name with exit 2, saying what is wrong', async () => {
    for (const args of [[''], ['-', ''], ['--stats', '']]) {
      const result = await runCli(args, 'Body.\n');
      expect(result.code, JSON.stringify(args)).toBe(2);
      expect(result.stdout.length).toBe(0);
      expect(result.stderr).toBe('boilerstrip: a FILE name is empty (""): name a file to read, or - for standard input (an unset shell variable, "$file", gives an empty one).\n');
    }
  });

  it('stops at the first FILE it cannot read, after writing the FILEs before it, and -- ends the options', async () => {
    const dashed = join(scratch, '-dashed.txt');
    writeFileSync(dashed, 'Body.\nREAD | x\n');
    const result = await runCli(['--', dashed.slice(scratch.length + 1), 'missing.txt', dashed], undefined, { cwd: scratch });
    expect(result.code).toBe(1);
    expect(result.stdout.toString()).toBe('Body.\n');
    expect(result.stderr).toBe('boilerstrip: cannot read missing.txt: no such file or directory\n');
  });

  it('says, in one line with exit 1, that an error it did not foresee is a fault of its own', async () => {
    // Makes opening a FILE throw a TypeError, as a bug in boilerstrip would.
    const fault = 'data:text/javascript,import fs from "node:fs"; import { syncBuiltinESMExports } from "node:module"; fs.createReadStream = () => { throw new TypeError("x is not a function"); }; syncBuiltinESMExports();';
    const result = await runCli([join(scratch, 'any.txt')], undefined, { nodeArgs: ['--import', fault] });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('boilerstrip: x is not a function (a fault in boilerstrip itself: please report it, with the command line)\n');
  });

  it('prints --stats on stderr', async () => {
    const result = await runCli(['--stats'], 'Body.\nREAD | x\n');
    expect(result.stderr).toMatch(/1 document; lines 2 in, 1 out \(1 removed\)/);
    expect(result.stderr).toMatch(/read-pipe-teaser\s+1\s+removed\s+\(related\)/);
  });
});

describe('a closed pipe', () => {
  it('ends quietly with exit 0 when the reader stops early, like `| head -1`', async () => {
    const child = spawn(process.execPath, [CLI_PATH], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    // Distinct lines (repeats would be removed as repeated paragraphs), far more than a pipe buffer holds.
    let written = 0;
    const writeMore = (): void => {
      while (written < 200_000) {
        const ok = child.stdin.write(`Line ${written++} of a long stream of content that keeps coming, sentence after sentence.\n`);
        if (!ok) return;
      }
      child.stdin.end();
    };
    child.stdin.on('drain', writeMore);
    child.stdin.on('error', () => {});
    writeMore();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});
