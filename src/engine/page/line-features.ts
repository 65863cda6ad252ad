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
  const lower = line.toLowerCase();
  const hits = languageHits(model.functionWords.size);
  if (!countAsciiFunctionWords(lower, model, hits)) {
    hits.fill(0);
    for (const token of lower.match(WORD) ?? []) countFunctionWord(token, model, hits);
  }
  let best = 0;
  for (const count of hits) if (count > best) best = count;
  return best / words;
}

let hitsScratch = new Int32Array(8);

/** Function-word hits per language, zeroed; one array reused for every line. */
function languageHits(languages: number): Int32Array {
  if (hitsScratch.length < languages) hitsScratch = new Int32Array(languages);
  const hits = hitsScratch.subarray(0, languages);
  hits.fill(0);
  return hits;
}

/** One look-up per token for all languages at once, rather than one per token and language. */
function countFunctionWord(token: string, model: PageModel, hits: Int32Array): void {
  const languages = model.functionWordLanguages.get(token);
  if (languages !== undefined) for (const language of languages) hits[language]!++;
}

const APOSTROPHE = 0x27;

/**
 * The tokens of WORD in lower-cased ASCII text are runs of a-z and the apostrophe, found here
 * without the regex, and only those short enough to be function words are looked up. Returns
 * false, leaving `hits` partly filled, when the text is not all ASCII.
 */
function countAsciiFunctionWords(lower: string, model: PageModel, hits: Int32Array): boolean {
  const longest = model.longestFunctionWord;
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 0;
    if (code >= 0x80) return false;
    if ((code >= 0x61 && code <= 0x7a) || code === APOSTROPHE) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start <= longest) countFunctionWord(lower.slice(start, i), model, hits);
    start = -1;
  }
  return true;
}
