import { UNSPACED_SCRIPT, type PageModel } from '../../rules/page-model.js';
import { GUILLEMETS, LineScan, SEPARATORS } from '../line-scan.js';
import { countWords } from '../line-text.js';
import { characterClass, markupText, startsListItem } from '../reader-text.js';
import type { PageLine } from './page-view.js';

/** What the page analysis knows of one non-blank line. */
export interface LineFeatures {
  /** countWords(), where a run of a script written without spaces counts a word every `line.unspacedCharsPerWord` characters. */
  words: number;
  /** Share of the line's words that are function words of its best-matching language. */
  functionShare: number;
  /** Separators (| · •, and guillemets that do not pair up as quotes) per word: a row of links rather than a sentence. */
  separatorShare: number;
  /** How many separators the line holds: one sets a byline's date apart, two or more join a row of links. */
  separators: number;
  /** Starts like a list item ("* ", "• "; see startsListItem). */
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
  /**
   * The line's size in words when it is running text, or shaped as running text is (long enough,
   * few separators, ending as a sentence does) with most words in lower case, whatever its
   * function words (a list of names is not); else 0. A document whose prose lies mostly in lines
   * that are not running text is in a language the function-word lists do not cover (see
   * readsLanguage).
   */
  prose: number;
  /** Ends as a sentence does (PageModel.sentenceEnds). */
  ended: boolean;
  /** `text` and `sentence` told by the line's shape alone, on a page whose language the function-word lists do not read (see shapeFeatures). */
  byShape?: true;
  /** Holds a digit: a figure, a score, a date, as a table's cells do; menu labels are words. */
  figures: boolean;
  /** Fewer than two letters or digits ("Â", "|", "***"): carries nothing, so it neither joins nor splits. */
  empty: boolean;
}

