import { setFlagsFromString } from 'node:v8';

/**
 * Compiles each regular expression once, to machine code, at its first run. V8's default compiles
 * it first to bytecode for an interpreter and then, from its second run, again to machine code:
 * the rules and the page analysis hold a few hundred expressions with the `i` and `u` flags, whose
 * case folding and Unicode classes make each compile dear, and almost all of them run on thousands
 * of lines. The second compile was a tenth of the instructions of 3 MB of text (callgrind, 8.93 G
 * against 8.09 G with every expression compiled once) and is paid again by each --jobs worker.
 */
const TIER_UP_OPTION = /--(?:no[-_])?regexp[-_]tier[-_]up/;

/** Whether node was started with its own choice of regular-expression tiers (`--regexp-tier-up-ticks` too). */
export function userSetsRegexpTiers(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  return execArgv.some((option) => TIER_UP_OPTION.test(option)) || TIER_UP_OPTION.test(nodeOptions ?? '');
}

/** For this process and its worker threads (V8's flags are per process), unless the user chose. */
export function compileRegexpsOnce(execArgv: readonly string[] = process.execArgv, nodeOptions: string | undefined = process.env.NODE_OPTIONS): void {
  if (!userSetsRegexpTiers(execArgv, nodeOptions)) setFlagsFromString('--no-regexp-tier-up');
}
