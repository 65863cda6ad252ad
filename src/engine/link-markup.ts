/**
 * Converters that keep links mark them up around the text a reader sees: Markdown (html2text,
 * pandoc, the scrapers that emit Markdown) as `[text](address)`, `![alt](address)` and
 * `[text][ref]`, lynx with the link's number before its text, `[12]text`. Rules are written for
 * what a reader sees, so they match a line with that markup reduced to its text:
 * `* [Share on Facebook](https://…)` is matched as `* Share on Facebook`.
 *
 * In this order: images first, so that a linked image, `[![alt](picture)](address)`, is its alt text.
 */
export const LINK_MARKUP: readonly (readonly [pattern: RegExp, replacement: string])[] = [
  [/!\[([^[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g, '$1'],
  [/\[([^[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g, '$1'],
  [/\[([^[\]]*)\]\[[^[\]]*\]/g, '$1'],
  [/\[\d+\]/g, ''],
];

/** The line's text as a reader sees it, trimmed; the text itself when it holds no link markup, or nothing but markup. */
export function readerText(text: string): string {
  if (!text.includes('[')) return text;
  let reduced = text;
  for (const [pattern, replacement] of LINK_MARKUP) reduced = reduced.replace(pattern, replacement);
  reduced = reduced.trim();
  return reduced === '' ? text : reduced;
}
