import { basename, extname } from 'node:path';
import { BoilerstripError, settingNames } from '../errors.js';
import { listRuleFiles, loadRuleFiles, DEFAULT_RULES_DIR, GIVEN_RULE_PATHS, OPTIONAL_RULES_DIR, type RulePack } from './load.js';
import { compilePageModel, type PageModel } from './page-model.js';
import { namedPacks, pageSectionPatterns } from './page-schema.js';
import { compilePrefilter, patternMaxWords, type LinePrefilter } from './prefilter.js';
import { checkPatterns, isPreChecked, type PatternCheckOptions } from './pattern-safety.js';
import { DEFAULT_BLOCK, DEFAULT_MAX_WORDS, type DetectDefinition, type MatchDefinition, type RuleDefinition } from './schema.js';

export type Zone = RuleDefinition['zone'];
export type Action = RuleDefinition['action'];

/** Where a pattern matched, in UTF-16 offsets of the trimmed line text. */
export interface MatchRange {
  start: number;
  end: number;
}

interface CompiledRuleBase {
  id: string;
  pack: string;
  definition: RuleDefinition;
}

export interface PatternRule extends CompiledRuleBase {
  zone: Zone;
  action: Action;
  /** The rule's limit, or less when no line of more words can match its pattern (see maxMatchWords). */
  maxWords: number;
  maxChars: number;
  block: { maxLines: number; maxWords: number } | undefined;
  /** The pattern as one expression (every match kind becomes one); `find` runs it. */
  regex: RegExp;
  find(text: string): MatchRange | undefined;
}

export type DetectorRule<K extends DetectDefinition['kind'] = DetectDefinition['kind']> = CompiledRuleBase & {
  params: Extract<DetectDefinition, { kind: K }>;
};

/**
 * Rules compiled once (compileRules(), compileRuleSet()) and shared by every call, stream and worker
 * that uses them: pass it as `rules`. Its compiled parts are the engine's own and not part of the
 * package's types (they are marked internal and left out of the published declarations).
 */
export interface RuleSet {
  /** The rule files it was compiled from, in load order, as read (rules turned off with `disable` included). */
  readonly packs: readonly RulePack[];
  /** @internal The enabled `match` rules, compiled. */
  patterns: readonly PatternRule[];
  /** @internal Rejects, with one test, lines that no pattern rule could match. */
  prefilter: LinePrefilter;
  /** @internal */
  breadcrumb: DetectorRule<'breadcrumb'> | undefined;
  /** @internal */
  repeatedParagraph: DetectorRule<'repeated-paragraph'> | undefined;
  /** @internal Settings of the page analysis, from the files' `page:` sections. */
  page: PageModel;
}

/** Whether a value is a RuleSet the compile functions made (with its compiled parts), not an object shaped like its public type. */
export const isCompiledRuleSet = (value: RuleSet): boolean => typeof (value as Partial<RuleSet> | null)?.prefilter?.candidates === 'function';

/** How packs are compiled into a RuleSet. */
export interface CompileOptions {
  /** Rule ids to leave out; an unknown id is an error, so a typo cannot silently keep a rule on. */
  disable?: readonly string[];
  /** Budget of the ReDoS check that every `regex` rule must pass. */
  patternCheck?: PatternCheckOptions;
  /** @internal Where the packs' paths came from, which a message tells the user to add a pack's file to (check-rules: its FILE arguments). */
  pathsFrom?: string;
}

/** What compileRules() loads, besides how it compiles. */
export interface RuleSetOptions extends CompileOptions {
  /** Load the packs shipped in `rules/` (default true). */
  defaultRules?: boolean;
  /** More rule files or directories, loaded after the defaults. */
  rulePaths?: readonly string[];
}

/**
 * Loads the default packs plus `rulePaths` and compiles them: the one call an ingestion worker makes
 * at start-up. (`--jobs` threads get packs the main thread loaded and checked: compileCheckedPacks.)
 */
export function compileRules(options: RuleSetOptions = {}): RuleSet {
  const paths = [...(options.defaultRules === false ? [] : [DEFAULT_RULES_DIR]), ...(options.rulePaths ?? [])];
  return compileRuleSet(loadRuleFiles(paths), options);
}

