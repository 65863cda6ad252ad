import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import yargs from 'yargs';
import { failingExamples, ORDINARY_PROSE_FILE, proseLinesActedOn } from '../api/rule-examples.js';
import { counted } from '../counted.js';
import { BoilerstripError } from '../errors.js';
import { PACKAGE_VERSION, usageError } from './arguments.js';
import { messageLine } from './messages.js';
import type { StandardStreams } from './run.js';
import { compileRuleSet } from '../rules/compile.js';
import { CHECK_RULES_FILES, DEFAULT_RULES_DIR, listRuleFiles, loadRuleFiles, loadRulePaths, type RulePack } from '../rules/load.js';

/** Exit status of check-rules: 0 when every file is valid and every example holds (warnings allowed), 2 otherwise. */
export type CheckRulesStatus = 0 | 2;

/** Shown for each rule that acts on ordinary prose; the rest are counted. */
const PROSE_LINES_SHOWN = 3;

/**
 * `boilerstrip check-rules FILE...`: what a rule author runs before using a rule file. Each file is
 * validated and compiled alongside the default packs (so ids must not clash with them), each rule's
 * examples must hold, and a rule that removes lines of ordinary prose earns a warning.
 */
export async function checkRules(argv: string[], io: StandardStreams): Promise<CheckRulesStatus> {
  const args = await yargs(argv)
    .scriptName('boilerstrip check-rules')
    .usage('$0 FILE...\n\nValidates rule files, runs each rule\'s examples, and warns about rules that remove lines of ordinary prose.')
    .option('default-rules', { type: 'boolean', default: true, describe: 'Check ids against the built-in packs (--no-default-rules to leave them out)' })
    .strictOptions()
    .version(PACKAGE_VERSION)
    .alias('h', 'help')
    .alias('V', 'version')
    .exitProcess(true)
    .fail((message, error) => {
      throw usageError(message, error, 'boilerstrip check-rules --help');
    })
    .parseAsync();

  const paths = args._.map(String);
  // Counted here rather than by yargs' demandCommand, which would answer `--bogus x.yaml` (an
  // unknown option taking x.yaml as its value) with "name a file" instead of naming the option.
  if (paths.length === 0) throw usageError('name at least one rule file or directory', undefined, 'boilerstrip check-rules --help');
  // A default pack named on the command line is checked as itself, not as a clash with itself.
  const named = new Set(paths.flatMap((path) => listRuleFilesOrNone(path)).map((file) => resolve(file)));
  const defaults = args['default-rules'] ? loadRuleFiles([DEFAULT_RULES_DIR]).filter((pack) => !named.has(resolve(pack.file))) : [];
  let errors = 0;
  let warnings = 0;
  const report = (stream: Writable, line: string) => stream.write(`${line}\n`);
  const loaded = paths.map((path) => {
    try {
      return loadRulePaths([path], CHECK_RULES_FILES);
    } catch (error) {
      if (!(error instanceof BoilerstripError)) throw error;
      return error;
    }
  });
  for (const [index, packs] of loaded.entries()) {
    try {
      if (packs instanceof BoilerstripError) throw packs;
      compileRuleSet([...defaults, ...packs, ...namesOfOthers(loaded, index)], { pathsFrom: CHECK_RULES_FILES });
    } catch (error) {
      if (!(error instanceof BoilerstripError)) throw error;
      errors++;
      io.stderr.write(messageLine(error.message));
      continue;
    }
    for (const pack of packs) {
      const problems = checkPack(pack);
      for (const problem of problems) io.stderr.write(messageLine(`${pack.file}: rule "${problem.ruleId}": ${problem.message}`, problem.level));
      errors += problems.filter((problem) => problem.level === 'error').length;
      warnings += problems.filter((problem) => problem.level === 'warning').length;
      const examples = pack.rules.reduce((sum, rule) => sum + rule.examples.drop.length + rule.examples.keep.length, 0);
      if (problems.length === 0) report(io.stdout, `${pack.file}: ok (${counted(pack.rules.length, 'rule')}, ${counted(examples, 'example')})`);
    }
  }
  report(io.stdout, `check-rules: ${counted(errors, 'error')}, ${counted(warnings, 'warning')}`);
  return errors > 0 ? 2 : 0;
}

/**
 * The packs the other FILEs hold, standing in empty, so that a `page:` setting may name a pack of
 * another FILE (as a run with both files loaded would) while each FILE's rules are checked on their own.
 */
const namesOfOthers = (loaded: readonly (RulePack[] | BoilerstripError)[], index: number): RulePack[] =>
  loaded.flatMap((packs, other) => (other === index || packs instanceof BoilerstripError ? [] : packs.map(({ name, file }) => ({ name, file, rules: [] }))));

/** A path that cannot be listed is reported when the loop below loads it. */
function listRuleFilesOrNone(path: string): string[] {
  try {
    return listRuleFiles([path], CHECK_RULES_FILES);
  } catch {
    return [];
  }
}

interface Problem {
  level: 'error' | 'warning';
  ruleId: string;
  message: string;
}

function checkPack(pack: RulePack): Problem[] {
  return pack.rules.flatMap((rule): Problem[] => {
    const problems: Problem[] = failingExamples(pack, rule).map(({ expected, index, example }) => ({
      level: 'error',
      ruleId: rule.id,
      message: expected === 'drop' ? `drop example ${index} is not removed: ${JSON.stringify(example)}` : `keep example ${index} loses a line: ${JSON.stringify(example)}`,
    }));
    if (rule.examples.drop.length === 0) problems.push({ level: 'warning', ruleId: rule.id, message: 'has no drop example, so nothing shows that it works' });
    const prose = proseLinesActedOn(pack, rule);
    if (prose.length > 0) {
      const shown = prose.slice(0, PROSE_LINES_SHOWN).map(({ line, text }) => `${line}: ${JSON.stringify(text)}`);
      const more = prose.length > PROSE_LINES_SHOWN ? `, and ${prose.length - PROSE_LINES_SHOWN} more` : '';
      problems.push({
        level: 'warning',
        ruleId: rule.id,
        message: `removes ${counted(prose.length, 'line')} of ordinary prose (${ORDINARY_PROSE_FILE} line ${shown.join('; ')}${more}); tighten its pattern or guards, or add such lines to its keep examples`,
      });
    }
    return problems;
  });
}