const WORD = /[\p{L}\p{M}'’]+/gu;
const SEPARATOR = new RegExp(characterClass(SEPARATORS), 'g');
const LEFT_GUILLEMET = new RegExp(characterClass(GUILLEMETS.left), 'g');
const RIGHT_GUILLEMET = new RegExp(characterClass(GUILLEMETS.right), 'g');
/** At least two letters or digits anywhere: found without collecting them all. */
const TWO_LETTERS_OR_DIGITS = /[\p{L}\p{N}][^]*?[\p{L}\p{N}]/u;

/** What the features are made of, found in one pass over a line (see LineScan and unicodeCounts). */
export interface PageCounts {
  /** The function words of the language that has most of them in the line. */
  functionWords: number;
  separators: number;
  /** Letters and digits, or 2 for "at least two" where they are not all counted. */
  lettersOrDigits: number;
  /** Holds a decimal digit. */
  digits: boolean;
  /** Holds `[`, `#`, `*` or `_`, with which the markup that markupText reduces starts. */
  markup: boolean;
  /** The words its runs of a script written without spaces add to countWords(), which counts each run as one. */
  unspacedWords: number;
}

/**
 * The features of what a reader sees of a page line (see markupText). A picture standing alone, as
 * Markdown writes one between a story's paragraphs (`![alt](address)`, linked or not), is a figure
 * of the text, never a menu item, whatever its alt text says.
 */
export function pageLineFeatures(line: PageLine, model: PageModel): LineFeatures {
  const seen = line.counts?.markup === false ? line.text : markupText(line.text);
  if (seen === line.text) return lineFeatures(line.text, model, line.words, line.counts ?? unicodeCounts(line.text, model));
  const features = lineFeatures(seen, model, countWords(seen), unicodeCounts(seen, model));
  return FIGURE.test(line.text) ? { ...features, sentence: true } : features;
}

/** A Markdown picture alone on its line, linked or not. */
export const FIGURE = /^(?:\[)?!\[[^[\]]*\]\([^()\s]*(?:\s+"[^"]*")?\)(?:\]\([^()\s]*(?:\s+"[^"]*")?\))?$/;

/** The features of a line; `words` and `counts` when the caller has them already (see LineScan). */
export function lineFeatures(line: string, model: PageModel, spacedWords = countWords(line), counts = textCounts(line, model)): LineFeatures {
  const words = spacedWords + counts.unspacedWords;
  const { textWords, minFunctionShare, longWords, minLongFunctionShare, maxSeparatorShare, sentenceWords } = model.settings.line;
  const functionShare = words === 0 ? 0 : counts.functionWords / words;
  const separatorShare = words === 0 ? 0 : counts.separators / words;
  const bullet = startsListItem(line);
  const endsAsSentence = model.sentenceEnds.includes(lastVisibleChar(line));
  const shape = separatorShare <= maxSeparatorShare ? (bullet ? SHAPE_BULLET : SHAPE_PLAIN) | (endsAsSentence ? SHAPE_ENDED : 0) : 0;
  const text =
    shapedAsText(words, shape, model) && ((words >= textWords && functionShare >= minFunctionShare) || (words >= longWords && functionShare >= minLongFunctionShare));
  const sentence = text || (words >= sentenceWords && functionShare >= minFunctionShare && separatorShare === 0 && !bullet && endsAsSentence);
  const prose = text ? words : proseSize(line, words, shape, model);
  return { words, functionShare, separatorShare, separators: counts.separators, bullet, text, sentence, prose, ended: endsAsSentence, figures: counts.digits, empty: counts.lettersOrDigits < 2 };
}

/**
 * The features of a line of a page whose language the function-word lists do not read, told by
 * its shape alone: a line shaped as running text (see LineFeatures.prose) is running text, and a
 * line of `line.sentenceWords` words or more ending as a sentence does, with no separator and no
 * bullet, is a sentence (never a menu item).
 */
export function shapeFeatures(features: LineFeatures, model: PageModel): LineFeatures {
  const sentence = features.sentence || (features.words >= model.settings.line.sentenceWords && features.separators === 0 && !features.bullet && features.ended);
  // Reckoned from its words: a run of letters or an address that is merely long (a link's broken markup) is not.
  const text = features.prose > 0 && features.prose === features.words;
  return { ...features, text, sentence: sentence || text, byShape: true };
}

/**
 * The size in words of a line that is not running text but is shaped as running text is, with
 * most of its words in lower case (a list of names is not), whatever its function words; 0 for
 * any other line. In a script without case (Chinese, Arabic, Thai) the line's size decides alone;
 * `words` already reckons the scripts of UNSPACED_SCRIPT from their characters, and a line of
 * another script written without spaces counts a word every `line.unspacedCharsPerWord` characters.
 */
function proseSize(line: string, words: number, shape: number, model: PageModel): number {
  const spaced = line.length <= words * UNSPACED_WORD_CHARS;
  const size = spaced ? words : Math.floor(line.length / model.settings.line.unspacedCharsPerWord);
  // Most lines (menu items, labels) are too short: no need to read their letters. Unspaced, the
  // line is at least as long in words as it is spaced, so nothing shaped is passed over.
  if (!shapedAsText(size, shape, model)) return 0;
  // A capital starts a name; a word of a script without case (a Korean line naming "A씨") is none.
  const { cased, lower, caseless } = caseCounts(line);
  if (cased > 0) return (cased - lower) * 2 < cased + caseless && (spaced || shapedAsText(words, shape, model)) ? words : 0;
  return LETTER.test(line) ? size : 0;
}

/**
 * How many of the line's words start with a letter that has case, how many of those with a
 * lower-case one, and how many with a letter without case; with `fromSecond`, the first word (a
 * sentence's capital) left out.
 */
export function caseCounts(line: string, fromSecond = false): { cased: number; lower: number; caseless: number } {
  let cased = 0;
  let lower = 0;
  let caseless = 0;
  for (const match of line.matchAll(WORD_START)) {
    if (fromSecond && match.index === 0) continue;
    const letter = match[1]!;
    if (letter.toLowerCase() === letter.toUpperCase()) {
      caseless++;
      continue;
    }
    cased++;
    if (letter === letter.toLowerCase()) lower++;
  }
  return { cased, lower, caseless };
}

/** What shapedAsText needs of a line besides its size: 0 when it has too many separators to be running text. */
const SHAPE_PLAIN = 1;
const SHAPE_BULLET = 2;
const SHAPE_ENDED = 4;

/**
 * Whether a line of `size` words is shaped as running text is: few separators, long enough, and
 * below `unendedWords` ending as a sentence does; a list item only from `longWords` on.
 */
function shapedAsText(size: number, shape: number, model: PageModel): boolean {
  const { textWords, longWords, unendedWords } = model.settings.line;
  if (shape === 0 || ((shape & SHAPE_BULLET) !== 0 && size < longWords)) return false;
  return size >= Math.min(textWords, longWords) && (size >= unendedWords || (shape & SHAPE_ENDED) !== 0);
}

/** The first letter of each word, past any punctuation before it. */
const WORD_START = /(?:^|\s)[^\s\p{L}]*(\p{L})/gu;
const LETTER = /\p{L}/u;

/** "Words" longer than this on average are runs of a script written without spaces (see proseSize). */
const UNSPACED_WORD_CHARS = 15;

/** The line's last character that is not white space (a UTF-16 unit: every sentence end is in the BMP), or ''. */
function lastVisibleChar(line: string): string {
  let end = line.length;
  while (end > 0 && WHITE_SPACE.test(line[end - 1]!)) end--;
  return end === 0 ? '' : line[end - 1]!;
}

const WHITE_SPACE = /\s/;
const DIGIT = /\p{Nd}/u;
const MARKUP_SIGN = /[[#*_]/;

/** The counts of any text: by the byte scan the engine runs on arriving lines where it can, else by unicodeCounts. */
export function textCounts(line: string, model: PageModel): PageCounts {
  const scan = new LineScan(model.functionWordTrie, model.functionWords.size);
  const bytes = Buffer.from(line, 'utf8');
  if (!scan.read(bytes, 0, bytes.length)) return unicodeCounts(line, model);
  return scan.pageCounts();
}

/** Any text: lower-cased as a whole, tokens by the WORD pattern, separators and letters by their patterns. */
export function unicodeCounts(line: string, model: PageModel): PageCounts {
  return {
    functionWords: maxOf(functionWordHits(line, model)),
    separators: separatorCount(line),
    lettersOrDigits: TWO_LETTERS_OR_DIGITS.test(line) ? 2 : 0,
    digits: DIGIT.test(line),
    markup: MARKUP_SIGN.test(line),
    unspacedWords: UNSPACED_SCRIPT.test(line) ? unspacedWords(line, model) : 0,
  };
}

/**
 * The words a line's runs of a script written without spaces add to countWords(): each run of
 * non-white-space holding such characters counts one for every `line.unspacedCharsPerWord` of
 * them (rounded up) rather than one in all. A Chinese sentence is one "word" to countWords().
 */
function unspacedWords(line: string, model: PageModel): number {
  const { unspacedCharsPerWord } = model.settings.line;
  let added = 0;
  for (const token of line.match(UNSPACED_TOKEN) ?? []) {
    const chars = token.match(UNSPACED_CHARS)?.length ?? 0;
    if (chars > 0) added += Math.ceil(chars / unspacedCharsPerWord) - 1;
  }
  return added;
}

const UNSPACED_TOKEN = /\S+/gu;
const UNSPACED_CHARS = new RegExp(UNSPACED_SCRIPT.source, 'gu');

/**
 * The function words of each language (in `model.functionWords` order) that the line holds, its
 * text lower-cased as a whole and cut into tokens by the WORD pattern. The array is reused by the
 * next call: copy it to keep it.
 */
export function functionWordHits(line: string, model: PageModel): Int32Array {
  const hits = languageHits(model.functionWords.size);
  for (const token of line.toLowerCase().match(WORD) ?? []) {
    const languages = model.functionWordLanguages.get(token);
    if (languages !== undefined) for (const language of languages) hits[language]!++;
    else if (model.unspacedWordLength > 0 && UNSPACED_SCRIPT.test(token)) countUnspacedWords(token, model, hits);
  }
  return hits;
}

/** Counts the function words inside a token of a script written without spaces, the longest first at each place. */
function countUnspacedWords(token: string, model: PageModel, hits: Int32Array): void {
  const { unspacedWords, unspacedWordLength } = model;
  for (let start = 0; start < token.length; ) {
    let length = Math.min(unspacedWordLength, token.length - start);
    for (; length > 0; length--) {
      const languages = unspacedWords.get(token.slice(start, start + length));
      if (languages === undefined) continue;
      for (const language of languages) hits[language]!++;
      break;
    }
    start += Math.max(length, 1);
  }
}

/** `|`, `·`, `•`, and guillemets as far as they do not pair up as quotes (see GUILLEMETS). */
function separatorCount(line: string): number {
  const count = (pattern: RegExp): number => line.match(pattern)?.length ?? 0;
  return count(SEPARATOR) + Math.abs(count(LEFT_GUILLEMET) - count(RIGHT_GUILLEMET));
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