/** Compiles packs already loaded (loadRuleFiles(), parseRulePack()), in the order given: what compileRules() does after loading. */
export function compileRuleSet(packs: readonly RulePack[], options: CompileOptions = {}): RuleSet {
  const ruleSet = compileCheckedPacks(packs, options.disable, options.pathsFrom);
  assertPatternsSafe(packs, ruleSet.patterns, options.patternCheck);
  return ruleSet;
}

/**
 * compileRuleSet without the ReDoS check, for packs whose patterns another thread has checked
 * already (a --jobs worker gets them from the main thread). Not exported from the package.
 */
export function compileCheckedPacks(packs: readonly RulePack[], disable: readonly string[] = [], pathsFrom = GIVEN_RULE_PATHS): RuleSet {
  const seen = new Map<string, string>();
  for (const pack of packs) {
    for (const rule of pack.rules) {
      const earlier = seen.get(rule.id);
      if (earlier !== undefined) {
        throw new BoilerstripError('E_RULE_DUPLICATE', `${pack.file}: rule "${rule.id}" is already defined in ${earlier}. Rule ids must be unique; rename one of them.`, {
          file: pack.file,
          ruleId: rule.id,
        });
      }
      seen.set(rule.id, pack.file);
    }
  }
  assertNamedPacksKnown(packs, pathsFrom);
  const disabled = new Set(disable);
  for (const id of disabled) {
    if (!seen.has(id)) throw new BoilerstripError('E_RULE_UNKNOWN', `cannot disable rule "${id}" ${settingNames('--disable', 'disable')}: no loaded rule has that id. Correct the id; --list-rules lists the loaded ones.`, { ruleId: id });
  }

  const patterns: PatternRule[] = [];
  let breadcrumb: RuleSet['breadcrumb'];
  let repeatedParagraph: RuleSet['repeatedParagraph'];
  for (const pack of packs) {
    for (const definition of pack.rules) {
      if (disabled.has(definition.id)) continue;
      const base = { id: definition.id, pack: pack.name, definition };
      if (definition.match !== undefined) {
        patterns.push(compilePattern(base, definition.match, pack.file));
      } else if (definition.detect?.kind === 'breadcrumb') {
        breadcrumb ??= { ...base, params: definition.detect };
      } else if (definition.detect?.kind === 'repeated-paragraph') {
        repeatedParagraph ??= { ...base, params: definition.detect };
      }
    }
  }
  return { packs, patterns, prefilter: compilePrefilter(patterns), breadcrumb, repeatedParagraph, page: compilePageModel(packs.map((pack) => pack.page)) };
}

/**
 * Refuses a `page:` setting that names a pack (PACK_NAME_SETTINGS) that is neither loaded nor
 * shipped: a typo there would silently turn the feature off. A shipped pack left unloaded
 * (`--no-default-rules`) is no typo; it just removes nothing.
 */
function assertNamedPacksKnown(packs: readonly RulePack[], pathsFrom: string): void {
  const loaded = new Set(packs.map((pack) => pack.name));
  for (const pack of packs) {
    for (const { setting, name } of namedPacks(pack.page)) {
      if (loaded.has(name)) continue;
      const shipped = shippedPackNames().filter((shippedName) => !loaded.has(shippedName));
      if (shipped.includes(name)) continue;
      const known = [...new Set([...packs.filter((other) => other.rules.length > 0).map((other) => other.name), ...shipped])].sort();
      throw new BoilerstripError('E_RULE_UNKNOWN', `${pack.file}: page: ${setting} names pack "${name}", which no loaded rule file holds rules for. Known packs: ${known.join(', ')}. A pack is named after its file (rules/related.yaml is "related"); correct the name, or add the file of that pack to ${pathsFrom}.`, { file: pack.file });
    }
  }
}

/** The names of the packs shipped with the package, default and optional; read only when a name is not among the loaded ones. */
const shippedPackNames = (): string[] => listRuleFiles([DEFAULT_RULES_DIR, OPTIONAL_RULES_DIR]).map((file) => basename(file, extname(file)));

/**
 * Refuses a `regex` rule, or a pattern of a `page:` section, that recheck cannot prove free of
 * catastrophic backtracking. The shipped packs' patterns (default and optional) were checked ahead
 * of time (rules/checked-patterns.json, keyed by pattern and flags); any other pattern is checked
 * now. The verdict is the pattern's, whatever file holds it, so a user's copy of a shipped pack is
 * trusted as the pack is, and loads without the minute a live check of its patterns takes.
 */
