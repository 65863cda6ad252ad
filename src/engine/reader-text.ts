/**
 * Converters that keep links mark them up around the text a reader sees: Markdown (html2text,
 * pandoc, the scrapers that emit Markdown) as `[text](address)`, `![alt](address)` and
 * `[text][ref]`, lynx with the link's number before its text, `[12]text`; Markdown also marks
 * headings (`## Related stories`) and strong emphasis (`**Advertisement**`). Rules are written for
 * what a reader sees, so they match a line with that markup reduced to its text:
 * `* [Share on Facebook](https://…)` is matched as `* Share on Facebook`.
 *
 * In this order: images first, so that a linked image, `[![alt](picture)](address)`, is its alt text.
 */
export const READER_MARKUP: readonly (readonly [pattern: RegExp, replacement: string])[] = [
  [/!\[([^[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g, '$1'],
  [/\[([^[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g, '$1'],
  [/\[([^[\]]*)\]\[[^[\]]*\]/g, '$1'],
  [/\[\d+\]/g, ''],
  // A heading's marks need the space after them: "#MeToo" is no heading.
  [/^#{1,6}[ \t]+/g, ''],
  [/\*\*([^*]+)\*\*/g, '$1'],
  [/__([^_]+)__/g, '$1'],
];

/** The line's text as a reader sees it, trimmed; the text itself when it holds no markup, or nothing but markup. */
export function readerText(text: string): string {
  if (!MARKUP_CHARS.test(text)) return text;
  let reduced = text;
  for (const [pattern, replacement] of READER_MARKUP) reduced = reduced.replace(pattern, replacement);
  reduced = reduced.trim();
  return reduced === '' ? text : reduced;
}

/** A line without one of these holds no markup: most lines, tested once. */
const MARKUP_CHARS = /[[#*_]/;
