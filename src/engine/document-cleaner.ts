import type { RuleSet } from '../rules/compile.js';
import type { Profile } from '../rules/page-schema.js';
import { LineClassifier, type LineBytes, type RuleRef } from './classifier.js';
import { LineScan } from './line-scan.js';
import { countWords, lineText } from './line-text.js';
import type { PageCounts } from './page/line-features.js';
import { analysePage, isWholePage } from './page/page-analysis.js';
import type { PageReason, PageVerdict } from './page/page-verdicts.js';
import { viewPage, type PageLine } from './page/page-view.js';
import { paragraphLayout, type ParagraphLayout } from './page/paragraph-layout.js';
import { joinParagraphs } from './page/paragraphs.js';
import { judgeWrappedParagraphs, mayJoinRemovedLines } from './wrapped-paragraph-rules.js';
import { BLANK_LINES_RULE, type LineObserver, type LineRecord, type Output, type Stats } from './records.js';

/**
 * Bounds on what a document may hold back while a verdict waits for later lines (a tail rule
 * waits for the end of the document, a blank run for the next kept line). Past either bound the
 * waiting lines are settled as kept: content wins when the engine cannot see far enough.
 */
const MAX_HELD_LINES = 1000;
const MAX_HELD_BYTES = 4 << 20;

type EntryState = 'kept' | 'removed' | 'blank' | 'tail' | 'await';

/**
 * A line: bytes [start, end) of `chunk`, terminator included, `eolLength` bytes of it; and what
 * the page analysis sees of it (`words` is countWords(text), shared with the line rules; `counts`
 * is set when the line's bytes were scanned (see LineScan) while the document is held for the analysis;
 * `removedBy` is set just before the analysis runs).
 */
interface Entry extends LineBytes, PageLine {
  state: EntryState;
  line: number;
  rule: RuleRef | undefined;
  /** What a strip rule left of the line; written instead of its bytes. */
  replacement: Buffer | undefined;
  /** Whether `chunk` is a private copy rather than the caller's chunk. */
  owned: boolean;
  /** The page analysis's verdict, when it decided the line (described only for an observer), and the kind of text it took the document for. */
  pageVerdict: PageVerdict | undefined;
  pageKind: 'page' | 'article';
  /** How many lines of text hard-wrapped or split at inline markup the analysis read with this one as a paragraph (see wrappedLines, fragmentedLines). */
  paragraphLines: number;
  /** Spaces and tabs before the text (see NumberedPageLine). */
  indent: number;
}

const BLANK_RULE: RuleRef = { id: BLANK_LINES_RULE, pack: 'policy', action: 'drop' };

const pageRuleRefs = { page: new Map<PageReason, RuleRef>(), article: new Map<PageReason, RuleRef>() };

/** The pseudo-rule (`page-menu-run`) of a page-analysis removal, made once so that counting it never builds its id again. */
function pageRuleRef(kind: 'page' | 'article', reason: PageReason): RuleRef {
  let ref = pageRuleRefs[kind].get(reason);
  if (ref === undefined) pageRuleRefs[kind].set(reason, (ref = { id: `${kind}-${reason}`, pack: 'page', action: 'drop' }));
  return ref;
}

/** The page analysis's verdict on a line no rule removed, read alone or in a paragraph of `paragraphLines` wrapped or split lines. */
function applyPageVerdict(entry: Entry, verdict: PageVerdict, kind: 'page' | 'article', paragraphLines = 1): void {
  // In article text a kept line is the line rules' verdict, so only removals carry the analysis.
  if (kind === 'page' || !verdict.keep) {
    entry.pageVerdict = verdict;
    entry.pageKind = kind;
    entry.paragraphLines = paragraphLines;
  }
  if (verdict.keep) return;
  entry.state = 'removed';
  entry.rule = pageRuleRef(kind, verdict.reason);
  entry.replacement = undefined;
}

/**
 * A converter wraps a headline as it wraps a paragraph, and a line rule may take its last line on
 * its own (a lone "services", as a section label). Such a line, one word in lower case right under
 * a headline line that the page analysis kept (no blank between) and that ends no sentence, ends
 * no label but the headline: it takes the headline's verdict. The analysis reads no line that a
 * rule removed with its paragraph, as that changes which lines form menu runs elsewhere.
 * `verdicts[index]` is the analysis's verdict on `entries[index]` (in article text a kept line's
 * entry does not carry it).
 */
