import type { PageModel } from '../../rules/page-model.js';
import { countWords } from '../line-text.js';

/** What the page analysis knows of one non-blank line. */
export interface LineFeatures {
  words: number;
  /** Share of the line's words that are function words of its best-matching language. */
  functionShare: number;
  /** Separators (| · • »…) per word: a row of links rather than a sentence. */
  separatorShare: number;
  /** Starts like a list item ("* ", "• "). */
  bullet: boolean;
  /** Running text: long enough, made of sentences rather than names, labels and link rows. */
  text: boolean;
  /** Fewer than two letters or digits ("Â", "|", "***"): carries nothing, so it neither joins nor splits. */
  empty: boolean;
}

const WORD = /[\p{L}\p{M}'’]+/gu;
const SEPARATOR = /[|·•»«›‹]/g;
const BULLET = /^[*•·▪►-]\s/;
/** At least two letters or digits anywhere: found without collecting them all. */
const TWO_LETTERS_OR_DIGITS = /[\p{L}\p{N}][^]*?[\p{L}\p{N}]/u;

export function lineFeatures(line: string, model: PageModel): LineFeatures {
  const { textWords, minFunctionShare, longWords, minLongFunctionShare, maxSeparatorShare } = model.settings.line;
  const words = countWords(line);
  const functionShare = functionWordShare(line, words, model);
  const separatorShare = words === 0 ? 0 : (line.match(SEPARATOR)?.length ?? 0) / words;
  const bullet = BULLET.test(line);
  const text =
    separatorShare <= maxSeparatorShare &&
    !(bullet && words < longWords) &&
    ((words >= textWords && functionShare >= minFunctionShare) || (words >= longWords && functionShare >= minLongFunctionShare));
  const empty = !TWO_LETTERS_OR_DIGITS.test(line);
  return { words, functionShare, separatorShare, bullet, text, empty };
}

function functionWordShare(line: string, words: number, model: PageModel): number {
  if (words === 0) return 0;
  const tokens = line.toLowerCase().match(WORD);
  if (tokens === null) return 0;
  // One look-up per token for all languages at once, rather than one per token and language.
  const hits = new Array<number>(model.functionWords.size).fill(0);
  for (const token of tokens) {
    const languages = model.functionWordLanguages.get(token);
    if (languages !== undefined) for (const language of languages) hits[language]!++;
  }
  return Math.max(0, ...hits) / words;
}
