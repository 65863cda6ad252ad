import type { PageModel } from '../rules/page-model.js';
import type { PatternRule } from '../rules/compile.js';
import { judgesParagraphs, type LineClassifier, type RuleRef } from './classifier.js';
import type { NumberedPageLine } from './page/paragraphs.js';
import { wrappedLines } from './page/wrapped-lines.js';

/** A non-blank line of a held document as the line rules left it. */
export interface JudgedLine extends NumberedPageLine {
  state: string;
  rule: RuleRef | undefined;
  replacement: Buffer | undefined;
}

/**
 * The fewest words of a line that a wrapped sentence runs through: a rule of underscores (a form's
 * field) or a label that the converter set right under a full line runs on by the width alone.
 */
const MIN_PROSE_WORDS = 3;

/** A line that starts with a word in lower case ("eBay" is a name) goes on a sentence that a line above broke off (see judgeWrappedParagraphs). */
const LOWER_CASE_START = /^\p{Ll}+(?![\p{L}\p{N}])/u;

/**
 * The line rules judge each line alone, but a converter that hard-wraps text breaks a sentence
 * wherever the width falls: a rule takes the first line of a wrapped notice ("We use cookies …
 * By continuing") and leaves the rest as an orphan, a notice no line of which a rule names stays
 * whole, and a line of prose that starts "Read more" loses its piece of a sentence. So in a wrapped
 * document each paragraph of two lines or more (joined as wrappedLines joins them, with no regard
 * to what the rules removed) is judged again as one line by the rules that drop a line wherever it
 * stands (see LineClassifier.paragraphRule):
 * - when one names the paragraph, each of its lines is removed with its verdict;
 * - when none does, a line that such a rule removed alone is content again if the sentence plainly
 *   runs through it: it holds MIN_PROSE_WORDS words or more and it filled the width (the paragraph
 *   runs on past it) or it goes on in lower case.
 *   A last line that starts anew ("Advertisement" under a line cut off mid-sentence) keeps its verdict,
 *   and so does every line when its rule's pattern names the whole paragraph, which is only too long
 *   for the rule (a wrapped list of tags).
 * A paragraph of one line keeps the verdict it had. Returns whether any line's verdict changed.
 */
export function judgeWrappedParagraphs(lines: readonly JudgedLine[], classifier: LineClassifier, model: PageModel): boolean {
  // The paragraphs as the converter wrapped them: lines a rule removed join as any other does.
  const unjudged = lines.map((line) => ({ text: line.text, words: line.words, counts: undefined, removedBy: undefined, line: line.line, indent: line.indent }));
  const runsOn = wrappedLines(unjudged, model)?.runsOn;
  if (runsOn === undefined) return false;
  let changed = false;
  for (let first = 0; first < lines.length; ) {
    let count = 1;
    while (runsOn[first + count - 1]) count++;
    if (count > 1) changed = judgeParagraph(lines.slice(first, first + count), classifier) || changed;
    first += count;
  }
  return changed;
}

/**
 * Whether a line that a rule which judges paragraphs removed may have run on into the line
 * directly below, or that line into it, long enough to be a wrapped line (`fullLineShare` of the
 * least width): without such a pair the lines read the same with and without the rules' removals,
 * and a page whose rules took short lines (a menu's) is not read again.
 */
export function mayJoinRemovedLines(lines: readonly JudgedLine[], model: PageModel): boolean {
  const { fullLineShare, minWidth } = model.settings.wrap;
  const full = (line: JudgedLine): boolean => line.indent + line.text.length >= minWidth * fullLineShare;
  for (let index = 0; index + 1 < lines.length; index++) {
    const line = lines[index]!;
    const next = lines[index + 1]!;
    if (next.line !== line.line + 1 || !full(line)) continue;
    if ((line.state === 'removed' && judgesParagraphs(line.rule!)) || (next.state === 'removed' && judgesParagraphs(next.rule!))) return true;
  }
  return false;
}

function judgeParagraph(paragraph: readonly JudgedLine[], classifier: LineClassifier): boolean {
  // Lines a zone, a block or a detector decided stand: their verdict depends on more than the text.
  if (paragraph.some((line) => line.state === 'removed' && !judgesParagraphs(line.rule!))) return false;
  const joined = paragraph.map((line) => line.text).join(' ');
  const rule = classifier.paragraphRule(joined);
  // A rule's pattern that names the whole but for its length (a wrapped list of tags) leaves its verdicts as they were.
  if (rule === undefined && paragraph.some((line) => line.state === 'removed' && classifier.patternNames(line.rule as PatternRule, joined))) return false;
  let changed = false;
  paragraph.forEach((line, index) => {
    if (rule !== undefined) {
      if (line.state === 'removed' && line.rule === rule) return;
      line.state = 'removed';
      line.rule = rule;
      line.replacement = undefined;
      changed = true;
    } else if (line.state === 'removed' && line.words >= MIN_PROSE_WORDS && (index < paragraph.length - 1 || LOWER_CASE_START.test(line.text))) {
      line.state = 'kept';
      line.rule = undefined;
      changed = true;
    }
  });
  return changed;
}
