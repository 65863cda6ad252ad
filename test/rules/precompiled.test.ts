import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES_DIR, parseRulePack } from '../../src/index.js';
import { compileRules } from '../../src/rules/compile.js';
import { lineGates, maxMatchWords, restoreGates } from '../../src/rules/first-char.js';
import { readRuleFiles } from '../../src/rules/load.js';
import { mergePageSections, parsePageSettings } from '../../src/rules/page-schema.js';
import { precompiledGates, precompiledPack, precompiledPageSettings } from '../../src/rules/precompiled.js';

// `npm test` builds first, and the build writes the precompiled default packs.
describe('precompiled default packs', () => {
  const files = readRuleFiles([DEFAULT_RULES_DIR]);

  it.each(files.map(({ file }) => file))('%s comes out of the cache as the parser makes it', (file) => {
    const { source } = files.find((entry) => entry.file === file)!;
    expect(precompiledPack(file, source)).toEqual(parseRulePack(source, file));
  });

  it('is not used for a file whose text changed, or that has another name', () => {
    const { file, source } = files[0]!;
    expect(precompiledPack(file, `${source}\n# edited\n`)).toBeUndefined();
    expect(precompiledPack(file.replace(/\.yaml$/, '-copy.yaml'), source)).toBeUndefined();
  });
});

describe('precompiled page settings', () => {
  const packs = readRuleFiles([DEFAULT_RULES_DIR]).map(({ file, source }) => parseRulePack(source, file));
  const merged = mergePageSections(packs.map((pack) => pack.page));

  it('are what the schema makes of the default packs\' page sections', () => {
    expect(precompiledPageSettings(merged)).toEqual(parsePageSettings(merged));
  });

  it('answer only for exactly those sections, and only when JSON can key them', () => {
    expect(precompiledPageSettings({ ...merged, maxLines: 7 })).toBeUndefined();
    expect(precompiledPageSettings({ ...merged, maxLines: Infinity })).toBeUndefined();
    // JSON leaves an undefined value out: the key would be that of the sections without it.
    expect(precompiledPageSettings({ ...merged, extra: undefined })).toBeUndefined();
    expect(precompiledPageSettings({ ...merged, extra: null })).toBeUndefined();
  });
});

describe('precompiled prefilter gates', () => {
  const { patterns } = compileRules();
  const sources = (gates: ReturnType<typeof lineGates>) =>
    gates?.map(({ start, required }) => ({ start: start && [start.first, start.firstTwo, start.firstFour].map((test) => test && `/${test.source}/${test.flags}`), ascii: start?.ascii?.table, required }));

  it.each(patterns.map((rule) => rule.id))('of %s are the tests lineGates reads from its pattern', (id) => {
    const { regex } = patterns.find((rule) => rule.id === id)!;
    const stored = precompiledGates(regex);
    expect(stored).toBeDefined();
    expect(sources(restoreGates(stored!))).toEqual(sources(lineGates(regex)));
    expect(stored!.maxWords).toBe(maxMatchWords(regex));
  });

  it('answer only for exactly the same source and flags', () => {
    const { regex } = patterns[0]!;
    expect(precompiledGates(new RegExp(`${regex.source}x`, regex.flags))).toBeUndefined();
    expect(precompiledGates(new RegExp(regex.source, `${regex.flags}m`))).toBeUndefined();
  });
});
