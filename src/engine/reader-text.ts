import { isWhiteSpace } from './line-text.js';

/**
 * Converters that keep links mark them up around the text a reader sees: Markdown (html2text,
 * pandoc, the scrapers that emit Markdown) as `[text](address)`, `![alt](address)` and
 * `[text][ref]`, lynx with the link's number before its text, `[12]text`; Markdown also marks
 * headings (`## Related stories`) and strong emphasis (`**Advertisement**`). A list item's bullet
 * is no text either: Markdown's `*`, `-` and `+`, lynx's and html2text's `*` and `+`, a plain text's
 * `•` (LIST_BULLETS). Rules are written for what a reader sees, so they match a line with that markup reduced to
 * its text: `* [Share on Facebook](https://…)` is matched as `Share on Facebook`, as the same
 * button is when a page writes it on a line of its own. An ordered item's number stays (a step of
 * instructions is read as written), and so does a bullet with no white space after it (`-5 °C`,
 * `*Note`).
 *
 * Each kind of markup comes with the text that must be in a line (or start it) for it to be there
 * at all — most lines hold none of these, and a list bullet's lone `*` is no emphasis, so a few
 * substring searches pass them over — its patterns and what they leave. In this order: images
 * first, so that a linked image, `[![alt](picture)](address)`, is its alt text.
 */
export const READER_MARKUP: readonly { sign: string; atStart?: true; patterns: readonly (readonly [pattern: RegExp, replacement: string])[] }[] = [
  {
    sign: '[',
    patterns: [
      [/!\[([^[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g, '$1'],
      [/\[([^[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g, '$1'],
      [/\[([^[\]]*)\]\[[^[\]]*\]/g, '$1'],
      [/\[\d+\]/g, ''],
    ],
  },
  // A heading's marks need the space after them: "#MeToo" is no heading.
  { sign: '#', atStart: true, patterns: [[/^#{1,6}[ \t]+/g, '']] },
  // Emphasis starts with its text, as Markdown's does: html2text's heading marks ("*** Related ***") are none.
  { sign: '**', patterns: [[/\*\*([^*\s][^*]*)\*\*/g, '$1']] },
  { sign: '__', patterns: [[/__([^_]+)__/g, '$1']] },
];

/**
 * The text with its markup reduced to what a reader sees (READER_MARKUP), trimmed; the text itself
 * when it holds none, and nothing when it holds nothing else (a picture with no alt text, an
 * anchor). The page analysis reads a line so, its bullet as written: a link's address and title
 * and lynx's link numbers are no words of the page (an address's pieces, "com", "de", "the", read
 * as function words; a Markdown link's title repeats its text), and a sentence in emphasis ends
 * as a sentence does.
 */
export function markupText(text: string): string {
  const reduced = reduceMarkup(text, text);
  return reduced === text ? text : reduced.trim();
}

/** `from` with the markup that `text` holds signs of reduced. */
function reduceMarkup(text: string, from: string): string {
  let reduced = from;
  for (const { sign, atStart, patterns } of READER_MARKUP) {
    if (atStart ? !reduced.startsWith(sign) : !text.includes(sign)) continue;
    for (const [pattern, replacement] of patterns) reduced = reduced.replace(pattern, replacement);
  }
  return reduced;
}

/**
 * The bullets that, with white space after them, start an unordered list item: Markdown's list
 * markers (see MARKDOWN_BULLETS) and those a page sets in its own text. The one definition of a
 * bullet: the rules' reader text and the page analysis take the same lines for list items.
 */
export const LIST_BULLETS = '*+-•·▪►';

/**
 * Markdown's list markers, which converters write before each item (html2text, pandoc, lynx's "*"
 * and "+"). A set of its own because only a converter marks up links: a list item that is one
 * link (a menu's "* [Sport](/sport)", lynx's "* [12]Sport") starts with one of these.
 */
export const MARKDOWN_BULLETS = '*+-';

/** Whether the (trimmed) text starts as a list item does: a bullet and white space. */
export function startsListItem(text: string): boolean {
  return LIST_BULLETS.includes(text.charAt(0)) && isWhiteSpace(text.charCodeAt(1));
}

/** A list item's bullet and the white space after it. */
export const LIST_BULLET = new RegExp(`^${characterClass(LIST_BULLETS)}\\s+`, 'u');

/** The characters as a regular expression's character class. */
export function characterClass(characters: string): string {
  return `[${characters.replace(/[-\\\]^]/g, '\\$&')}]`;
}

/** The line's text as a reader sees it, trimmed; the text itself when it holds no markup, or nothing but markup. */
export function readerText(text: string): string {
  // The bullet first, as the line starts: what emphasis leaves ("*** Tags: ***" is "* Tags: *") is no list item.
  let reduced = reduceMarkup(text, startsListItem(text) ? text.slice(1).trimStart() : text);
  if (reduced === text) return text;
  reduced = reduced.trim();
  return reduced === '' ? text : reduced;
}
