import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/paths.js';

const scratch = mkdtempSync(join(tmpdir(), 'boilerstrip-check-rules-'));
function ruleFile(name: string, yaml: string): string {
  const file = join(scratch, name);
  writeFileSync(file, yaml);
  return file;
}

describe('boilerstrip check-rules', () => {
  it('passes the default packs with exit 0 and no warning', async () => {
    const result = await runCli(['check-rules', `${REPO_ROOT}rules`]);
    expect(result.stderr).toBe('');
    expect(result.stdout.toString()).toMatch(/bylines\.yaml: ok \(\d+ rules, \d+ examples\)/);
    expect(result.stdout.toString()).toMatch(/check-rules: 0 errors, 0 warnings\n$/);
    expect(result.code).toBe(0);
  });

  it('exits 2 when an example fails, naming file, rule and example', async () => {
    const file = ruleFile('failing.yaml', 'rules:\n  - id: lone-updated\n    match: { equals: Updated }\n    examples:\n      drop: [Updated, "Updated figures follow."]\n      keep: [Updated]\n');
    const result = await runCli(['check-rules', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`boilerstrip: ${file}: rule "lone-updated": drop example 2 is not removed: "Updated figures follow."`);
    expect(result.stderr).toContain(`boilerstrip: ${file}: rule "lone-updated": keep example 1 loses a line: "Updated"`);
  });

  it('warns, with exit 0, when a rule removes lines of ordinary prose', async () => {
    const file = ruleFile('greedy.yaml', 'rules:\n  - id: starts-with-the\n    match: { prefix: "The " }\n    examples:\n      drop: ["The end"]\n');
    const result = await runCli(['check-rules', file]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(new RegExp(`^boilerstrip: warning: ${file}: rule "starts-with-the": removes \\d+ lines of ordinary prose \\(.*ordinary-prose\\.txt line \\d+: "The `));
    expect(result.stdout.toString()).toMatch(/check-rules: 0 errors, 1 warning\n$/);
  });

  it('exits 2 on an invalid file, an unsafe regex, or an id that clashes with a default rule, and checks the other files', async () => {
    const invalid = ruleFile('invalid.yaml', 'rules:\n  - id: x\n    match: { equals: X }\n    zones: tail\n');
    const unsafe = ruleFile('unsafe.yaml', 'rules:\n  - id: nested\n    match: { regex: "^(a|a)+$" }\n');
    const clash = ruleFile('clash.yaml', 'rules:\n  - id: tags-line\n    match: { equals: Tags }\n    examples: { drop: [Tags] }\n');
    const good = ruleFile('good.yaml', 'rules:\n  - id: house-ad\n    match: { equals: Subscribe now }\n    examples: { drop: [Subscribe now] }\n');
    const result = await runCli(['check-rules', invalid, unsafe, clash, good]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`boilerstrip: ${invalid}: rule "x": `);
    expect(result.stderr).toMatch(new RegExp(`boilerstrip: ${unsafe}: rule "nested": regular expression .* is refused: it can backtrack catastrophically`));
    expect(result.stderr).toContain(`boilerstrip: ${clash}: rule "tags-line" is already defined in`);
    expect(result.stdout.toString()).toContain(`${good}: ok (1 rule, 1 example)`);
    expect(result.stdout.toString()).toMatch(/check-rules: 3 errors, 0 warnings\n$/);
  });

  it('exits 2 on a page: setting naming a pack that is neither loaded nor shipped, and accepts one of another FILE', async () => {
    const typo = ruleFile('typo-page.yaml', 'page:\n  article:\n    endPacks: [relatd]\n');
    const typoResult = await runCli(['check-rules', typo]);
    expect(typoResult.code).toBe(2);
    expect(typoResult.stderr).toMatch(new RegExp(`^boilerstrip: ${typo}: page: article\\.endPacks names pack "relatd", .*Known packs: .*\\brelated\\b.*; correct the name, or add the file of that pack to the FILE arguments of check-rules\\.\n`));
    expect(typoResult.stderr).not.toContain('--rules');
    const teasers = ruleFile('site-teasers.yaml', 'rules:\n  - id: site-teaser-heading\n    match: { equals: Elsewhere on the site }\n    examples: { drop: [Elsewhere on the site] }\n');
    const page = ruleFile('site-page.yaml', 'page:\n  article:\n    endPacks: [site-teasers]\nrules:\n  - id: site-sponsor-line\n    match: { equals: Sponsored feature }\n    examples: { drop: [Sponsored feature] }\n');
    const result = await runCli(['check-rules', page, teasers]);
    expect(result.stderr).toBe('');
    expect(result.stdout.toString()).toMatch(/check-rules: 0 errors, 0 warnings\n$/);
    expect(result.code).toBe(0);
  });

  it('exits 2 on a FILE that does not exist or is empty, naming it and its own FILE arguments, and checks the other files', async () => {
    const good = ruleFile('good-too.yaml', 'rules:\n  - id: house-ad-too\n    match: { equals: Subscribe today }\n    examples: { drop: [Subscribe today] }\n');
    const missing = join(scratch, 'no-such-rules');
    const result = await runCli(['check-rules', missing, '', good]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `boilerstrip: cannot read rule path ${missing}: no such file or directory. Check the FILE arguments of check-rules.\n` +
        'boilerstrip: a rule path is empty (""): name a rule file, or a directory of them. Check the FILE arguments of check-rules.\n',
    );
    expect(result.stderr).not.toContain('--rules');
    expect(result.stdout.toString()).toMatch(new RegExp(`${good}: ok \\(1 rule, 1 example\\)\ncheck-rules: 2 errors, 0 warnings\n$`));
  });

  it('exits 2 without a FILE', async () => {
    const result = await runCli(['check-rules']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('boilerstrip: name at least one rule file or directory. See boilerstrip check-rules --help.\n');
  });

  it('names an unknown option, even when a FILE follows it', async () => {
    for (const args of [['--bogus'], ['--bogus', 'mine.yaml'], ['mine.yaml', '--bogus']]) {
      const result = await runCli(['check-rules', ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toBe('boilerstrip: Unknown argument: bogus. See boilerstrip check-rules --help.\n');
    }
  });
});

describe('boilerstrip --rules with a path that names nothing', () => {
  it('refuses it before reading input, with exit 2, naming the path and --rules', async () => {
    const missing = join(scratch, 'no-such-dir', 'mine.yaml');
    const result = await runCli(['--rules', missing], 'Body.\n');
    expect(result.code).toBe(2);
    expect(result.stdout.length).toBe(0);
    expect(result.stderr).toBe(`boilerstrip: cannot read rule path ${missing}: no such file or directory. Check the rule paths (--rules; rulePaths in the library).\n`);
    const empty = await runCli(['--rules=', '-'], 'Body.\n');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('boilerstrip: a rule path is empty (""): name a rule file, or a directory of them. Check the rule paths (--rules; rulePaths in the library).\n');
  });
});

describe('boilerstrip --rules with an unsafe regex', () => {
  it('refuses it before reading input, with exit 2', async () => {
    const file = ruleFile('redos.yaml', 'rules:\n  - id: nested-plus\n    match: { regex: "^(\\\\w+\\\\s?)+$" }\n');
    const result = await runCli(['--rules', file], 'Body.\n');
    expect(result.code).toBe(2);
    expect(result.stdout.length).toBe(0);
    expect(result.stderr).toMatch(new RegExp(`^boilerstrip: ${file}: rule "nested-plus": regular expression .* is refused: it can backtrack catastrophically`));
  });
});
