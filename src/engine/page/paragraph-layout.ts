import type { PageModel } from '../../rules/page-model.js';
import { fragmentedLines } from './fragmented-lines.js';
import { endsSentence, type NumberedPageLine } from './paragraphs.js';
import { wrappedLines } from './wrapped-lines.js';

/** How a converter broke the document's paragraphs over lines, and whether each line runs on into the next. */
export interface ParagraphLayout {
  name: 'wrapped' | 'fragmented';
  runsOn: readonly boolean[];
}

/**
 * The layout the document's lines are in, if not one block a line: hard-wrapped at a width (see
 * wrappedLines) or split at inline markup (see fragmentedLines). A split page may look wrapped
 * too, its pieces breaking within sentences as wrapped lines do; it reads as wrapped unless
 * splitting joins `fragments.minJoinsOverWrap` times as many lines. Read as split, a page that is
 * wrapped as well (pandoc's tables narrow the text in their cells, whose lines run on in lower
 * case) still joins a line of nearly the width that ends within a sentence to the next, which
 * starts with a capital as often as a name does.
 */
export function paragraphLayout(lines: readonly NumberedPageLine[], model: PageModel): ParagraphLayout | undefined {
  const wrapped = wrappedLines(lines, model);
  const fragmented = fragmentedLines(lines, model);
  if (fragmented === undefined) return wrapped === undefined ? undefined : { name: 'wrapped', runsOn: wrapped.runsOn };
  if (wrapped !== undefined && joins(fragmented) < joins(wrapped.runsOn) * model.settings.fragments.minJoinsOverWrap) return { name: 'wrapped', runsOn: wrapped.runsOn };
  if (wrapped === undefined) return { name: 'fragmented', runsOn: fragmented };
  // A full line that breaks off within a sentence ran on however the next line starts (a capital: a name).
  const runsOnWrapped = (index: number): boolean => wrapped.runsOn[index]! && wrapped.full[index]! && !endsSentence(lines[index]!.text, model);
  return { name: 'fragmented', runsOn: fragmented.map((runsOn, index) => runsOn || runsOnWrapped(index)) };
}

const joins = (runsOn: readonly boolean[]): number => runsOn.filter(Boolean).length;