function assertPatternsSafe(packs: readonly RulePack[], patterns: readonly PatternRule[], options: PatternCheckOptions | undefined): void {
  const toCheck = declaredPatterns({ packs, patterns }).filter(({ regex }) => !(options?.preChecked !== false && isPreChecked(regex)));
  if (toCheck.length === 0) return;
  const verdicts = checkPatterns(toCheck.map(({ regex }) => regex), options);
  toCheck.forEach((pattern, index) => {
    const verdict = verdicts[index]!;
    if (verdict.safe) return;
    const { regex, file, ruleId } = pattern;
    const where = ruleId === undefined ? patternHolder(pattern) : `rule "${ruleId}"`;
    throw new BoilerstripError('E_RULE_UNSAFE', `${file}: ${where}: regular expression /${regex.source}/ is refused: ${verdict.reason}. Rewrite it so that no two adjacent parts can match the same text (e.g. \\s* next to [^x]*), or use a literal match kind.`, {
      file,
      ...(ruleId === undefined ? {} : { ruleId }),
    });
  });
}

/** A pattern a rule file declares, with where it was declared. */
export interface DeclaredPattern {
  regex: RegExp;
  file: string;
  /** The rule that holds it; undefined for a pattern of the `page:` section. */
  ruleId?: string;
  /** The `page:` setting that holds it (`line.tableRowPatterns`), for a pattern of that section. */
  setting?: string;
}

/** The regular expressions written in the rule files (`regex` rules, `page:` patterns): what the ReDoS check must pass. */
export function declaredPatterns({ packs, patterns }: { packs: readonly RulePack[]; patterns: readonly PatternRule[] }): DeclaredPattern[] {
  const fileOf = new Map(packs.flatMap((pack) => pack.rules.map((rule) => [rule.id, pack.file] as const)));
  return [
    ...patterns.filter((rule) => rule.definition.match?.regex !== undefined).map((rule) => ({ regex: rule.regex, file: fileOf.get(rule.id)!, ruleId: rule.id })),
    ...packs.flatMap((pack) => pageSectionPatterns(pack.page).map(({ setting, regex }) => ({ regex, file: pack.file, setting }))),
  ];
}

/** How rules/checked-patterns.json names the holder of a pattern. */
export const patternHolder = ({ ruleId, setting }: DeclaredPattern): string => ruleId ?? `page: ${setting}`;

function compilePattern(base: CompiledRuleBase, match: MatchDefinition, file: string): PatternRule {
  const { definition } = base;
  const regex = toRegExp(match, file, definition.id);
  const defaultMaxWords = definition.action === 'strip' ? null : DEFAULT_MAX_WORDS;
  const maxWords = definition.maxWords === undefined ? defaultMaxWords : definition.maxWords;
  return {
    ...base,
    zone: definition.zone,
    action: definition.action,
    maxWords: Math.min(maxWords ?? Infinity, patternMaxWords(regex) ?? Infinity),
    maxChars: definition.maxChars ?? Infinity,
    block: definition.action === 'drop-block' ? { ...DEFAULT_BLOCK, ...definition.block } : undefined,
    regex,
    find(text) {
      const found = regex.exec(text);
      return found === null ? undefined : { start: found.index, end: found.index + found[0].length };
    },
  };
}

const escapeLiteral = (literal: string): string => literal.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** Every match kind becomes one anchored regular expression, so matching has a single code path. */
function toRegExp(match: MatchDefinition, file: string, ruleId: string): RegExp {
  const alternatives = (value: string | string[]): string[] => (typeof value === 'string' ? [value] : value);
  const literals = (value: string | string[]): string => alternatives(value).map(escapeLiteral).join('|');
  let source: string;
  if (match.equals !== undefined) source = `^(?:${literals(match.equals)})$`;
  else if (match.prefix !== undefined) source = `^(?:${literals(match.prefix)})`;
  else if (match.suffix !== undefined) source = `(?:${literals(match.suffix)})$`;
  else if (match.contains !== undefined) source = `(?:${literals(match.contains)})`;
  else source = alternatives(match.regex ?? []).map((pattern) => `(?:${pattern})`).join('|');
  try {
    return new RegExp(source, match.ignoreCase ? 'iu' : 'u');
  } catch (cause) {
    throw new BoilerstripError('E_RULE_REGEX', `${file}: rule "${ruleId}": invalid regular expression: ${(cause as Error).message}. Patterns use JavaScript syntax with the u flag.`, {
      file,
      ruleId,
    });
  }
}
