import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Yaml from 'yaml';
import { BoilerstripError, fileSystemReason, settingNames } from '../errors.js';
import { pageSchema, pageSectionIssues, type PageSection } from './page-schema.js';
import { precompiledPack } from './precompiled.js';
import { ruleSchemas, type RuleDefinition } from './schema.js';
import { formatSchemaIssues } from './schema-issues.js';

/** A rule file once read and validated: its rules in file order, named after the file. */
export interface RulePack {
  /** The file's name without its extension (`rules/related.yaml` is `related`): what `page:` settings and --list-rules call it. */
  name: string;
  /** The path it was read from, as given (the name messages show). */
  file: string;
  /** The file's `description:`. */
  description?: string;
  /** Its rules, validated, with their defaults filled in. */
  rules: RuleDefinition[];
  /** The file's `page:` section, validated, as written. */
  page?: PageSection;
}

/** The packs shipped in the package's own `rules/` folder. */
export const DEFAULT_RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

/** Packs shipped with the package but loaded only on request (`--rules rules/optional/NAME.yaml`). */
export const OPTIONAL_RULES_DIR = fileURLToPath(new URL('../../rules/optional/', import.meta.url));

const RULE_FILE_EXTENSIONS = new Set(['.yaml', '.yml']);

/**
 * Where rule paths came from, as a message about one names it (what to check, where to add a
 * pack's file): a run's --rules and the library's rulePaths by default; check-rules takes its
 * paths as FILE arguments.
 */
export const GIVEN_RULE_PATHS = `the rule paths ${settingNames('--rules', 'rulePaths')}`;
export const CHECK_RULES_FILES = 'the FILE arguments of check-rules';

/** Expands files and directories (their *.yaml / *.yml, sorted; a directory without one is an error) into rule file paths. */
export function listRuleFiles(paths: readonly string[], pathsFrom: string = GIVEN_RULE_PATHS): string[] {
  return paths.flatMap((path) => {
    if (path === '') throw new BoilerstripError('E_RULE_FILE', `a rule path is empty (""): name a rule file, or a directory of them. Check ${pathsFrom}.`, { file: path });
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (cause) {
      throw new BoilerstripError('E_RULE_FILE', `cannot read rule path ${path}: ${fileSystemReason(cause)}. Check ${pathsFrom}.`, { file: path });
    }
    if (!isDirectory) return [path];
    const files = readdirSync(path).filter((name) => RULE_FILE_EXTENSIONS.has(extname(name)));
    // A misspelt or emptied folder would otherwise load no rule with no word said.
    if (files.length === 0) throw new BoilerstripError('E_RULE_FILE', `rule directory ${path} holds no .yaml or .yml file. Check ${pathsFrom}.`, { file: path });
    return files.sort().map((name) => join(path, name));
  });
}

/** Reads, validates and names the packs of rule files and directories (each directory's *.yaml and *.yml, sorted), in order. */
export function loadRuleFiles(paths: readonly string[]): RulePack[] {
  return loadRulePaths(paths, GIVEN_RULE_PATHS);
}

/** loadRuleFiles, for paths that came from `pathsFrom` (check-rules' FILE arguments), which messages tell the user to check. */
export function loadRulePaths(paths: readonly string[], pathsFrom: string): RulePack[] {
  return readRuleFiles(paths, pathsFrom).map(({ file, source }) => precompiledPack(file, source) ?? parseRulePack(source, file));
}

/** The text of every rule file the paths name, in load order. */
export function readRuleFiles(paths: readonly string[], pathsFrom: string = GIVEN_RULE_PATHS): { file: string; source: string }[] {
  return listRuleFiles(paths, pathsFrom).map((file) => {
    try {
      return { file, source: readFileSync(file, 'utf8') };
    } catch (cause) {
      throw new BoilerstripError('E_RULE_FILE', `cannot read rule file ${file}: ${fileSystemReason(cause)}. Check that it is a readable file.`, { file });
    }
  });
}

let yaml: typeof Yaml | undefined;

/** Parses and validates one rule file's text; `file` names it in messages and gives the pack its name. */
export function parseRulePack(source: string, file: string): RulePack {
  // Loaded on first use, like the schemas: precompiled packs need no YAML parser.
  yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  const { ruleFileSchema, ruleSchema } = ruleSchemas();
  const lineCounter = new yaml.LineCounter();
  const document = yaml.parseDocument(source, { lineCounter });
  const yamlError = document.errors[0];
  if (yamlError !== undefined) {
    const line = lineCounter.linePos(yamlError.pos[0]).line;
    // The parser's first line ends with a colon before the excerpt it shows on the next lines.
    const problem = yamlError.message.split('\n')[0]!.replace(/:$/, '');
    throw new BoilerstripError('E_RULE_FILE', `${file}${line ? `:${line}` : ''}: not valid YAML: ${problem}. Fix the YAML there; a rule file is "rules:" followed by a list of rules.`, { file, ...(line ? { line } : {}) });
  }
  const parsedFile = ruleFileSchema.safeParse(document.toJS());
  if (!parsedFile.success) {
    throw new BoilerstripError('E_RULE_SCHEMA', `${file}: ${formatSchemaIssues(parsedFile.error.issues, ruleFileSchema)}. A rule file is "rules:" followed by a list of rules.`, { file });
  }
  const { page } = parsedFile.data;
  const pageIssues = page === undefined ? undefined : pageSectionIssues(page);
  if (pageIssues !== undefined) {
    throw new BoilerstripError('E_RULE_SCHEMA', `${file}: page: ${formatSchemaIssues(pageIssues, pageSchema())}. The settings are described in rules/README.md ("How the page analysis decides") and rules/page.yaml.`, { file });
  }
  const rules = parsedFile.data.rules.map((raw, index) => {
    const parsedRule = ruleSchema.safeParse(raw);
    if (parsedRule.success) return parsedRule.data;
    const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : undefined;
    const where = id !== undefined ? `rule "${id}"` : `rule #${index + 1}`;
    throw new BoilerstripError('E_RULE_SCHEMA', `${file}: ${where}: ${formatSchemaIssues(parsedRule.error.issues, ruleSchema)}. See "Rules" in the README for the format.`, {
      file,
      ...(id !== undefined ? { ruleId: id } : {}),
    });
  });
  const name = basename(file, extname(file));
  return { name, file, ...(parsedFile.data.description ? { description: parsedFile.data.description } : {}), rules, ...(page ? { page } : {}) };
}
