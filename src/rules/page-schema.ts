import type { z as Zod } from 'zod';
import { loadZod } from './lazy-zod.js';
import { precompiledPageSettings } from './precompiled.js';

/**
 * The `page:` section of a rule file: the features and thresholds of the page analysis (which
 * lines of a whole web page are its main content), declared as data like the rules. Every key
 * has a default, so a file may set only what it changes; later files override earlier ones key
 * by key (see mergePageSettings).
 */

export const PROFILES = ['auto', 'article', 'page', 'lines'] as const;
export type Profile = (typeof PROFILES)[number];

function definePageSettingsSchema(z: typeof Zod) {
  const share = z.number().min(0).max(1);
  const count = z.number().int().nonnegative();
  const positive = z.number().int().positive();
  const pattern = z.string().superRefine((source, context) => {
    const problem = regexProblem(source);
    if (problem !== undefined) context.addIssue({ code: 'custom', message: `not a valid regular expression: ${problem}` });
  });

  const pageSettingsSchema = z.strictObject({
    /** Whole-document buffering bound of the page path; past it the document is cleaned by the line rules alone. */
    maxLines: positive.default(20_000),
    maxBytes: positive.default(8 << 20),
    /** Function words per language: their share of a line's words tells running text from labels and names. */
    functionWords: z.record(z.string().regex(/^[a-z]{2,3}$/, 'must be a language code such as en'), z.array(z.string().min(1))).default({}),
    /** How `--profile auto` recognises a whole page (menus, footers) rather than extracted article text. */
    detect: z
      .strictObject({
        /** Fewer non-blank lines than this is article text. */
        minLines: positive.default(25),
        /** Share of non-blank lines that are short (at most line.shortWords words). */
        minShortShare: share.default(0.35),
        /** Or: at least this many menu runs. */
        minMenuRuns: positive.default(2),
        /** And: a line removed by a rule of these packs (a site's menu, footer, sign-in or share bar), a list of links (menu.minLines items of one link each), or a menu run both before the first line of running text and after the last; empty: not required. */
        chromePacks: z.array(z.string()).default([]),
        /** When more of the words in lines shaped as running text than this share are in lines too poor in function words to be running text, the document's language is not covered: the analysis stands aside. */
        maxUnreadProse: share.default(0.5),
        /** Such a document is read by the shape of its lines instead (LineFeatures.prose is running text), and its menus and footers are dropped, when that keeps every line so shaped; false: it stands aside. */
        readByShape: z.boolean().default(true),
      })
      .prefault({}),
    line: z
      .strictObject({
        /** A line of at most this many words is short: a label, a link, a heading. */
        shortWords: positive.default(4),
        /** Running text: at least this many words ... */
        textWords: positive.default(10),
        /** ... of which at least this share are function words, */
        minFunctionShare: share.default(0.15),
        /** or this many words with at least this share (a long line of names is not text). */
        longWords: positive.default(25),
        minLongFunctionShare: share.default(0.08),
        /** Running text of fewer words than this ends as a sentence does: its last visible character is one of `sentenceStops`, `clauseEnds` or `closers`. */
        unendedWords: positive.default(30),
        /** Characters that end a sentence (a full stop, a question or exclamation mark): a wrapped or split line ending with one, past any `closers`, does not run on within a sentence. */
        sentenceStops: z.string().default('.!?…'),
        /** Characters that end a clause (a colon, a comma, a semicolon): running text may end with one, a sentence does not. */
        clauseEnds: z.string().default(':;,'),
        /** Closing quotes and brackets, which may follow a sentence's or a clause's end. */
        closers: z.string().default('"\')]”’»'),
        /** In a script written without spaces (UNSPACED_SCRIPT; or a line whose "words" average more than 15 characters, see proseSize), a word is reckoned every this many of its characters. */
        unspacedCharsPerWord: positive.default(2),
        /** A line of at least this many words, with function words and a sentence end, is a sentence (dialogue, a one-line paragraph): never part of a menu run. */
        sentenceWords: positive.default(3),
        /** A line of at least `listIntroWords` words ending so introduces a list: the article runs on through the list items after it. */
        listIntroEndings: z.array(z.string().min(1)).default([]),
        listIntroWords: positive.default(5),
        /**
         * A line that is not running text and matches one of these (with the `u` flag) is a table
         * row, as a line with figures is: a line-up, a cast, a list of specifications. Each is
         * checked for catastrophic backtracking on load, as `regex` rules are.
         */
        tableRowPatterns: z.array(pattern).default([]),
        /**
         * A line matching one of these is the source line of a social post a story embeds ("— Ann
         * Lee (@annlee) December 13, 2016"), or ends with it; one that matches at its start has the
         * post's text on the line above. Tried only on lines holding a literal text every match of
         * them holds, when there is one (see PageModel.postSourceTexts).
         */
        postSourcePatterns: z.array(pattern).default([]),
        /** A line that is not running text and matches one of these is program code an article quotes. */
        codeLinePatterns: z.array(pattern).default([]),
        /** More separators (| · •, unpaired guillemets) per word than this make a row of links, never running text. */
        maxSeparatorShare: share.default(0.2),
        /**
         * A line holding at least this many separators is a row of links: the head before the main
         * region or the article stops there. A single one sets a byline's date or section apart
         * ("Published 7 June 2021 | News", "Jane Doe ·").
         */
        linkRowSeparators: positive.default(2),
        /** A run of this many white-space characters inside a line sets a table's cells apart: a row of cells is no headline, and after the story it is a table's. */
        cellSpaces: positive.default(3),
      })
      .prefault({}),
    /**
     * Text a converter wrapped at a fixed width (see wrappedLines): its paragraphs are read
     * as one line each.
     */
    wrap: z
      .strictObject({
        /** The width is the length that this share of the non-blank lines stay within, ... */
        widthQuantile: share.default(0.97),
        /** ... when it lies between these (a document of short lines only is no wrapped text). */
        minWidth: positive.default(50),
        maxWidth: positive.default(200),
        /** A line holding a run of this many characters without a space (a link address) may run past the width, so it does not count towards it. */
        unbreakableChars: positive.default(30),
        /** Wrapped when at least this many lines run on into the next, ... */
        minJoins: positive.default(3),
        /** ... and at least this share of the full lines that another line follows directly, ... */
        minJoinShare: share.default(0.5),
        /** ... a full line being at least this share of the width long. */
        fullLineShare: share.default(0.8),
      })
      .prefault({}),
    /**
     * Text split where inline markup (a link, emphasis) began and ended, each piece on its own line
     * (see fragmentedLines): its paragraphs are read as one line each.
     */
    fragments: z
      .strictObject({
        /** Split so when at least this many lines run on into the next, ... */
        minJoins: positive.default(4),
        /** ... and at least this share of the pairs of non-blank lines that follow each other directly. */
        minJoinShare: share.default(0.03),
        /** A document that also reads as hard-wrapped is read as split only when splitting joins this many times as many lines. */
        minJoinsOverWrap: positive.default(2),
      })
      .prefault({}),
    menu: z
      .strictObject({
        /** At least this many consecutive lines that are not running text make a menu run. */
        minLines: positive.default(4),
        /** Lines in a menu run have at most this many words. */
        maxWords: positive.default(12),
        /** Running text between two menu runs is a teaser when it has at most this many words; a longer one is the article. */
        loneTextWords: positive.default(40),
      })
      .prefault({}),
    region: z
      .strictObject({
        /** The main region is the first stretch scoring at least this share of the best one. */
        firstShare: share.default(0.3),
        /** Score of a line that is not running text. */
        otherScore: z.number().max(0).default(-3),
        /** Score of a line that is not running text between two that are. */
        bridgeScore: z.number().max(0).default(0),
        /** Score of a line a rule removed. */
        ruleScore: z.number().max(0).default(-10),
        /** Scores of lines removed by rules of these packs, which usually end an article (comments, related lists). */
        packScores: z.record(z.string(), z.number().max(0)).default({}),
        /** Lines removed by rules of these packs (a comment section) end every stretch: neither the main region nor extracted article text runs across them. */
        barrierPacks: z.array(z.string()).default([]),
        /** A stretch scoring this much before the first comment-section line is the article: the readers' text after that line is never the main region. */
        minScoreBeforeComments: positive.default(100),
        /** Running text scores its word count, up to this cap. */
        maxTextScore: positive.default(80),
        /** How many sentences right after the main region close the story (a one-line last paragraph, a credit) and stay; 0 keeps none. */
        closingLines: count.default(3),
        /** Up to this many other lines after the main region close the story too when a line that a rule of `closingPacks` removed follows them (an event's link line, timetable and address over a related heading); 0 keeps none. */
        closingBlockLines: count.default(0),
        /** The packs whose lines end such a block of closing lines (a related or tags heading, a comment section). */
        closingPacks: z.array(z.string()).default([]),
        /** How many short lines before the main region may still belong to it (headline, byline, date). */
        headLines: count.default(4),
        /** Running text outside the main region is kept when it has at least this many words. */
        outsideWords: positive.default(1000),
      })
      .prefault({}),
    /** The headline above the head, past a share bar, a picture or a highlights box (see headlineAbove). */
    headline: z
      .strictObject({
        /** How many short widget lines (at most line.shortWords words) may stand between the head and the headline. */
        maxGap: count.default(8),
        /** A run of more lines shaped as headlines is a list of teasers. */
        maxLines: positive.default(2),
        /** A headline has at least this many words ... */
        minWords: positive.default(5),
        /** ... or this many right above a standfirst, where no widget line stands ... */
        minWordsOverStandfirst: positive.default(2),
        /** ... and at most this many, ... */
        maxWords: positive.default(25),
        /** A line a converter marks as the page's title (Markdown's `# `, html2text's `****** `) is the headline from this many words on, the marks left out (see markedTitleAbove). */
        minTitleWords: positive.default(3),
        /** ... does not end with one of these characters, ... */
        unendedBy: z.string().default('.,;:'),
        /** ... has at least this share of function words from line.textWords words on, ... */
        minFunctionShare: share.default(0.05),
        /** ... and holds none of these (a breadcrumb's) ... */
        itemSeparators: z.array(z.string().min(1)).default([]),
        /** A paragraph of running text of at most this many words under the headline is its standfirst. */
        standfirstWords: positive.default(50),
        /** A line of at least this many words, ... */
        datelineWords: positive.default(3),
        /** ... this share of them holding a digit, is a dateline. */
        datelineFigures: share.default(0.4),
        /** A line of at most this many words, no running text, that starts with one of `bylineStarts` (lower case) over two capitalised words or holds a time of day and a year is a byline. */
        maxBylineWords: positive.default(15),
        bylineStarts: z.array(z.string().min(1)).default([]),
        /** A box of links under a line these packs removed (a related-list heading), ... */
        boxPacks: z.array(z.string()).default([]),
        /** ... of at most this many list items and short lines, passes as widget lines do. */
        maxBoxLines: count.default(0),
        /** A line right above one these packs removed (a picture's credit) is its caption: it passes as a widget line does, however long. */
        captionPacks: z.array(z.string()).default([]),
        /** A list that many of whose items the rules removed (share and print buttons) is a tool list: it passes as a widget line does. */
        minToolShare: share.default(1),
      })
      .prefault({}),
    /** Extracted article text: the extractor chose the content, only its edges are trimmed. */
    article: z
      .strictObject({
        /** A stretch of running text scoring at least this much is part of the article. */
        minScore: positive.default(20),
        /** How many lines before the first such stretch stay (headline, byline, date, caption). */
        headLines: count.default(4),
        /** When less than this share of the words are in running text, the text has no stretch to anchor on: the rules' verdicts stand. */
        minTextShare: share.default(0),
        /** How many lines after the last one stay, up to the first line a rule removed (a credit, a closing note). */
        tailLines: count.default(3),
        /** A run of at most this many short lines between two table rows is the table's cells (a title between its figures, a contact's name and title). */
        maxCells: positive.default(1),
        /** A line removed by a rule of these packs (a related-list heading) ends the article when a list of teasers follows it. */
        endPacks: z.array(z.string()).default([]),
        /** What follows such a heading is a list of teasers when at least this many of its paragraphs, ... */
        minTeasers: positive.default(2),
        /** ... and this share of them, come straight after a short line (a headline). */
        teaserShare: share.default(0.5),
      })
      .prefault({}),
  });
  return pageSettingsSchema;
}

