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
 */

export interface PatternToCheck {
  source: string;
  flags: string;
}

/** `transient`: the verdict came from running out of time, and a larger budget might change it. */
export type PatternVerdict = { safe: true; complexity: string } | { safe: false; reason: string; transient?: boolean };

export interface PatternCheckOptions {
  /** How long recheck may spend on one pattern before it counts as unproved (default 10 s). */
  timeoutMs?: number;
  /** Trust rules/checked-patterns.json for the patterns it lists, whatever file holds them (default true); false checks them too. */
  preChecked?: boolean;
}

export const DEFAULT_PATTERN_CHECK_TIMEOUT_MS = 10_000;

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
      // An unproved verdict (a timeout) depends on the budget, so only firm verdicts are remembered.
      if (verdict.safe || !verdict.transient) verdicts.set(key, verdict);
    });
  }
  return patterns.map((pattern) => verdicts.get(patternKey(pattern)) ?? fresh.get(patternKey(pattern))!);
}

type CheckerResult = { status: 'safe'; complexity: string } | { status: 'vulnerable'; complexity: string; attack: string } | { status: 'unknown'; error: string };

/** Runs in the child: reads the patterns as JSON on stdin, writes one result per pattern on stdout. */
const CHECKER_SCRIPT = `
const { check } = require(process.argv[1]);
const timeout = Number(process.argv[2]);
let input = '';
process.stdin.setEncoding('utf8').on('data', (text) => (input += text)).on('end', async () => {
  const results = [];
  for (const { source, flags } of JSON.parse(input)) {
    const found = await check(source, flags, { timeout });
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
  const child = spawnSync(process.execPath, ['-e', CHECKER_SCRIPT, recheck, String(timeoutMs)], {
    input: JSON.stringify(patterns.map(({ source, flags }) => ({ source, flags }))),
    encoding: 'utf8',
    timeout: budgetMs,
    killSignal: 'SIGKILL',
    maxBuffer: 64 << 20,
  });
  if (child.error !== undefined || child.status !== 0) {
    const why = (child.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT' ? `did not finish within ${budgetMs} ms` : `failed (${child.error?.message ?? child.stderr.trim().split('\n')[0] ?? `exit ${child.status}`})`;
    return patterns.map(() => ({ safe: false, transient: true, reason: `the ReDoS checker ${why}, so the pattern could not be proved safe` }));
  }
  return (JSON.parse(child.stdout) as CheckerResult[]).map((result) => {
    if (result.status === 'safe') return { safe: true, complexity: result.complexity };
    if (result.status === 'vulnerable') {
      return { safe: false, reason: `it can backtrack catastrophically (${result.complexity}); an attack string such as ${result.attack} makes matching take that long` };
    }
    return { safe: false, transient: result.error === 'timeout', reason: `the ReDoS checker could not prove it safe (${result.error}; budget ${timeoutMs} ms per pattern)` };
  });
}
