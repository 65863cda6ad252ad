import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * Rules are code from users: a regular expression that backtracks catastrophically would hang
 * the process on one crafted line. Every `regex` rule is checked with recheck (a ReDoS checker)
 * before any input is read, and refused unless it is proved safe. Literal match kinds compile to
 * alternations of escaped strings with no quantifier, which cannot backtrack, so they skip it.
 *
 * recheck runs with no time limit at all, so that its verdict depends on the pattern alone. Its
 * fuzzing (long patterns, large repeat counts) counted a run that overran its time (250 ms while
 * breeding strings, 1 s per attack) as a successful attack: on a busy machine the shipped
 * legal-footer-link rule was refused once as polynomial, then passed; with the breeding limit cut to
 * 1-20 ms, as a slower machine would see it, it was refused in 7 of 9 checks. Its runs are now
 * bounded by characters read only (the fixed random seed was already there). Only a checker that
 * runs past PatternCheckOptions.timeoutMs a pattern is stopped, as hung, and its patterns refused.
 */

export interface PatternToCheck {
  source: string;
  flags: string;
}

/** `transient`: the checker process was killed or failed, so the pattern has no verdict of its own. */
export type PatternVerdict = { safe: true; complexity: string } | { safe: false; reason: string; transient?: boolean };

export interface PatternCheckOptions {
  /**
   * Wall time allowed per pattern before the checker process is stopped as hung (default 60 s);
   * every pattern of that run is then refused. recheck itself has no time limit.
   */
  timeoutMs?: number;
  /** Trust rules/checked-patterns.json for the patterns it lists, whatever file holds them (default true); false checks them too. */
  preChecked?: boolean;
}

// Only a hang guard: the default packs, all checked live, took 61.5 s in all at a load average of 6.8.
const DEFAULT_PATTERN_CHECK_TIMEOUT_MS = 60_000;

/**
 * recheck's parameters: no time limit of any kind, and attack runs bounded by characters read.
 * recheck's default bound (1.5e9 characters) makes a pattern whose strings need breeding take
 * minutes to clear (a 60-character bounded repeat: 256 s); 1e7 took 13 s for it, and a pattern
 * that is really polynomial still overruns the bound, as the attack length is derived from it.
 */
const CHECKER_PARAMETERS = { timeout: null, seedingTimeout: null, incubationTimeout: null, attackTimeout: null, attackLimit: 10_000_000 } as const;

/** The default packs' patterns, checked ahead of time by `npm run rules:check-patterns`. */
export const CHECKED_PATTERNS_FILE = fileURLToPath(new URL('../../rules/checked-patterns.json', import.meta.url));

export interface CheckedPatternsFile {
  description: string;
  /** patternKey → the rule that holds the pattern and recheck's verdict on it. */
  patterns: Record<string, { rule: string; complexity: string }>;
}

/** Identifies a pattern by its source and flags, whatever rule holds it. */
export function patternKey({ source, flags }: PatternToCheck): string {
  return createHash('sha256').update(`/${source}/${flags}`).digest('hex').slice(0, 32);
}

let checkedDefaults: ReadonlySet<string> | undefined;

/** Whether `npm run rules:check-patterns` recorded this pattern as safe. */
export function isPreChecked(pattern: PatternToCheck): boolean {
  checkedDefaults ??= new Set(Object.keys((JSON.parse(readFileSync(CHECKED_PATTERNS_FILE, 'utf8')) as CheckedPatternsFile).patterns));
  return checkedDefaults.has(patternKey(pattern));
}

/** Verdicts already reached in this process, so a rule set compiled twice is checked once. */
const verdicts = new Map<string, PatternVerdict>();

/**
 * Checks patterns for catastrophic backtracking, in one child process for all of them. The child
 * is killed if it overruns its budget, so a checker that itself misbehaves cannot hang boilerstrip.
 */
export function checkPatterns(patterns: readonly PatternToCheck[], options: PatternCheckOptions = {}): PatternVerdict[] {
  const pending = new Map<string, PatternToCheck>();
  for (const pattern of patterns) if (!verdicts.has(patternKey(pattern))) pending.set(patternKey(pattern), pattern);
  const fresh = new Map<string, PatternVerdict>();
  if (pending.size > 0) {
    const results = runChecker([...pending.values()], options.timeoutMs ?? DEFAULT_PATTERN_CHECK_TIMEOUT_MS);
    [...pending.keys()].forEach((key, index) => {
      const verdict = results[index]!;
      fresh.set(key, verdict);
      // A killed or failed checker said nothing of the pattern, so only the checker's own verdicts are remembered.
      if (verdict.safe || !verdict.transient) verdicts.set(key, verdict);
    });
  }
  return patterns.map((pattern) => verdicts.get(patternKey(pattern)) ?? fresh.get(patternKey(pattern))!);
}

type CheckerResult = { status: 'safe'; complexity: string } | { status: 'vulnerable'; complexity: string; attack: string } | { status: 'unknown'; error: string };

/** Runs in the child: reads the patterns as JSON on stdin, writes one result per pattern on stdout. */
const CHECKER_SCRIPT = `
const { check } = require(process.argv[1]);
const parameters = JSON.parse(process.argv[2]);
let input = '';
process.stdin.setEncoding('utf8').on('data', (text) => (input += text)).on('end', async () => {
  const results = [];
  for (const { source, flags } of JSON.parse(input)) {
    const found = await check(source, flags, parameters);
    if (found.status === 'safe') results.push({ status: 'safe', complexity: found.complexity.summary });
    else if (found.status === 'vulnerable') results.push({ status: 'vulnerable', complexity: found.complexity.summary, attack: found.attack.pattern });
    else results.push({ status: 'unknown', error: String(found.error && (found.error.kind || found.error.message)) });
  }
  process.stdout.write(JSON.stringify(results));
  process.exit(0);
});
`;

/** Time for the child to start and load recheck, on top of the per-pattern budget. */
const STARTUP_ALLOWANCE_MS = 5_000;

function runChecker(patterns: readonly PatternToCheck[], timeoutMs: number): PatternVerdict[] {
  const recheck = createRequire(import.meta.url).resolve('recheck');
  const budgetMs = STARTUP_ALLOWANCE_MS + timeoutMs * patterns.length;
  const child = spawnSync(process.execPath, ['-e', CHECKER_SCRIPT, recheck, JSON.stringify(CHECKER_PARAMETERS)], {
    input: JSON.stringify(patterns.map(({ source, flags }) => ({ source, flags }))),
    encoding: 'utf8',
    timeout: budgetMs,
    killSignal: 'SIGKILL',
    maxBuffer: 64 << 20,
  });
  if (child.error !== undefined || child.status !== 0) {
    const why =
      (child.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT'
        ? `did not finish within ${budgetMs} ms and was stopped`
        : `failed (${child.error?.message ?? child.stderr.trim().split('\n')[0] ?? `exit ${child.status}`})`;
    return patterns.map(() => ({ safe: false, transient: true, reason: `the ReDoS checker ${why}, so the pattern could not be proved safe` }));
  }
  return (JSON.parse(child.stdout) as CheckerResult[]).map((result) => {
    if (result.status === 'safe') return { safe: true, complexity: result.complexity };
    if (result.status === 'vulnerable') {
      return { safe: false, reason: `it can backtrack catastrophically (${result.complexity}); an attack string such as ${result.attack} makes matching take that long` };
    }
    return { safe: false, reason: `the ReDoS checker could not prove it safe (${result.error})` };
  });
}
