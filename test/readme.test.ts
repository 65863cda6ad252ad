import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { compileRuleSet, DEFAULT_RULES_DIR, loadRuleFiles, parseRulePack, strip } from '../src/index.js';
import { runCli } from './helpers/cli.js';
import { REPO_ROOT } from './helpers/paths.js';
import { ruleRefusal } from './helpers/rules.js';

// The README's examples that show output, run as a user would run them, so that the README cannot
// go stale unseen. (The Library snippet's code and the exports are test/api's; the example rule
// file's examples are test/rules/examples.test.ts'.)

const readme = readFileSync(`${REPO_ROOT}README.md`, 'utf8');

/** The README's section under `## title`, up to the next `## ` heading. */
const section = (title: string): string => {
  const start = readme.indexOf(`\n## ${title}\n`);
  expect(start, `README section "## ${title}"`).toBeGreaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
};

describe("the README's Command line section", () => {
  it('shows what --explain prints for the sample article', async () => {
    const block = /```\n\$ boilerstrip (.*) \| head -(\d+)\n([^]*?)```/.exec(section('Command line'));
    expect(block).not.toBeNull();
    const [, command, count, shown] = block!;
    const result = await runCli(command!.split(' '), undefined, { cwd: REPO_ROOT });
    expect(result.code).toBe(0);
    const printed = result.stdout.toString().split('\n').slice(0, Number(count));
    expect(printed.join('\n') + '\n').toBe(shown);
  });

  it('lists the options in the order --help prints them, every one of them', async () => {
    const table = section('Command line').split('\n').filter((line) => line.startsWith('| `-'));
    // A negated boolean is shown by --help as its positive form (`--no-progress` as `--progress`).
    const documented = table.flatMap((row) => [...row.split(' | ')[0]!.matchAll(/--[\w-]+/g)].map(([name]) => name.replace(/^--no-/, '--')));
    const help = (await runCli(['--help'])).stdout.toString();
    const listed = [...help.matchAll(/^ {2}(?:-\w, | {4})(--[\w-]+)/gm)].map((match) => match[1]);
    expect(listed).toEqual(documented);
  });
});

describe("the README's Batch cleanup section", () => {
  it('shows an audit line as --audit writes it', async () => {
    const shown = /`(\{"file":"shard-000\.jsonl\.gz".*?\})`/.exec(section('Batch cleanup'))![1]!;
    const { doc, line, text } = JSON.parse(shown) as { doc: string; line: number; text: string };
    const scratch = mkdtempSync(join(tmpdir(), 'readme-audit-'));
    const lines = ['The council met on Monday to agree the terms of the contract for the new harbour wall.', 'It will be rebuilt over three years, in stages, so that the boats can keep using the harbour.'];
    lines.splice(line - 1, 0, text);
    writeFileSync(join(scratch, 'shard-000.jsonl.gz'), gzipSync(`${JSON.stringify({ id: doc, text: `${lines.join('\n')}\n` })}\n`));
    const result = await runCli(['--jsonl', '--audit', 'removed.jsonl', '-o', 'clean.jsonl', 'shard-000.jsonl.gz'], undefined, { cwd: scratch });
    expect(result.code).toBe(0);
    expect(readFileSync(join(scratch, 'removed.jsonl'), 'utf8')).toBe(`${shown}\n`);
  });
});

describe("the README's Library section", () => {
  it("shows the removals strip() returns for samples/article.txt with the snippet's rules", () => {
    const library = section('Library');
    const comment = /\/\/ removals \(samples\/article\.txt\): (\[[^]*?), …\]/.exec(library)![1]!;
    // The comment is a JavaScript literal: its single-quoted strings and bare keys made JSON.
    const json = `${comment.replace(/\n\s*\/\/\s*/g, ' ')}]`.replace(/'((?:[^'\\]|\\.)*)'/g, (_, body: string) => JSON.stringify(body)).replace(/([{,]\s*)(\w+):/g, '$1"$2":');
    const shown = JSON.parse(json) as unknown[];
    // The snippet's rules: the default packs and the README's example rule file (its my-rules/), tags-line off.
    const exampleRuleFile = /```yaml\n([^]*?)```/.exec(readme)![1]!;
    const rules = compileRuleSet([...loadRuleFiles([DEFAULT_RULES_DIR]), parseRulePack(exampleRuleFile, 'my-rules/example.yaml')], { disable: ['tags-line'] });
    const { removals } = strip(readFileSync(`${REPO_ROOT}samples/article.txt`, 'utf8'), { rules });
    expect(removals.slice(0, shown.length)).toEqual(shown);
  });
});

describe("the README's Reliability section", () => {
  it('shows the message that refuses a regex that backtracks catastrophically', () => {
    const [, shown, file, id, pattern] = /`((\S+\.yaml): rule "(\S+)": regular expression \/\(\?:(.*?)\)\/[^`]*?) …`/.exec(section('Reliability'))!;
    const error = ruleRefusal(`rules:\n  - id: ${id}\n    match: { regex: '${pattern}' }\n`, file);
    expect(error.code).toBe('E_RULE_UNSAFE');
    expect(error.message.startsWith(shown!.replace(/\s+/g, ' '))).toBe(true);
  });
});

describe('the settings of the page analysis the READMEs name', () => {
  const settings = (parseYaml(readFileSync(`${REPO_ROOT}rules/page.yaml`, 'utf8')) as { page: Record<string, unknown> }).page;
  /** Every key of the page: section, as a dotted path and by its own name. */
  const paths = new Set<string>();
  const names = new Set<string>();
  const walk = (value: unknown, prefix: string): void => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
    for (const [key, inner] of Object.entries(value)) {
      paths.add(prefix + key);
      names.add(key);
      walk(inner, `${prefix + key}.`);
    }
  };
  walk(settings, '');
  const sections = Object.keys(settings).join('|');
  const pageCode = readdirSync(`${REPO_ROOT}src/engine/page`).map((file) => readFileSync(`${REPO_ROOT}src/engine/page/${file}`, 'utf8')).join('\n');

  it.each(['README.md', 'rules/README.md'])('%s names as `section.key` only keys of rules/page.yaml', (file) => {
    const text = readFileSync(`${REPO_ROOT}${file}`, 'utf8');
    const named = [...text.matchAll(new RegExp(`\`(?:page\\.)?((?:${sections})\\.\\w+(?:\\.\\w+)*)\``, 'g'))].map((match) => match[1]);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((path) => !paths.has(path!))).toEqual([]);
  });

  it('rules/README names in camelCase only keys of rules/page.yaml or names in src/engine/page', () => {
    const text = readFileSync(`${REPO_ROOT}rules/README.md`, 'utf8');
    const named = [...text.matchAll(/`([a-z]+[A-Z]\w*)`/g)].map((match) => match[1]!);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((name) => !names.has(name) && !new RegExp(`\\b${name}\\b`).test(pageCode))).toEqual([]);
  });
});
