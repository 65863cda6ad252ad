import { TRIE_SYMBOLS, trieSymbol, type PageModel } from '../../rules/page-model.js';
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
  /**
   * Running text: long enough, made of sentences rather than names, labels and link rows; below
   * `line.unendedWords` words it must end as a sentence does (a headline or a link does not).
   */
  text: boolean;
  /**
   * A sentence, however short: at least `line.sentenceWords` words, function words as running text
   * has them, no separators, ending as a sentence does. A line of dialogue or a one-line paragraph;
   * never a menu item.
   */
  sentence: boolean;
  /** Holds a digit: a figure, a score, a date, as a table's cells do; menu labels are words. */
  figures: boolean;
  /** Fewer than two letters or digits ("Â", "|", "***"): carries nothing, so it neither joins nor splits. */
  empty: boolean;
}

const WORD = /[\p{L}\p{M}'’]+/gu;
const SEPARATOR = /[|·•»«›‹]/g;
const BULLET = /^[*•·▪►-]\s/;
/** At least two letters or digits anywhere: found without collecting them all. */
const TWO_LETTERS_OR_DIGITS = /[\p{L}\p{N}][^]*?[\p{L}\p{N}]/u;

/** What one pass over a line finds: function-word hits per language (in `hits`), separators, letters and digits. */
interface Counts {
  separators: number;
  lettersOrDigits: number;
  digits: boolean;
}

/** The features of a line; `words` when the caller has counted them already. */
export function lineFeatures(line: string, model: PageModel, words = countWords(line)): LineFeatures {
  const { textWords, minFunctionShare, longWords, minLongFunctionShare, maxSeparatorShare, unendedWords, sentenceEnds, sentenceWords } = model.settings.line;
  const hits = languageHits(model.functionWords.size);
  const counts = scanAscii(line, model, hits) ?? scanAny(line, model, hits);
  const functionShare = words === 0 ? 0 : maxOf(hits) / words;
  const separatorShare = words === 0 ? 0 : counts.separators / words;
  const bullet = BULLET.test(line);
  const endsAsSentence = sentenceEnds.includes(lastVisibleChar(line));
  const text =
    separatorShare <= maxSeparatorShare &&
    !(bullet && words < longWords) &&
    ((words >= textWords && functionShare >= minFunctionShare) || (words >= longWords && functionShare >= minLongFunctionShare)) &&
    (words >= unendedWords || endsAsSentence);
  const sentence = text || (words >= sentenceWords && functionShare >= minFunctionShare && separatorShare === 0 && !bullet && endsAsSentence);
  return { words, functionShare, separatorShare, bullet, text, sentence, figures: counts.digits, empty: counts.lettersOrDigits < 2 };
}

/** The line's last character that is not white space (a UTF-16 unit: every sentence end is in the BMP), or ''. */
function lastVisibleChar(line: string): string {
  let end = line.length;
  while (end > 0 && WHITE_SPACE.test(line[end - 1]!)) end--;
  return end === 0 ? '' : line[end - 1]!;
}

const WHITE_SPACE = /\s/;
const DIGIT = /\p{Nd}/u;

/** Any text: lower-cased as a whole, tokens by the WORD pattern, separators and letters by their patterns. */
function scanAny(line: string, model: PageModel, hits: Int32Array): Counts {
  hits.fill(0);
  for (const token of line.toLowerCase().match(WORD) ?? []) {
    const languages = model.functionWordLanguages.get(token);
    if (languages !== undefined) for (const language of languages) hits[language]!++;
  }
  return { separators: line.match(SEPARATOR)?.length ?? 0, lettersOrDigits: TWO_LETTERS_OR_DIGITS.test(line) ? 2 : 0, digits: DIGIT.test(line) };
}

let hitsScratch = new Int32Array(8);

/** Function-word hits per language, zeroed; one array reused for every line. */
function languageHits(languages: number): Int32Array {
  if (hitsScratch.length !== languages) hitsScratch = new Int32Array(languages);
  hitsScratch.fill(0);
  return hitsScratch;
}

function maxOf(values: Int32Array): number {
  let best = 0;
  for (const value of values) if (value > best) best = value;
  return best;
}

/**
 * The same counts for all-ASCII text in one pass without allocating: the tokens of WORD in
 * lower-cased ASCII are runs of letters and the apostrophe, each walked down the function-word
 * trie as it is read (upper case folded); the only ASCII separator is `|`; letters and digits are
 * A-Z, a-z and 0-9. Returns undefined, leaving `hits` partly filled, when the text is not all ASCII.
 */
function scanAscii(line: string, model: PageModel, hits: Int32Array): Counts | undefined {
  const { next, languages } = model.asciiFunctionWords;
  let separators = 0;
  let lettersOrDigits = 0;
  let digits = false;
  /** The trie node of the token read so far: 0 outside a token, -1 in a token that is no function word. */
  let node = 0;
  for (let i = 0; i <= line.length; i++) {
    let code = i < line.length ? line.charCodeAt(i) : 0;
    if (code >= 0x80) return undefined;
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    if ((code >= 0x61 && code <= 0x7a) || code === 0x27) {
      if (code !== 0x27) lettersOrDigits++;
      if (node >= 0) node = next[node * TRIE_SYMBOLS + trieSymbol(code)]! || -1;
      continue;
    }
    if (node > 0) {
      const found = languages[node];
      if (found !== undefined) for (const language of found) hits[language]!++;
    }
    node = 0;
    if (code === 0x7c) separators++;
    else if (code >= 0x30 && code <= 0x39) {
      lettersOrDigits++;
      digits = true;
    }
  }
  return { separators, lettersOrDigits, digits };
}
