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

/** Content lines of fewer words hold no link in splitAtLinks. */
const SPLIT_MIN_WORDS = 12;
/** A capitalised word: the text of a link to a person, a place, an organisation. */
const NAME_WORD = /^[A-Z][a-z]/;
/** At most this many capitalised words in a row make one link's text. */
const NAME_WORDS = 4;
/** A word that ends a sentence: the capitalised word after it starts the next one, and is no name. */
const SENTENCE_END = /[.!?:]["'”’)]*$/;

/**
 * Text as a scraper that writes each of an HTML page's text nodes on a line of its own lays it out
 * (BeautifulSoup's `get_text("\n")`), approximated: the dataset keeps no markup, so in every line of
 * at least SPLIT_MIN_WORDS words that is in the gold, every second run of capitalised words inside a
 * sentence (a name, as the text of links in news stories mostly is) is taken for a
 * link: it goes on a line of its own, and the text before and after it on theirs, the punctuation
 * that follows the name starting the next piece (", who said…"). Other lines stay as they are.
 */
export function splitAtLinks(text: string, gold: string): string {
  let names = 0;
  const split = (line: string): string[] => {
    const words = line.split(' ');
    if (words.length < SPLIT_MIN_WORDS || !gold.includes(line.trim())) return [line];
    const pieces: string[] = [];
    let piece: string[] = [];
    for (let index = 0; index < words.length; index++) {
      if (index === 0 || !NAME_WORD.test(words[index]!) || SENTENCE_END.test(words[index - 1]!)) {
        piece.push(words[index]!);
        continue;
      }
      let last = index;
      while (last + 1 < words.length && last - index + 1 < NAME_WORDS && NAME_WORD.test(words[last + 1]!)) last++;
      if (names++ % 2 === 1) {
        piece.push(...words.slice(index, last + 1));
      } else {
        const [, name, punctuation] = /^(.*?[A-Za-z])([^A-Za-z]*)$/.exec(words[last]!) ?? [];
        if (piece.length > 0) pieces.push(piece.join(' '));
        pieces.push([...words.slice(index, last), name].join(' '));
        piece = punctuation ? [punctuation] : [];
      }
      index = last;
    }
    if (piece.length > 0) pieces.push(piece.join(' '));
    return pieces;
  };
  return text.split('\n').flatMap(split).join('\n');
}

export interface ConverterLayout {
  /** Hard-wrap every input at this many columns. */
  wrap?: number | undefined;
  links?: LinkStyle | undefined;
  /** Put the text of every second link-like name in a content line on a line of its own (see splitAtLinks). */
  split?: boolean | undefined;
}

/** The records with every input laid out so (the scores count tokens, so the gold's layout does not change them). */
export async function* layoutRecords(records: AsyncIterable<EvalRecord>, layout: ConverterLayout): AsyncGenerator<EvalRecord> {
  const render = (text: string, gold: string): string => {
    const split = layout.split === true ? splitAtLinks(text, gold) : text;
    const linked = layout.links === undefined ? split : markLinks(split, gold, layout.links);
    return layout.wrap === undefined ? linked : hardWrap(linked, layout.wrap);
  };
  for await (const record of records) {
    const { text, readability, gold } = record;
    yield { ...record, text: render(text, gold), ...(readability === undefined ? {} : { readability: render(readability, gold) }), gold: render(gold, gold) };
  }
}