function keepHeadlineEnds(entries: readonly Entry[], verdicts: readonly PageVerdict[], kind: 'page' | 'article'): void {
  for (let index = 1; index < entries.length; index++) {
    const entry = entries[index]!;
    const above = entries[index - 1]!;
    const headline = verdicts[index - 1]!;
    if (entry.state !== 'removed' || entry.rule?.pack === 'page' || above.state !== 'kept' || above.line !== entry.line - 1) continue;
    if ((headline.reason !== 'headline' && headline.reason !== 'head') || entry.words !== 1 || !LOWER_CASE_START.test(entry.text) || SENTENCE_END.test(above.text)) continue;
    entry.state = 'kept';
    entry.rule = undefined;
    entry.pageVerdict = headline;
    entry.pageKind = kind;
  }
}

/** A word in lower case first, as a wrapped line's continuation starts and a label does not. */
const LOWER_CASE_START = /^\p{Ll}/u;
/** A line ending as a sentence does, after which a new line starts anew. */
const SENTENCE_END = /[.!?:;]["'”’)]*$/u;

/**
 * Cleans one document at a time, line by line, synchronously. Lines are classified as they
 * arrive; those whose verdict depends on what follows are held (boundedly), then every line is
 * settled in input order through the blank-line policy into the output.
 */
export class DocumentCleaner {
  private readonly classifier: LineClassifier;
  private readonly scan: LineScan;
  /** Lines in input order whose verdict, or whose predecessors' verdicts, are still open. */
  private held: Entry[] = [];
  private heldBytes = 0;
  /** The blank lines since the last kept or removed line: kept only if a kept line follows. */
  private blanks: Entry[] = [];
  /** The breadcrumb candidate among the held lines, decided by the next non-blank line. */
  private awaiting: Entry | undefined;
  /**
   * The held lines waiting as tail candidates, so that a content line settles them without a walk
   * over every held line (a whole page is held for the page analysis). Lines here that are no
   * longer tail candidates are skipped.
   */
  private heldTails: Entry[] = [];
  /**
   * Kept bytes not yet written, [pendingStart, pendingEnd) of `pending`: consecutive kept lines
   * of one chunk go to the output as one piece, written before anything else is and before the
   * caller's chunk may be freed.
   */
  private pending: Buffer | undefined;
  private pendingStart = 0;
  private pendingEnd = 0;
  private keptAny = false;
  private removedSinceKept = false;
  private lineNumber = 0;
  /**
   * Whether the whole document is being held for the page analysis (every profile but `lines`),
   * until it ends or passes the page bounds; then the line rules alone decide, as they stream.
   */
  private buffering: boolean;

  constructor(
    private readonly rules: RuleSet,
    private readonly output: Output,
    private readonly stats: Stats,
    private readonly observer?: LineObserver,
    private readonly profile: Profile = 'auto',
    /** Whether the observer hears kept lines (see TextCleanerOptions.observeKept); with false their records are not built. */
    private readonly observeKept = true,
  ) {
    this.classifier = new LineClassifier(rules);
    this.scan = new LineScan(rules.page.functionWordTrie, rules.page.functionWords.size);
    this.buffering = profile !== 'lines';
  }

  line(buf: Buffer, start: number, end: number, eolLength: number): void {
    const scan = this.scan;
    let text: string;
    let words: number;
    let counts: PageCounts | undefined;
    const scanned = scan.read(buf, start, end - eolLength);
    if (scanned) {
      // A blank line (40% of a typical page) needs no decoding, and the page analysis never sees it.
      const blank = scan.start === scan.end;
      text = blank ? '' : buf.toString(scan.ascii ? 'latin1' : 'utf8', scan.start, scan.end);
      words = scan.words;
      if (this.buffering && !blank) counts = scan.pageCounts();
    } else {
      text = lineText(buf, start, end - eolLength);
      words = countWords(text);
    }
    // Every field set from the start (and cleared, never deleted) keeps all entries one shape.
    const entry: Entry = { state: 'blank', line: ++this.lineNumber, chunk: buf, start, end, eolLength, text, words, counts, removedBy: undefined, rule: undefined, replacement: undefined, owned: false, pageVerdict: undefined, pageKind: 'page', paragraphLines: 1, indent: indentOf(buf, start, end) };
    if (text === '') {
      this.classifier.blank();
    } else {
      this.decideAwaiting(text);
      const verdict = this.classifier.classify(entry, text, words, scanned ? scan : undefined);
      entry.state = verdict.state === 'content' || verdict.state === 'stripped' ? 'kept' : verdict.state;
      if (verdict.state !== 'content') entry.rule = verdict.rule;
      if (verdict.state === 'stripped') entry.replacement = verdict.replacement;
      if (entry.state === 'kept') this.keepHeldTails();
    }
    if (entry.state === 'await') this.awaiting = entry;
    if (entry.state === 'tail') this.heldTails.push(entry);
    if (this.buffering) {
      this.held.push(entry);
      this.heldBytes += end - start;
      const { maxLines, maxBytes } = this.rules.page.settings;
      if (this.held.length > maxLines || this.heldBytes > maxBytes) this.stopBuffering();
      return;
    }
    if (this.held.length === 0 && entry.state !== 'tail' && entry.state !== 'await') {
      this.settle(entry);
      return;
    }
    this.held.push(entry);
    this.heldBytes += end - start;
    this.release();
  }

  /** A line too long to hold: it is kept, unread, and written through in pieces. */
  oversized(part: Buffer, first: boolean, last: boolean): void {
    if (first) {
      this.stopBuffering();
      this.decideAwaiting(undefined);
      this.keepHeldTails();
      this.release();
      this.lineNumber++;
      this.keepLine(part, 0, part.length, part.length, this.observeKept ? { line: this.lineNumber, verdict: 'keep', note: 'oversized', content: part } : undefined);
    } else {
      this.stats.bytesIn += part.length;
      this.stats.bytesOut += part.length;
      this.write(part, 0, part.length);
    }
    if (last) this.classifier.markContent();
  }

  /** The document ended: waiting tail lines are boilerplate, trailing blanks follow the policy. Returns its line count. */
  end(): number {
    this.decideAwaiting(undefined);
    for (const entry of this.heldTails) if (entry.state === 'tail') entry.state = 'removed';
    this.heldTails = [];
    if (this.buffering) this.applyPageAnalysis();
    this.release();
    for (const blank of this.blanks) this.settleBlank(blank, !this.removedSinceKept);
    this.blanks = [];
    this.flush();
    const lines = this.lineNumber;
    if (lines > 0) this.stats.documents++;
    this.classifier.reset();
    this.keptAny = false;
    this.removedSinceKept = false;
    this.lineNumber = 0;
    this.buffering = this.profile !== 'lines';
    return lines;
  }

  /** Past the page bounds (or at an oversized line) the document goes on as the line rules decide it. */
  private stopBuffering(): void {
    if (!this.buffering) return;
    this.buffering = false;
    this.release();
  }

  /** Repeated paragraphs in a run of `keepRunsOf` or more are a second copy of the text: they stay. */
  private keepRepeatedRuns(entries: readonly Entry[]): void {
    const detector = this.rules.repeatedParagraph;
    if (detector === undefined) return;
    const isRepeat = (entry: Entry | undefined): boolean => entry?.state === 'removed' && entry.rule!.id === detector.id;
    for (let start = 0; start < entries.length; start++) {
      if (!isRepeat(entries[start])) continue;
      let end = start;
      while (isRepeat(entries[end + 1])) end++;
      if (end - start + 1 >= detector.params.keepRunsOf) {
        for (let index = start; index <= end; index++) {
          entries[index]!.state = 'kept';
          entries[index]!.rule = undefined;
        }
      }
      start = end;
    }
  }

  /** Runs the page analysis over the held document and removes what it finds outside the content. */
  private applyPageAnalysis(): void {
    const entries = this.held.filter((entry) => entry.state !== 'blank');
    if (entries.length === 0) return;
    this.keepRepeatedRuns(entries);
    const model = this.rules.page;
    // Text hard-wrapped or split at inline markup is read a paragraph at a time, and each of its
    // lines takes the paragraph's verdict; hard-wrapped, the line rules' too.
    let layout = this.readLayout(entries);
    // A line a rule removed breaks the paragraph it stood in, so the text may read as wrapped only with it.
    const wrapped = layout?.name === 'wrapped' || (layout === undefined && mayJoinRemovedLines(entries, model));
    if (wrapped && judgeWrappedParagraphs(entries, this.classifier, model)) layout = this.readLayout(entries);
    const paragraphs = layout === undefined ? undefined : joinParagraphs(entries, layout.runsOn);
    const view = viewPage(paragraphs === undefined ? entries : paragraphs.map((paragraph) => paragraph.line), model);
    const kind = this.profile === 'page' || (this.profile === 'auto' && isWholePage(view, model)) ? 'page' : 'article';
    const verdicts = analysePage(view, model, kind);
    this.countAnalysis(kind, layout?.name, verdicts);
    const lineVerdicts: PageVerdict[] = [];
    verdicts.forEach((verdict, index) => {
      const { first, count } = paragraphs?.[index] ?? { first: index, count: 1 };
      for (let line = first; line < first + count; line++) {
        lineVerdicts[line] = verdict;
        if (verdict.reason !== 'rule') applyPageVerdict(entries[line]!, verdict, kind, count);
      }
    });
    if (layout?.name === 'wrapped') keepHeadlineEnds(entries, lineVerdicts, kind);
  }

  /** The layout of the held lines, each marked with what removed it (see paragraphLayout). */
  private readLayout(entries: readonly Entry[]): ParagraphLayout | undefined {
    for (const entry of entries) entry.removedBy = entry.state === 'removed' ? entry.rule!.pack : undefined;
    return paragraphLayout(entries, this.rules.page);
  }

  private countAnalysis(kind: 'page' | 'article', layout: ParagraphLayout['name'] | undefined, verdicts: readonly PageVerdict[]): void {
    const counts = this.stats.pageAnalysis;
    if (kind === 'page') counts.pages++;
    else counts.articles++;
    if (layout !== undefined) counts[layout]++;
    if (verdicts.some((verdict) => verdict.reason === 'unread-language')) counts.unreadLanguage++;
    else if (verdicts.some((verdict) => verdict.features.byShape === true)) counts.readByShape++;
  }

  /** Writes what is pending and copies held lines out of the caller's chunk, so the chunk can be freed; call after each chunk. */
  detach(): void {
    this.flush();
    own(this.held);
    own(this.blanks);
  }

  /** The next non-blank line (or its absence) decides a waiting breadcrumb candidate. */
  private decideAwaiting(next: string | undefined): void {
    const candidate = this.awaiting;
    if (candidate === undefined) return;
    this.awaiting = undefined;
    if (next !== undefined && this.classifier.isBreadcrumb(candidate.text, next)) {
      candidate.state = 'removed';
      return;
    }
    candidate.state = 'kept';
    candidate.rule = undefined;
    this.classifier.markContent();
    this.keepHeldTails();
  }

  /** Content follows, so no held tail line was at the tail. */
  private keepHeldTails(): void {
    if (this.heldTails.length === 0) return;
    for (const entry of this.heldTails) {
      if (entry.state !== 'tail') continue;
      entry.state = 'kept';
      entry.rule = undefined;
    }
    this.heldTails = [];
  }

  /** Settles held lines from the front while their verdicts are known, or all of them past the bounds. */
  private release(): void {
    const overflow = this.held.length > MAX_HELD_LINES || this.heldBytes > MAX_HELD_BYTES;
    let released = 0;
    for (const entry of this.held) {
      if (entry.state === 'tail' || entry.state === 'await') {
        if (!overflow) break;
        // A breadcrumb candidate kept is content, as when the next line keeps it (decideAwaiting).
        if (entry === this.awaiting) {
          this.awaiting = undefined;
          this.classifier.markContent();
        }
        entry.state = 'kept';
        entry.rule = undefined;
      }
      this.settle(entry);
      this.heldBytes -= entry.end - entry.start;
      released++;
    }
    if (released > 0) this.held = released === this.held.length ? [] : this.held.slice(released);
    // Past the bounds every held line was settled, tail candidates included.
    if (overflow) this.heldTails = [];
  }

  /** The blank-line policy, applied in input order. */
  private settle(entry: Entry): void {
    switch (entry.state) {
      case 'blank':
        this.blanks.push(entry);
        if (this.blanks.length > MAX_HELD_LINES) this.flushBlanks(true);
        return;
      case 'removed':
        // Blanks before a removed line are not "the run directly before" any kept line.
        this.flushBlanks(false);
        this.removedSinceKept = true;
        this.stats.linesIn++;
        this.stats.bytesIn += entry.end - entry.start;
        this.stats.countRule(entry.rule!.id, entry.rule!.pack, entry.rule!.action);
        this.observer?.({ line: entry.line, verdict: 'drop', ruleId: entry.rule!.id, pack: entry.rule!.pack, content: contentOf(entry), ...detailOf(entry) });
        return;
      default: {
        const { rule } = entry;
        if (rule) this.stats.countRule(rule.id, rule.pack, rule.action);
        // The record is built only for an observer that wants it: most runs have none, and this is every kept line.
        const record =
          this.observer &&
          (rule
            ? { line: entry.line, verdict: 'strip' as const, ruleId: rule.id, pack: rule.pack, content: contentOf(entry), ...detailOf(entry) }
            : this.observeKept
              ? { line: entry.line, verdict: 'keep' as const, content: contentOf(entry), ...detailOf(entry) }
              : undefined);
        const { replacement } = entry;
        if (replacement === undefined) this.keepLine(entry.chunk, entry.start, entry.end, entry.end - entry.start, record);
        else this.keepLine(replacement, 0, replacement.length, entry.end - entry.start, record);
      }
    }
  }

  /** Writes bytes [start, end) of `bytes`, kept from `inputBytes` of input. */
  private keepLine(bytes: Buffer, start: number, end: number, inputBytes: number, record: LineRecord | undefined): void {
    this.flushBlanks(this.keptAny || !this.removedSinceKept);
    this.keptAny = true;
    this.removedSinceKept = false;
    if (record) this.observer?.(record);
    this.write(bytes, start, end);
    this.stats.linesIn++;
    this.stats.bytesIn += inputBytes;
    this.stats.linesOut++;
    this.stats.bytesOut += end - start;
  }

  private write(bytes: Buffer, start: number, end: number): void {
    if (bytes === this.pending && start === this.pendingEnd) {
      this.pendingEnd = end;
      return;
    }
    this.flush();
    this.pending = bytes;
    this.pendingStart = start;
    this.pendingEnd = end;
  }

  private flush(): void {
    const pending = this.pending;
    if (pending === undefined) return;
    this.pending = undefined;
    this.output.write(this.pendingStart === 0 && this.pendingEnd === pending.length ? pending : pending.subarray(this.pendingStart, this.pendingEnd));
  }

  private flushBlanks(keep: boolean): void {
    for (const blank of this.blanks) this.settleBlank(blank, keep);
    this.blanks = [];
  }

  private settleBlank(blank: Entry, keep: boolean): void {
    const length = blank.end - blank.start;
    this.stats.linesIn++;
    this.stats.bytesIn += length;
    if (keep) {
      if (this.observeKept) this.observer?.({ line: blank.line, verdict: 'keep', content: contentOf(blank) });
      this.write(blank.chunk, blank.start, blank.end);
      this.stats.linesOut++;
      this.stats.bytesOut += length;
    } else {
      this.stats.countRule(BLANK_RULE.id, BLANK_RULE.pack, 'blank');
      this.observer?.({ line: blank.line, verdict: 'drop', ruleId: BLANK_RULE.id, pack: BLANK_RULE.pack, content: contentOf(blank) });
    }
  }
}

const contentOf = (entry: Entry): Buffer => entry.chunk.subarray(entry.start, entry.end - entry.eolLength);

/**
 * Moves entries that still point into a caller's buffer to private copies: each run of entries in
 * one buffer gets one copy of the bytes they span (a line between them, settled already, comes
 * along), not one per line. Entries are owned from the first on (each call owns every one, and
 * lines are added at the end): only those after the last owned one are read, as a walk over a
 * whole held page for each chunk made input that arrives in small chunks quadratic.
 */
function own(entries: readonly Entry[]): void {
  let unowned = entries.length;
  while (unowned > 0 && !entries[unowned - 1]!.owned) unowned--;
  for (let first = unowned; first < entries.length; first++) {
    const { chunk, start } = entries[first]!;
    let last = first;
    while (last + 1 < entries.length && entries[last + 1]!.chunk === chunk) last++;
    const copy = Buffer.from(chunk.subarray(start, entries[last]!.end));
    for (let index = first; index <= last; index++) {
      const entry = entries[index]!;
      entry.chunk = copy;
      entry.start -= start;
      entry.end -= start;
      entry.owned = true;
    }
    first = last;
  }
}

const detailOf = (entry: Entry): { detail?: string } =>
  entry.pageVerdict === undefined ? {} : { detail: describeVerdict(entry.pageKind, entry.pageVerdict, entry.paragraphLines) };

/**
 * `page-menu-run words=2 fw=0.00 text=no`: the analysis and feature that decided, and the values
 * it saw; ` read=shape` when running text was told by the shape of the lines alone (see
 * shapeFeatures); ` paragraph-lines=3` when they are those of a paragraph of wrapped or split lines.
 */
const describeVerdict = (kind: 'page' | 'article', verdict: PageVerdict, paragraphLines: number): string =>
  `${kind}-${verdict.reason} words=${verdict.features.words} fw=${verdict.features.functionShare.toFixed(2)} text=${verdict.features.text ? 'yes' : 'no'}` +
  (verdict.features.byShape === true ? ' read=shape' : '') +
  (paragraphLines > 1 ? ` paragraph-lines=${paragraphLines}` : '');

/** How many spaces and tabs the line starts with. */
function indentOf(buf: Buffer, start: number, end: number): number {
  let index = start;
  while (index < end && (buf[index] === 0x20 || buf[index] === 0x09)) index++;
  return index - start;
}
