import type { PageModel } from '../../rules/page-model.js';
import { isWhiteSpace } from '../line-text.js';
import { endsSentence, mayRunOn, type NumberedPageLine } from './paragraphs.js';

/**
 * Scrapers that write out an HTML page's text nodes one a line (BeautifulSoup's
 * `get_text("\n")`, an XPath `//text()` joined by newlines) break a paragraph wherever inline
 * markup starts or ends: "The council asked the" / "Environment Agency" / ", which warned that…".
 * The pieces are too short for running text, and the analysis would take the story for a menu.
 * When a document is so split, it must read each paragraph as one line, as it does hard-wrapped
 * text.
 *
 * A line runs on into the next when the next starts as no line of its own does: with a comma, a
 * closing bracket or quote, or with a full stop, colon, ! or ? and a space after a line that ends
 * no sentence, unless both lines start so (list items); in lower case after a line that does not
 * end a sentence; or after a line that ends in a function word written in lower case ("according
 * to the", "said that"), where no sentence, heading or label ends. An indented item of a nested
 * list, whose bullet is a lower-case "o", starts a line of its own. The document counts as split
 * when at least `minJoins` lines, and `minJoinShare` of the pairs of non-blank lines that follow
 * each other directly, run on so: in text written one block a line, that happens only in the odd
 * menu or comment footer. Then a piece
 * that runs on into the next is inside a sentence, and so the line before it runs on into it too,
 * unless that line ended a sentence: the text of a link that starts with a capital ("the" /
 * "Environment Agency" / ", which"). So on up the lines only while each breaks off in lower case,
 * as a sentence does and a menu or a title-case headline above the story does not. Lines a rule
 * removed neither join nor are joined.
 *
 * Returns whether each line runs on into the next, or undefined when the document is not split so.
 */
export function fragmentedLines(lines: readonly NumberedPageLine[], model: PageModel): boolean[] | undefined {
  const { minJoins, minJoinShare } = model.settings.fragments;
  const runsOn = lines.map(() => false);
  let pairs = 0;
  let joins = 0;
  lines.forEach((line, index) => {
    const next = lines[index + 1];
    if (!mayRunOn(line, next)) return;
    pairs++;
    if (isNestedItem(next) || !startsRunningOn(line.text, next.text, model)) return;
    runsOn[index] = true;
    joins++;
  });
  if (joins < minJoins || joins < pairs * minJoinShare) return undefined;
  // From the last line up, so that a run of link pieces ("the" / "Environment" / "Agency" / ", which") joins as a whole.
  const strong = [...runsOn];
  for (let index = lines.length - 2; index >= 0; index--) {
    if (runsOn[index] || !runsOn[index + 1] || !mayRunOn(lines[index]!, lines[index + 1]) || isNestedItem(lines[index + 1]!)) continue;
    const { text } = lines[index]!;
    if (endsSentence(text, model)) continue;
    // Further up only through lines that break off a sentence in lower case: not up a menu or a title-case headline.
    if (strong[index + 1] || endsInLowerCase(text)) runsOn[index] = true;
  }
  return runsOn;
}

/**
 * A list item below the first level as lynx, w3m and html2text write it, indented under its parent
 * with the bullet "o" ("* News" over "o Health_News"): a line of its own, though it starts in lower case.
 */
const isNestedItem = (line: NumberedPageLine): boolean => line.indent > 0 && NESTED_BULLET.test(line.text);
const NESTED_BULLET = /^o\s/u;

/** Characters no line of its own starts with, but the text after a link or emphasis may. */
const CONTINUING = ',;)]}%’”';
/** Characters that start the text after a link at the end of a sentence or clause, when a space follows. */
const CLOSING = '.:!?';

/** Whether `next` shows that `line` ran on into it (both as PageLine.text has them, trimmed). */
function startsRunningOn(line: string, next: string, model: PageModel): boolean {
  if (line === '' || next === '') return false;
  const first = next[0]!;
  if (CONTINUING.includes(first)) return true;
  if (CLOSING.includes(first)) return (next.length === 1 || isWhiteSpace(next.charCodeAt(1))) && line[0] !== first && !endsSentence(line, model);
  if (isLowerCase(first)) return !endsSentence(line, model);
  return LETTER_OR_DIGIT.test(first) && endsInFunctionWord(line, model);
}

/** Whether the line's last word starts in lower case: a sentence breaks off there, where a label or a name would not. */
function endsInLowerCase(line: string): boolean {
  const word = lastWord(line);
  return word !== '' && isLowerCase(word[0]!);
}

/** Whether the line's last word is a function word, written in lower case. */
function endsInFunctionWord(line: string, model: PageModel): boolean {
  const word = lastWord(line);
  return word !== '' && word === word.toLowerCase() && model.functionWordLanguages.has(word);
}

/** The line's last word: after the last white space countWords() knows. */
function lastWord(line: string): string {
  let start = line.length;
  while (start > 0 && !isWhiteSpace(line.charCodeAt(start - 1))) start--;
  return line.slice(start);
}

const isLowerCase = (char: string): boolean => char !== char.toUpperCase() && char === char.toLowerCase();
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
