import { isWhiteSpace } from './line-text.js';

/**
 * Converters that keep links mark them up around the text a reader sees: Markdown (html2text,
 * pandoc, the scrapers that emit Markdown) as `[text](address)`, `![alt](address)` and
 * `[text][ref]`, lynx with the link's number before its text, `[12]text`; Markdown also marks
 * headings (`## Related stories`) and strong emphasis (`**Advertisement**`). A list item's bullet
 * is no text either: Markdown's `*`, `-` and `+`, lynx's and html2text's `*` and `+`, a plain text's
 * `•`. Rules are written for what a reader sees, so they match a line with that markup reduced to
 * its text: `* [Share on Facebook](https://…)` is matched as `Share on Facebook`, as the same
 * button is when a page writes it on a line of its own. An ordered item's number stays (a step of
 * instructions is read as written), and so does a bullet with no white space after it (`-5 °C`,
 * `*Note`).
 *
 * In this order: images first, so that a linked image, `[![alt](picture)](address)`, is its alt text.
 */
/**
 * Each kind of markup with the text that must be in a line (or start it) for it to be there at
 * all — most lines hold none of these, and a list bullet's lone `*` is no emphasis, so a few
 * substring searches pass them over — its patterns and what they leave.
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
  { sign: '**', patterns: [[/\*\*([^*]+)\*\*/g, '$1']] },
  { sign: '__', patterns: [[/__([^_]+)__/g, '$1']] },
];

/** The characters that mark an unordered list item when white space follows them (see readerText). */
const LIST_BULLETS = '*-+•';
export const LIST_BULLET = /^[-*+•]\s+/;

/** Whether the (trimmed) text starts as a list item does: a bullet and white space. */
export function startsListItem(text: string): boolean {
  return LIST_BULLETS.includes(text.charAt(0)) && isWhiteSpace(text.charCodeAt(1));
}

/** The line's text as a reader sees it, trimmed; the text itself when it holds no markup, or nothing but markup. */
export function readerText(text: string): string {
  // The bullet first, as the line starts: what emphasis leaves ("*** Tags: ***" is "* Tags: *") is no list item.
  let reduced = startsListItem(text) ? text.replace(LIST_BULLET, '') : text;
  for (const { sign, atStart, patterns } of READER_MARKUP) {
    if (atStart ? !reduced.startsWith(sign) : !text.includes(sign)) continue;
    for (const [pattern, replacement] of patterns) reduced = reduced.replace(pattern, replacement);
  }
  if (reduced === text) return text;
  reduced = reduced.trim();
  return reduced === '' ? text : reduced;
}
