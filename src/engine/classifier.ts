import { isUtf8 } from 'node:buffer';
import type { DetectorRule, MatchRange, PatternRule, RuleSet } from '../rules/compile.js';
import type { LineScan } from './line-scan.js';
import { readerText, startsListItem } from './reader-text.js';
import { countWords, paragraphFingerprint } from './line-text.js';

/** A line's bytes: [start, end) of `chunk`, its terminator (`eolLength` bytes) included. */
export interface LineBytes {
  chunk: Buffer;
  start: number;
  end: number;
  eolLength: number;
}

/** The rule behind a verdict, as reported. */
export interface RuleRef {
  id: string;
  pack: string;
  action: PatternRule['action'];
}

/**
 * What one non-blank line is, judged with what came before it:
 * - `content`: kept as is;
 * - `stripped`: kept with part removed (`replacement` is the new line, terminator included);
 * - `removed`: boilerplate;
 * - `tail`: boilerplate if nothing but blank lines and boilerplate follows;
 * - `await`: a possible breadcrumb, decided by the next non-blank line.
 */
export type Classification =
  | { state: 'content' }
  | { state: 'stripped'; rule: RuleRef; replacement: Buffer }
  | { state: 'removed' | 'tail'; rule: RuleRef }
  | { state: 'await'; rule: RuleRef };

const CONTENT: Classification = { state: 'content' };

/** Lines longer than this are never breadcrumb candidates; keeps the look-ahead for short lines. */
const MAX_BREADCRUMB_CHARS = 400;
/** Per-document budget of fingerprint text kept for repeat detection; past it, no new paragraphs are remembered. */
const FINGERPRINT_BUDGET_CHARS = 4 << 20;

/** A detector removes whole lines: the reference verdicts give it, made once per classifier. */
const detectorRef = (rule: DetectorRule | undefined): RuleRef | undefined => rule && { id: rule.id, pack: rule.pack, action: 'drop' };

/** Applies a rule set to the lines of one document in order, holding the little state context rules need. */
export class LineClassifier {
  private seenContent = false;
  private block: { rule: PatternRule; remaining: number } | undefined;
  private readonly fingerprints = new Set<string>();
  private fingerprintChars = 0;

  /** The detectors as verdicts name them (a pattern rule is its own reference: it has an id, a pack and an action). */
  private readonly repeatRef: RuleRef | undefined;
  private readonly breadcrumbRef: RuleRef | undefined;

  constructor(private readonly rules: RuleSet) {
    this.repeatRef = detectorRef(rules.repeatedParagraph);
    this.breadcrumbRef = detectorRef(rules.breadcrumb);
  }

  reset(): void {
    this.seenContent = false;
    this.block = undefined;
    this.fingerprints.clear();
    this.fingerprintChars = 0;
  }

  blank(): void {
    this.block = undefined;
  }

  /**
   * `lineWords` is countWords(lineText), counted once by the caller for every user of the line;
   * `scanned` is the scan of its bytes when it could read them (see LineScan), which holds its
   * paragraph fingerprint.
   */
  classify(bytes: LineBytes, lineText: string, lineWords: number, scanned?: LineScan): Classification {
    // Rules see the text a reader sees: markup reduced to its text (a scanned line without a sign of it has none).
    const text = scanned !== undefined && !scanned.markup && !startsListItem(lineText) ? lineText : readerText(lineText);
    const words = text === lineText ? lineWords : countWords(text);
    const blockRule = this.continueBlock(words);
    if (blockRule !== undefined) return { state: blockRule.zone === 'tail' ? 'tail' : 'removed', rule: blockRule };

    for (const { rule, requires } of this.rules.prefilter.candidates(text)) {
      if (words > rule.maxWords || text.length > rule.maxChars) continue;
      if (rule.zone === 'head' && this.seenContent) continue;
      // A strip rule's match is cut from the line's bytes, which only the line's own text maps to.
      if (rule.action === 'strip' && text !== lineText) continue;
      if (requires !== undefined && !requires.test(text)) continue;
      const range = rule.find(text);
      if (range === undefined) continue;
      if (rule.action === 'strip') {
        const replacement = stripRange(bytes.chunk.subarray(bytes.start, bytes.end), bytes.eolLength, range);
        if (replacement === undefined) continue;
        this.seenContent = true;
        if (replacement !== null) return { state: 'stripped', rule, replacement };
        return { state: 'removed', rule };
      }
      if (rule.action === 'drop-block') this.block = { rule, remaining: rule.block!.maxLines };
      return { state: rule.zone === 'tail' ? 'tail' : 'removed', rule };
    }

    const repeat = this.rules.repeatedParagraph;
    if (repeat !== undefined && text.length >= repeat.params.minChars) {
      // The scan's fingerprint is of the line's bytes, so of its text only where it has no markup.
      const fingerprint = scanned !== undefined && text === lineText ? scanned.fingerprint() : paragraphFingerprint(text);
      if (this.isRepeat(fingerprint, repeat.params.minChars)) return { state: 'removed', rule: this.repeatRef! };
    }

    const breadcrumb = this.rules.breadcrumb;
    if (breadcrumb !== undefined && text.length <= MAX_BREADCRUMB_CHARS && words > breadcrumb.params.minHeadlineWords) {
      return { state: 'await', rule: this.breadcrumbRef! };
    }
    this.seenContent = true;
    return CONTENT;
  }

