import type { PageModel } from '../../rules/page-model.js';
import { pageLineFeatures, shapeFeatures, type LineFeatures, type PageCounts } from './line-features.js';

/** One non-blank line of a document as the page analysis sees it. */
export interface PageLine {
  /** The line as matching sees it, trimmed (see lineText); a paragraph's lines joined by spaces. */
  text: string;
  /** countWords(text). */
  words: number;
  /** The pack of the rule that already removed the line, if one did. */
  removedBy: string | undefined;
  /** The line's counts when its bytes were scanned as it arrived (see LineScan); else its text has characters only the Unicode-aware counts read. */
  counts: PageCounts | undefined;
}

/** Document features computed once and shared by the profile decision and the analysis. */
export interface PageView {
  lines: readonly PageLine[];
  features: readonly LineFeatures[];
  /** Whether each line belongs to a menu run. */
  inMenu: readonly boolean[];
  /** Whether each line is raw markup alone (see MARKUP_LINE). */
  markup: readonly boolean[];
  /**
   * Whether each line is one a story carries besides its running text: a line of a social post it
   * embeds (see embeddedPosts) or of program code it quotes (`line.codeLinePatterns`). Neither is a menu item.
   */
  embedded: readonly boolean[];
  menuRuns: number;
  /** Whether the function-word lists, or else the shape of the lines, read the page's language (see readsLanguage). */
  reads: boolean;
  /** When the lines are read by their shape (see shapeFeatures), the function-word lists not reading the page's language: their features as the lists read them. */
  listedFeatures?: readonly LineFeatures[];
}

export function viewPage(lines: readonly PageLine[], model: PageModel): PageView {
  // A converter's raw markup line ("<div class=…>", "</div>") carries no text of the page: it reads
  // as a letterless line, and a run of them counts as one line of a menu run (the tags closing one
  // element and opening the next around a paragraph are no menu).
  const markup = lines.map((line) => MARKUP_LINE.test(line.text));
  const features = lines.map((line, index) => (markup[index] ? MARKUP_FEATURES : pageLineFeatures(line, model)));
  const posts = embeddedPosts(lines, model);
  const embedded = lines.map((line, index) => posts[index]! || (!features[index]!.text && isCodeLine(line.text, model)));
  const listed = menuView(lines, features, markup, embedded, model);
  if (readsLanguage(listed, model)) return { ...listed, reads: true };
  // A page in a language the lists do not read is read by the shape of its lines, if that reads it
  // (a page of links cut off by wrapping does not); analysePage checks that it keeps its prose.
  if (model.settings.detect.readByShape) {
    const byShape = { ...menuView(lines, features.map((lineFeatures) => shapeFeatures(lineFeatures, model)), markup, embedded, model), listedFeatures: features };
    if (readsLanguage(byShape, model)) return { ...byShape, reads: true };
  }
  return { ...listed, reads: false };
}

/** The menu runs of a page whose lines have these features. */
function menuView(lines: readonly PageLine[], features: readonly LineFeatures[], markup: readonly boolean[], embedded: readonly boolean[], model: PageModel): Omit<PageView, 'reads'> {
  const { minLines, maxWords } = model.settings.menu;
  const inMenu = new Array<boolean>(lines.length).fill(false);
  let menuRuns = 0;
  let runStart = 0;
  let runLines = 0;
  for (let i = 0; i <= lines.length; i++) {
    const menuLike = i < lines.length && (lines[i]!.removedBy !== undefined || (!features[i]!.sentence && !embedded[i] && (features[i]!.words <= maxWords || features[i]!.bullet || features[i]!.separatorShare > 0)));
    if (menuLike) {
      if (!(markup[i] && markup[i - 1] === true)) runLines++;
      continue;
    }
    if (runLines >= minLines) {
      menuRuns++;
      inMenu.fill(true, runStart, i);
    }
    runStart = i + 1;
    runLines = 0;
  }
  return { lines, features, inMenu, markup, embedded, menuRuns };
}

/**
 * The lines of social posts a story embeds, as converters write a post's fallback markup: its
 * text, then its source (`line.postSourcePatterns`: a dash, the author's name, the account in
 * brackets and the date), on a line of its own under the text or at the end of it. A story
 * quoting posts sets them between its paragraphs; they are no menu items (see menuView), and the
 * main region runs across them (see lineScores).
 */
