/**
 * Explains a poorly scored document: which rules fired, which boilerplate
 * lines survived and which content lines were cut.
 */
import type { Removal } from '../../src/index.js';
import { countWindows, SHINGLE_SIZE, tokenize } from './metric.js';

export interface Diagnosis {
  /** Rule ids by lines removed, most first. */
  topRules: Array<{ ruleId: string; lines: number }>;
  /** Lines of the cleaned output that are mostly not gold text. */
  boilerplateLeft: string[];
  /** Dropped lines that are mostly gold text. */
  contentRemoved: string[];
}

const TOP_RULES = 3;
const EXAMPLES = 3;
/** A line "is gold" when at least this share of its windows occurs in gold. */
const GOLD_SHARE = 0.5;

export function diagnose(cleaned: string, removals: readonly Removal[], gold: string): Diagnosis {
  const inGold = goldOverlapOf(gold);
  return {
    topRules: countRules(removals).slice(0, TOP_RULES),
    boilerplateLeft: firstLines(cleaned.split('\n'), inGold, ({ share }) => share < GOLD_SHARE),
    // A lone token found in gold ("12", "London") is as likely chance as content.
    contentRemoved: firstLines(
      removals.filter((removal) => removal.verdict === 'drop').map((removal) => removal.text),
      inGold,
      ({ share, tokens }) => tokens > 1 && share >= GOLD_SHARE,
    ),
  };
}

function countRules(removals: readonly Removal[]): Diagnosis['topRules'] {
  const counts = new Map<string, number>();
  for (const { ruleId } of removals) counts.set(ruleId, (counts.get(ruleId) ?? 0) + 1);
  return [...counts]
    .map(([ruleId, lines]) => ({ ruleId, lines }))
    .sort((a, b) => b.lines - a.lines);
}

interface GoldOverlap {
  tokens: number;
  /** Share of the line's token windows that occur in gold. */
  share: number;
}

/** First EXAMPLES lines with tokens whose overlap with gold is `wanted`. */
function firstLines(
  lines: readonly string[],
  inGold: (line: string) => GoldOverlap | undefined,
  wanted: (overlap: GoldOverlap) => boolean,
): string[] {
  const found: string[] = [];
  for (const line of lines) {
    const overlap = inGold(line);
    if (overlap && wanted(overlap)) found.push(line.trim());
    if (found.length === EXAMPLES) break;
  }
  return found;
}

/**
 * How much of a line occurs in gold, or undefined for a line without tokens.
 * Windows are the metric's shingles, shrunk to the line's length for short
 * lines, so "Home" or "Print this article" is judged by whether that exact run
 * of words occurs in gold, not merely its tokens.
 */
function goldOverlapOf(gold: string): (line: string) => GoldOverlap | undefined {
  const goldTokens = tokenize(gold);
  const goldWindows = new Map<number, Set<string>>();
  const windowsOfSize = (size: number): Set<string> => {
    let windows = goldWindows.get(size);
    if (!windows) {
      windows = new Set(countWindows(goldTokens, size).keys());
      goldWindows.set(size, windows);
    }
    return windows;
  };
  return (line) => {
    const tokens = tokenize(line);
    if (tokens.length === 0) return undefined;
    const size = Math.min(SHINGLE_SIZE, tokens.length);
    const known = windowsOfSize(size);
    let total = 0;
    let found = 0;
    for (const [window, count] of countWindows(tokens, size)) {
      total += count;
      if (known.has(window)) found += count;
    }
    return { tokens: tokens.length, share: found / total };
  };
}