  /**
   * The rule that names a hard-wrapped paragraph, its lines' text joined with a space (see
   * judgeWrappedParagraphs), if any: only rules that drop a line wherever it stands (zone `any`,
   * action `drop`) judge a paragraph, as a block's, a zone's and a strip's verdicts depend on the
   * lines around or map to one line's bytes. Holds no state: the paragraph was read a line at a time.
   */
  paragraphRule(joined: string): PatternRule | undefined {
    const text = readerText(joined);
    const words = countWords(text);
    for (const { rule, requires } of this.rules.prefilter.candidates(text)) {
      if (!judgesParagraphs(rule) || words > rule.maxWords || text.length > rule.maxChars) continue;
      if (requires !== undefined && !requires.test(text)) continue;
      if (rule.find(text) !== undefined) return rule;
    }
    return undefined;
  }

  /** Whether the rule's pattern names the joined lines' text, however long: a wrapped list of tags is one still. */
  patternNames(rule: PatternRule, joined: string): boolean {
    return rule.find(readerText(joined)) !== undefined;
  }

  /** A breadcrumb trail is a few words glued before the headline that the next line repeats. */
  isBreadcrumb(candidate: string, next: string): boolean {
    const params = this.rules.breadcrumb?.params;
    if (params === undefined || next.length >= candidate.length || !candidate.endsWith(next)) return false;
    const trailWords = countWords(candidate.slice(0, candidate.length - next.length));
    return trailWords >= 1 && trailWords <= params.maxTrailWords && countWords(next) >= params.minHeadlineWords;
  }

  /** A line that stayed (a breadcrumb candidate that was not one, a tail line that was not at the tail) is content. */
  markContent(): void {
    this.seenContent = true;
  }

  private continueBlock(words: number): PatternRule | undefined {
    const block = this.block;
    if (block === undefined) return undefined;
    if (block.remaining > 0 && words <= block.rule.block!.maxWords) {
      block.remaining--;
      return block.rule;
    }
    this.block = undefined;
    return undefined;
  }

  /**
   * Only a line whose letters and digits fill at least half the length guard is a paragraph: a
   * rule of dashes or a row of numbers repeats legitimately and has (almost) no text to compare.
   */
  private isRepeat(fingerprint: string, minChars: number): boolean {
    if (fingerprint.length * 2 < minChars) return false;
    if (this.fingerprints.has(fingerprint)) return true;
    if (this.fingerprintChars + fingerprint.length <= FINGERPRINT_BUDGET_CHARS) {
      this.fingerprints.add(fingerprint);
      this.fingerprintChars += fingerprint.length;
    }
    return false;
  }
}

/** Whether the rule's verdict on a line may be read on a wrapped paragraph as a whole (see paragraphRule). */
export const judgesParagraphs = (rule: RuleRef): rule is PatternRule => rule.action === 'drop' && (rule as Partial<PatternRule>).zone === 'any';

const isSpace = (char: string | undefined): boolean => char !== undefined && char.trim() === '';

/**
 * Removes a matched range (in trimmed-text offsets) from a line's bytes, with the white space
 * that joined it to the line's edge or to the next word. Returns null when nothing but white
 * space would remain, and undefined when the line is not valid UTF-8: offsets in decoded text
 * would not map back to its bytes, so the line is left alone.
 */
function stripRange(raw: Buffer, eolLength: number, range: MatchRange): Buffer | null | undefined {
  const contentEnd = raw.length - eolLength;
  const content = raw.subarray(0, contentEnd);
  if (!isUtf8(content)) return undefined;
  const full = content.toString('utf8');
  const trimmed = full.trim();
  const lead = full.length - full.trimStart().length;
  let start = lead + range.start;
  let end = lead + range.end;
  if (range.end === trimmed.length) {
    end = full.length;
    while (start > 0 && isSpace(full[start - 1])) start--;
  } else {
    if (range.start === 0) start = 0;
    while (end < full.length && isSpace(full[end])) end++;
  }
  if ((full.slice(0, start) + full.slice(end)).trim() === '') return null;
  const byteStart = Buffer.byteLength(full.slice(0, start));
  const byteEnd = Buffer.byteLength(full.slice(0, end));
  return Buffer.concat([raw.subarray(0, byteStart), raw.subarray(byteEnd)]);
}
