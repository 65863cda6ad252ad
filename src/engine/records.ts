import type { Action } from '../rules/compile.js';

/** The pseudo-rule that names blank lines removed by the blank-line policy. */
export const BLANK_LINES_RULE = 'blank-lines';

/** What became of a line: kept as it was, removed, or changed by a `strip` rule (the matched part removed). */
export type Verdict = 'keep' | 'drop' | 'strip';

/** The verdict on one input line, reported in input order to whoever asked (explain, audit, removals). */
export interface LineRecord {
  /** 1-based line number within its document. */
  line: number;
  verdict: Verdict;
  /** The rule that removed or changed the line, or why a line was kept unread. */
  ruleId?: string;
  /** The pack (rule file name without extension) of that rule; `policy` for the blank-line policy. */
  pack?: string;
  /** Why a line was kept unread: longer than maxLineBytes, a document separator, or its document over the removal budget. */
  note?: 'oversized' | 'separator' | 'over-budget';
  /** When the page analysis decided the line: its feature and the values it saw (`page-menu-run words=2 …`). */
  detail?: string;
  /** The line's bytes without terminator (for an oversized line, its first piece). */
  content: Buffer;
}

export type LineObserver = (record: LineRecord) => void;

/** Where cleaned bytes go. Pieces arrive in order; an adapter may join adjacent pieces of one chunk. */
export interface Output {
  write(bytes: Buffer): void;
}

/**
 * Counters kept as lines are settled; cheap enough to keep always. Pass one to several streams
 * (`stats` option) to total them; read its fields once they have finished.
 */
export class Stats {
  /** Documents cleaned (with JSON Lines, records whose field was cleaned). */
  documents = 0;
  /** Lines read (with JSON Lines, the lines of the cleaned fields). */
  linesIn = 0;
  /** Lines written. */
  linesOut = 0;
  /** Bytes of text read, terminators included (with JSON Lines, the fields' text). */
  bytesIn = 0;
  /** Bytes of text written. */
  bytesOut = 0;
  /** Documents written unchanged because the rules would have removed more than the budget allows. */
  overBudget = 0;
  /** Documents too long to weigh against the budget, cleaned without the check. */
  unchecked = 0;
  /**
   * How the page analysis read the documents it saw (all but `--profile lines` and documents past
   * the page bounds): as whole pages or extracted article text, how many hard-wrapped, how many
   * split at inline markup, and how many in a language its function-word lists do not cover: read
   * by the shape of their lines, or left to the rules.
   */
  readonly pageAnalysis = { pages: 0, articles: 0, wrapped: 0, fragmented: 0, readByShape: 0, unreadLanguage: 0 };
  /** Lines removed (or changed, for strip rules) per rule id, blank-line policy included. */
  readonly byRule = new Map<string, { pack: string; action: Action | 'blank'; lines: number }>();

  /** @internal Counts one line removed or changed by the rule (the engine's call). */
  countRule(ruleId: string, pack: string, action: Action | 'blank'): void {
    const entry = this.byRule.get(ruleId);
    if (entry) entry.lines++;
    else this.byRule.set(ruleId, { pack, action, lines: 1 });
  }

  /** @internal Adds another's counts: a batch's, which a worker sends as a plain copy without methods. */
  add(other: Stats): void {
    addCounts(this, other);
    addCounts(this.pageAnalysis, other.pageAnalysis);
    for (const [id, { pack, action, lines }] of other.byRule) {
      const entry = this.byRule.get(id);
      if (entry) entry.lines += lines;
      else this.byRule.set(id, { pack, action, lines });
    }
  }
}

/**
 * Adds each count of `other` to the same field of `counts`: every field that holds a number, so
 * that a class of counters (Stats, JsonlCounts) lists its counts once, where it declares them.
 */
export function addCounts<T extends object>(counts: T, other: T): void {
  const target = counts as Record<string, unknown>;
  const source = other as Record<string, unknown>;
  for (const key of Object.keys(target)) if (typeof target[key] === 'number') (target[key] as number) += source[key] as number;
}
