import type { PageModel } from '../../rules/page-model.js';
import { fragmentedLines } from './fragmented-lines.js';
import type { NumberedPageLine } from './paragraphs.js';
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
 * splitting joins `fragments.minJoinsOverWrap` times as many lines.
 */
export function paragraphLayout(lines: readonly NumberedPageLine[], model: PageModel): ParagraphLayout | undefined {
  const wrapped = wrappedLines(lines, model.settings.wrap);
  const fragmented = fragmentedLines(lines, model);
  if (fragmented === undefined) return wrapped === undefined ? undefined : { name: 'wrapped', runsOn: wrapped };
  if (wrapped !== undefined && joins(fragmented) < joins(wrapped) * model.settings.fragments.minJoinsOverWrap) return { name: 'wrapped', runsOn: wrapped };
  return { name: 'fragmented', runsOn: fragmented };
}

const joins = (runsOn: readonly boolean[]): number => runsOn.filter(Boolean).length;