/** The flags every page-analysis pattern is compiled with. */
export const PAGE_PATTERN_FLAGS = 'u';

/** Why `source` is not a regular expression, or undefined when it is one. */
function regexProblem(source: string): string | undefined {
  try {
    new RegExp(source, PAGE_PATTERN_FLAGS);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The settings of the `line` group that hold lists of patterns. */
export const PATTERN_SETTINGS = ['tableRowPatterns', 'postSourcePatterns', 'codeLinePatterns'] as const;

/** The patterns a file's `page:` section declares (as written, before merging), with the setting that holds each, for the ReDoS check. */
export function pageSectionPatterns(section: PageSection | undefined): { setting: string; regex: RegExp }[] {
  const line = section?.line;
  if (!isPlainObject(line)) return [];
  return PATTERN_SETTINGS.flatMap((key) => {
    const patterns = Array.isArray(line[key]) ? (line[key] as string[]) : [];
    return patterns.map((source) => ({ setting: `line.${key}`, regex: new RegExp(source, PAGE_PATTERN_FLAGS) }));
  });
}

/**
 * The settings that name rule packs (a pack is named after its file: rules/related.yaml is
 * `related`), as `group.key`; `packScores` names them by its keys. A name no pack has would turn
 * the feature off without a word, so compileCheckedPacks refuses it.
 */
export const PACK_NAME_SETTINGS = ['detect.chromePacks', 'region.packScores', 'region.barrierPacks', 'region.closingPacks', 'headline.boxPacks', 'headline.captionPacks', 'article.endPacks'] as const;

/** The pack names a file's `page:` section (validated, as written) gives, with the setting that gives each. */
export function namedPacks(section: PageSection | undefined): { setting: string; name: string }[] {
  return PACK_NAME_SETTINGS.flatMap((setting) => {
    const [group, key] = setting.split('.') as [string, string];
    const groupValue = section?.[group];
    const value = isPlainObject(groupValue) ? groupValue[key] : undefined;
    const names = Array.isArray(value) ? (value as string[]) : isPlainObject(value) ? Object.keys(value) : [];
    return names.map((name) => ({ setting, name }));
  });
}

let pageSettingsSchema: ReturnType<typeof definePageSettingsSchema> | undefined;

/** Built on first use, as the rule schemas are (see ruleSchemas). */
export function pageSchema(): ReturnType<typeof definePageSettingsSchema> {
  pageSettingsSchema ??= definePageSettingsSchema(loadZod());
  return pageSettingsSchema;
}

export type PageSettings = Zod.output<ReturnType<typeof definePageSettingsSchema>>;

/** What a rule file may hold under `page:`: validated strictly, but kept as written so that merging does not reapply defaults. */
export type PageSection = Record<string, unknown>;

/** The problems with a file's `page:` section, or undefined when it is valid. */
export function pageSectionIssues(section: unknown): Zod.core.$ZodIssue[] | undefined {
  const parsed = pageSchema().safeParse(section);
  return parsed.success ? undefined : parsed.error.issues;
}

/** Defaults, then each file's section in load order, merged one level deep. */
export function mergePageSettings(sections: readonly (PageSection | undefined)[]): PageSettings {
  const merged = mergePageSections(sections);
  return precompiledPageSettings(merged) ?? parsePageSettings(merged);
}

/** The merged settings with every default filled in. */
export const parsePageSettings = (merged: Record<string, unknown>): PageSettings => pageSchema().parse(merged);

/** Each file's section in load order, merged one level deep, as written. */
export function mergePageSections(sections: readonly (PageSection | undefined)[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const section of sections) {
    if (section === undefined) continue;
    for (const [key, value] of Object.entries(section)) {
      const earlier = merged[key];
      merged[key] = isPlainObject(earlier) && isPlainObject(value) ? { ...earlier, ...value } : value;
    }
  }
  return merged;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