export function embeddedPosts(lines: readonly PageLine[], { postSource, postSourceTexts }: PageModel): boolean[] {
  const posts = new Array<boolean>(lines.length).fill(false);
  if (postSource === undefined) return posts;
  lines.forEach((line, index) => {
    // Most lines hold none of the texts every source holds: skip the pattern for them.
    const source = holdsAny(line.text, postSourceTexts) ? postSource.exec(line.text) : null;
    if (source === null) return;
    posts[index] = true;
    // The source on a line of its own: the post's text is the line above.
    if (source.index === 0 && index > 0 && lines[index - 1]!.removedBy === undefined) posts[index - 1] = true;
  });
  return posts;
}

/** Whether a line matches one of `line.codeLinePatterns`: program code an article quotes. */
function isCodeLine(text: string, { codeLines }: PageModel): boolean {
  for (const pattern of codeLines) if (pattern.test(text)) return true;
  return false;
}

/** Whether the text holds one of the texts, or there are none to look for. */
function holdsAny(text: string, texts: readonly string[] | undefined): boolean {
  if (texts === undefined) return true;
  for (const wanted of texts) if (text.includes(wanted)) return true;
  return false;
}

/** A line of raw HTML tags alone, as pandoc's Markdown writes the elements it has no Markdown for (in a list item, too). */
const MARKUP_LINE = /^(?:(?:\d+\.|[-*+])\s+)?(?:<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>\s*)+$/u;
const MARKUP_FEATURES: LineFeatures = { words: 0, functionShare: 0, separatorShare: 0, separators: 0, bullet: false, text: false, sentence: false, prose: 0, ended: false, figures: false, empty: true };

/**
 * Whether the function-word lists cover the document's language. The analysis tells running text
 * by its function words; in a language the lists do not cover, the story's paragraphs have too few
 * to count, and a single sentence in a language they do cover (a notice in English on a Polish
 * page) would be taken for the article and everything else dropped. So when more than
 * `detect.maxUnreadProse` of the words in lines shaped as running text (see LineFeatures.prose)
 * are in lines that are not running text, the analysis stands aside and the rules' verdicts stand.
 */
function readsLanguage({ lines, features }: Pick<PageView, 'lines' | 'features'>, model: PageModel): boolean {
  // A line counts for at most `region.maxTextScore` words, as in the region's scores: one long
  // line of script or of names does not outweigh the story.
  const { maxTextScore } = model.settings.region;
  let prose = 0;
  let unread = 0;
  features.forEach((lineFeatures, index) => {
    if (lines[index]!.removedBy !== undefined) return;
    const words = Math.min(lineFeatures.prose, maxTextScore);
    prose += words;
    if (!lineFeatures.text) unread += words;
  });
  return unread <= prose * model.settings.detect.maxUnreadProse;
}

/** The nearest line above `index` that no rule removed and that has letters or digits, or -1; past the last line, the last such line. */
export function previousLine(view: PageView, index: number): number {
  const { previous } = neighboursOf(view);
  return previous[clamp(index, 0, previous.length - 1)]!;
}

/** The nearest line below `index` that has letters or digits, removed by a rule or not, or -1; before the first line, the first such line. */
export function nextLine(view: PageView, index: number): number {
  const { next } = neighboursOf(view);
  return next[clamp(index + 1, 0, next.length - 1)]!;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/**
 * previousLine of each index 0 … lines, and nextLine of each index -1 … lines - 1 (at `index + 1`),
 * found once per view: they are asked of every line of a tail, a head or a box, and walking a
 * long run of letterless or removed lines anew for each made such a page quadratic.
 */
const neighbours = new WeakMap<PageView, { previous: Int32Array; next: Int32Array }>();

function neighboursOf(view: PageView): { previous: Int32Array; next: Int32Array } {
  let found = neighbours.get(view);
  if (found !== undefined) return found;
  const { lines, features } = view;
  const previous = new Int32Array(lines.length + 1);
  previous[0] = -1;
  for (let index = 1; index <= lines.length; index++) {
    const above = index - 1;
    previous[index] = lines[above]!.removedBy === undefined && !features[above]!.empty ? above : previous[above]!;
  }
  const next = new Int32Array(lines.length + 1);
  next[lines.length] = -1;
  for (let index = lines.length - 1; index >= 0; index--) next[index] = features[index]!.empty ? next[index + 1]! : index;
  neighbours.set(view, (found = { previous, next }));
  return found;
}

/** The last index in [from, to) that satisfies `test`, or -1. */
export function lastIndexWhere(from: number, to: number, test: (index: number) => boolean): number {
  for (let index = to - 1; index >= from; index--) if (test(index)) return index;
  return -1;
}
