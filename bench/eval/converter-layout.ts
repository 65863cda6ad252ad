import type { EvalRecord } from './dataset.js';

/**
 * Text as converters such as lynx, w3m, html2text and pandoc lay it out: every line broken at
 * the last space that keeps it within `width` characters. A word longer than the width (an
 * address) stays whole on a line of its own; white space inside a line is kept as it is.
 */
export function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => wrapLine(line, width))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  const lines: string[] = [];
  let rest = line;
  while (rest.length > width) {
    const cut = rest.lastIndexOf(' ', width);
    const end = cut > 0 ? cut : rest.indexOf(' ', width);
    if (end < 0) break;
    lines.push(rest.slice(0, end));
    rest = rest.slice(end + 1);
  }
  lines.push(rest);
  return lines.join('\n');
}

/** How a converter marks a link up: Markdown `[text](address)`, or lynx's `[12]text` with its list bullet. */
export type LinkStyle = 'markdown' | 'lynx';
export const LINK_STYLES: readonly LinkStyle[] = ['markdown', 'lynx'];

/** Lines of at most this many words that the annotators left out are the links (menus, link lists, teasers). */
const LINK_WORDS = 8;

/**
 * Text as a converter that keeps links renders it, approximated: the dataset keeps no markup, so
 * every short line (`LINK_WORDS` words at most) that is not in the gold becomes a link list item,
 * as menus, link lists and teaser headlines are. Content lines stay plain: the figures measure
 * what markup on the boilerplate costs, not links inside the story.
 */
export function markLinks(text: string, gold: string, style: LinkStyle): string {
  let link = 0;
  return text
    .split('\n')
    .map((line) => {
      const label = line.trim();
      if (label === '' || label.split(/\s+/).length > LINK_WORDS || gold.includes(label)) return line;
      link++;
      return style === 'markdown' ? `* [${label}](https://example.com/${link})` : `   * [${link}]${label}`;
    })
    .join('\n');
}

export interface ConverterLayout {
  /** Hard-wrap every input at this many columns. */
  wrap?: number | undefined;
  links?: LinkStyle | undefined;
}

/** The records with every input laid out so (the scores count tokens, so the gold's layout does not change them). */
export async function* layoutRecords(records: AsyncIterable<EvalRecord>, layout: ConverterLayout): AsyncGenerator<EvalRecord> {
  const render = (text: string, gold: string): string => {
    const linked = layout.links === undefined ? text : markLinks(text, gold, layout.links);
    return layout.wrap === undefined ? linked : hardWrap(linked, layout.wrap);
  };
  for await (const record of records) {
    const { text, readability, gold } = record;
    yield { ...record, text: render(text, gold), ...(readability === undefined ? {} : { readability: render(readability, gold) }), gold: render(gold, gold) };
  }
}
