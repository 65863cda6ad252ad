/**
 * The characters a line must start with for a pattern to match it, read from the pattern's
 * source. Only patterns anchored at the start (`^` before anything is consumed, in every
 * alternative) have such a set; for any other pattern, or syntax this reader does not follow
 * (`.`, negated classes, back-references), the answer is "any character", which is always safe.
 */

import { AsciiStarts, type AsciiStartTable } from './ascii-starts.js';

/** Pieces of a character class (`a`, `\d`, `A-Z`, `\p{L}`) that together hold every possible first character. */
type First = string[] | 'any';

interface Shape {
  first: First;
  /** Can match the empty string. */
  nullable: boolean;
  /** Every alternative asserts `^` before it can consume a character. */
  anchored: boolean;
  /** The exact strings (as pattern source) this part matches, when it only matches a few fixed strings. */
  literal?: string[];
  /** Strings (as pattern source) one of which every match contains, when known. */
  required?: string[];
  /** What every match begins with: its first START_LENGTH characters, or all of a shorter match. */
  starts: Start[] | 'any';
  /** The sets (by name) of every character a match may consume; 'any' when not known. */
  consumes: Start[] | 'any';
  /** Every match ends at `$`: the last term is `$`, or a group each of whose alternatives ends so. */
  endAnchored: boolean;
}

/** How many leading characters of a match `starts` follows. */
export const START_LENGTH = 4;

/**
 * Characters in a row, each one of a set of class pieces. A start is written as a string with
 * one code unit per character, naming its set (see `setNamed`), so that starts join, cut and
 * compare as strings.
 */
type Start = string;

/** Past this many starts a pattern's start is left unknown, so that the tests stay small. */
const MAX_STARTS = 512;

/** The sets of class pieces named so far, by name (one code unit) and by their pieces. */
const setPieces: string[][] = [];
const setNames = new Map<string, string>();

function setNamed(pieces: string[]): string {
  const key = pieces.join('\u0000');
  let name = setNames.get(key);
  if (name === undefined) {
    if (setPieces.length === 0xffff) throw new GiveUp();
    name = String.fromCharCode(setPieces.length);
    setPieces.push(pieces);
    setNames.set(key, name);
  }
  return name;
}

/** A start's set names, one code unit each (iterating the string would pair two names that look like a surrogate pair). */
const setNamesOf = (start: Start): string[] => start.split('');

const ANY: Shape = { first: 'any', nullable: false, anchored: false, starts: 'any', consumes: 'any', endAnchored: false };
const ZERO_WIDTH: Shape = { first: [], nullable: true, anchored: false, starts: [''], consumes: [], endAnchored: false };

/** One character from one of `pieces` (a literal, class or escape). */
function oneCharacter(pieces: string[], literal?: string[]): Shape {
  const name = setNamed(pieces);
  return { first: pieces, nullable: false, anchored: false, literal, required: literal, starts: [name], consumes: [name], endAnchored: false };
}

/** All of the sets in one (a set is never changed once made, so one set alone is handed back as is). */
function union<T>(sets: (T[] | 'any')[]): T[] | 'any' {
  let all: T[] = [];
  for (const set of sets) {
    if (set === 'any') return 'any';
    if (set.length > 0) all = all.length === 0 ? set : all.concat(set);
  }
  return all;
}

/** Starts without repeats; 'any' past MAX_STARTS. */
function distinctStarts(starts: Iterable<Start> | 'any'): Start[] | 'any' {
  if (starts === 'any') return 'any';
  const distinct = new Set(starts);
  return distinct.size > MAX_STARTS ? 'any' : [...distinct];
}

/** The starts of a match of `head` followed by one of `tail`: a start shorter than START_LENGTH is all of the head's match, so the tail's follows it. */
function followedBy(head: Start[] | 'any', tail: Start[] | 'any'): Start[] | 'any' {
  if (head === 'any') return 'any';
  if (head.every((start) => start.length >= START_LENGTH)) return head;
  const starts = new Set<Start>();
  for (const start of head) {
    if (start.length >= START_LENGTH) starts.add(start);
    else if (tail === 'any') return 'any';
    else for (const next of tail) starts.add((start + next).slice(0, START_LENGTH));
    if (starts.size > MAX_STARTS) return 'any';
  }
  return [...starts];
}

/**
 * The starts of `min` to `max` matches of an atom in a row: up to START_LENGTH of them reach past
 * the start (`?` adds only the empty match, where `*` would add up to START_LENGTH repeats).
 */
function repeated(atom: Start[] | 'any', min: number, max: number): Start[] | 'any' {
  let starts = min === 0 ? distinctStarts(union([[''], atom])) : atom;
  for (let count = 1; count < Math.min(min, START_LENGTH); count++) starts = followedBy(starts, atom);
  const more = Math.min(START_LENGTH - 1, max - Math.max(min, 1));
  for (let count = 0; count < more; count++) starts = distinctStarts(union([starts, followedBy(starts, atom)]));
  return starts;
}

/** Characters that need a backslash to mean themselves outside a class (under the u flag no others may have one). */
const SYNTAX_CHARACTER = /^[\\^$.*+?()[\]{}|\/]$/;
/** Past this many strings a run of literals is cut, so that required-text tests stay small. */
const MAX_LITERAL_STRINGS = 32;

/** How selective a set of required strings is: its shortest member's length (0: tells nothing). */
const selectivity = (strings: string[] | undefined): number => (strings === undefined ? 0 : Math.min(...strings.map((text) => text.length)));

class GiveUp extends Error {}

/** Characters that need a backslash to mean themselves inside a class. */
const CLASS_SPECIAL = /[\\\]\[^-]/;

/** One shape for a choice between alternatives. */
function combine(alternatives: Shape[]): Shape {
  const all = (key: 'literal' | 'required'): string[] | undefined =>
    alternatives.every((shape) => shape[key] !== undefined) ? alternatives.flatMap((shape) => shape[key]!) : undefined;
  return {
    first: alternatives.some((shape) => shape.first === 'any') ? 'any' : alternatives.flatMap((shape) => shape.first as string[]),
    nullable: alternatives.some((shape) => shape.nullable),
    anchored: alternatives.every((shape) => shape.anchored),
    literal: all('literal'),
    required: all('required'),
    starts: distinctStarts(union(alternatives.map((shape) => shape.starts))),
    consumes: union(alternatives.map((shape) => shape.consumes)),
    endAnchored: alternatives.every((shape) => shape.endAnchored),
  };
}

class SourceReader {
  private at = 0;

  constructor(private readonly source: string) {}

  /** The shapes of the pattern's top-level alternatives. */
  readAlternatives(): Shape[] {
    const alternatives = this.alternatives();
    if (this.at !== this.source.length) throw new GiveUp();
    return alternatives;
  }

  private disjunction(): Shape {
    return combine(this.alternatives());
  }

  private alternatives(): Shape[] {
    const alternatives = [this.alternative()];
    while (this.source[this.at] === '|') {
      this.at++;
      alternatives.push(this.alternative());
    }
    return alternatives;
  }

  private alternative(): Shape {
    const first: string[] = [];
    let anyFirst = false;
    let settled = false;
    let anchored = false;
    // Consecutive literal terms match consecutive text: the longest such run is required text.
    let run: string[] | undefined = [''];
    let allLiteral = true;
    let required: string[] | undefined;
    const terms: Shape[] = [];
    const consider = (strings: string[] | undefined): void => {
      if (selectivity(strings) > selectivity(required)) required = strings;
    };
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const term = this.term();
      terms.push(term);
      const literal = term.literal;
      if (literal === undefined) {
        allLiteral = false;
        consider(run);
        consider(term.required);
        run = undefined;
      } else if (run !== undefined && run.length * literal.length <= MAX_LITERAL_STRINGS) {
        run = run.flatMap((head) => literal.map((tail) => head + tail));
      } else {
        allLiteral = false;
        consider(run);
        run = literal;
      }
      // Only what may come before the first character that must be consumed decides the start.
      if (settled) continue;
      if (term.anchored) anchored = true;
      if (term.first === 'any') anyFirst = true;
      else first.push(...term.first);
      if (!term.nullable) settled = true;
    }
    consider(run);
    const starts = terms.reduce<Start[] | 'any'>((sofar, term) => followedBy(sofar, term.starts), ['']);
    const consumes = union(terms.map((term) => term.consumes));
    const endAnchored = terms.at(-1)?.endAnchored === true;
    return { first: anyFirst ? 'any' : first, nullable: !settled, anchored, literal: allLiteral ? run : undefined, required, starts, consumes, endAnchored };
  }

  private term(): Shape {
    const atom = this.atom();
    const count = this.quantifier();
    if (count === undefined) return atom;
    const { min, max } = count;
    return {
      first: atom.first,
      nullable: atom.nullable || min === 0,
      anchored: atom.anchored && min > 0,
      required: min > 0 ? atom.required : undefined,
      starts: repeated(atom.starts, min, max),
      consumes: atom.consumes,
      endAnchored: false,
    };
  }

  /** Reads a quantifier if one follows; returns its least and greatest count. */
  private quantifier(): { min: number; max: number } | undefined {
    const char = this.source[this.at];
    let count: { min: number; max: number };
    if (char === '*') count = { min: 0, max: Infinity };
    else if (char === '?') count = { min: 0, max: 1 };
    else if (char === '+') count = { min: 1, max: Infinity };
    else if (char === '{') {
      const found = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (found === null) throw new GiveUp();
      this.at += found[0].length - 1;
      const min = Number(found[1]);
      count = { min, max: found[2] === undefined ? min : found[3] === '' ? Infinity : Number(found[3]) };
    } else return undefined;
    this.at++;
    if (this.source[this.at] === '?') this.at++;
    return count;
  }

  private atom(): Shape {
    const char = this.source[this.at++]!;
    switch (char) {
      case '^':
        return { ...ZERO_WIDTH, anchored: true };
      case '$':
        return { ...ZERO_WIDTH, endAnchored: true };
      case '.':
        return ANY;
      case '[':
        return this.characterClass();
      case '(':
        return this.group();
      case '\\':
        return this.escape();
      default: {
        const literal = SYNTAX_CHARACTER.test(char) ? `\\${char}` : this.codePointFrom(char);
        return oneCharacter([CLASS_SPECIAL.test(char) ? `\\${char}` : literal], [literal]);
      }
    }
  }

  /** A surrogate pair is one character under the u flag. */
  private codePointFrom(char: string): string {
    const code = char.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && this.at < this.source.length) return char + this.source[this.at++]!;
    return char;
  }

  private characterClass(): Shape {
    const start = this.at;
    while (this.at < this.source.length && this.source[this.at] !== ']') this.at += this.source[this.at] === '\\' ? 2 : 1;
    if (this.at >= this.source.length) throw new GiveUp();
    const inner = this.source.slice(start, this.at++);
    if (inner.startsWith('^') || inner === '') return ANY;
    return oneCharacter([inner]);
  }

  private group(): Shape {
    const lookaround = /^\?<?[=!]/.exec(this.source.slice(this.at));
    if (lookaround !== null) {
      this.at += lookaround[0].length;
      this.disjunction();
      this.closeGroup();
      return ZERO_WIDTH;
    }
    if (this.source.startsWith('?:', this.at)) this.at += 2;
    else if (this.source.startsWith('?<', this.at)) this.at = this.source.indexOf('>', this.at) + 1;
    const inner = this.disjunction();
    this.closeGroup();
    return inner;
  }

  private closeGroup(): void {
    if (this.source[this.at] !== ')') throw new GiveUp();
    this.at++;
  }

  private escape(): Shape {
    const char = this.source[this.at];
    if (char === undefined) throw new GiveUp();
    if (char === 'b' || char === 'B') {
      this.at++;
      return ZERO_WIDTH;
    }
    // Back-references match what a group caught, which this reader does not track.
    const reference = /^(?:[1-9]\d*|k<[^>]*>)/.exec(this.source.slice(this.at));
    if (reference !== null) {
      this.at += reference[0].length;
      return ANY;
    }
    const found = /^(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[a-zA-Z]|[\s\S])/.exec(this.source.slice(this.at))!;
    this.at += found[0].length;
    const escaped = `\\${found[0]}`;
    // Only an escaped syntax character is sure to stand for itself alone.
    const literal = SYNTAX_CHARACTER.test(found[0]) ? [escaped] : undefined;
    return oneCharacter([escaped], literal);
  }
}

/**
 * A class piece whose dash at either end is escaped: joined with its neighbours, a bare `-` there
 * would make a range with their characters.
 */
function withLiteralDashes(piece: string): string {
  let result = piece.startsWith('-') ? `\\${piece}` : piece;
  const trailingBackslashes = /\\*(?=-$)/.exec(result)?.[0].length ?? 0;
  if (result.endsWith('-') && result.length > 1 && trailingBackslashes % 2 === 0) result = `${result.slice(0, -1)}\\-`;
  return result;
}

/**
 * A test for the first character of a line (a one-character string) that a regular expression
 * may match, or undefined when any character may start a match. The test uses the pattern's own
 * flags, so case-insensitive patterns compare their first characters the same way.
 */
export function firstCharacterTest(regex: RegExp): RegExp | undefined {
  const alternatives = readAlternatives(regex);
  return alternatives === undefined ? undefined : firstTestOf(regex, alternatives);
}

/**
 * What a line must have for one top-level alternative of a regular expression to match it: a
 * start that `start` accepts, when the alternative is anchored at the start, and text that
 * `required` names, when every match of the alternative contains one of a few literal runs.
 */
export interface AlternativeGate {
  start: StartTests | undefined;
  /** Literal runs (as pattern source), one of which every match contains; see requiredTextTest. */
  required: string[] | undefined;
}

/** Tests of a line's first character, first two, and first START_LENGTH (or all of a shorter line). */
export interface StartTests {
  first: RegExp;
  /** Undefined when not known (the second character may be any): finer cuts where `first` lets many lines through. */
  firstTwo: RegExp | undefined;
  firstFour: RegExp | undefined;
  /**
   * The same tests answered by table for a start of ASCII characters, so that such a line needs
   * none of them compiled: with the i and u flags, compiling the tests was most of a run's
   * start-up. Undefined when a set of the pattern cannot be read alone.
   */
  ascii: AsciiStarts | undefined;
}

/** Whether a line starting with `start` (its first character, first two, or its first START_LENGTH or all of a shorter line when `whole`) may match an alternative with these start tests. */
export function startAllows(tests: StartTests, start: string, whole: boolean): boolean {
  if (tests.ascii !== undefined && isAscii(start)) return tests.ascii.allows(start, whole);
  return tests.first.test(start) && (start.length < 2 || tests.firstTwo?.test(start) !== false) && (!whole || tests.firstFour?.test(start) !== false);
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0x7f) return false;
  return true;
}

/**
 * The gates of a regular expression's top-level alternatives: a line can match only if it passes
 * one of them. Undefined when some alternative has neither a start nor required text, or the
 * pattern cannot be read, so any line may match.
 */
export function lineGates(regex: RegExp): AlternativeGate[] | undefined {
  const alternatives = readAlternatives(regex);
  if (alternatives === undefined) return undefined;
  const gates: AlternativeGate[] = [];
  for (const shape of alternatives) {
    const first = firstTestOf(regex, [shape]);
    // Required text costs a search of the line: worth it only where the start lets many lines through.
    const required = selectivity(shape.required) > 0 && (first === undefined || isBroadStart(regex, shape)) && requiredTextTest(regex, shape.required!) !== undefined ? shape.required : undefined;
    if (first === undefined && required === undefined) return undefined;
    gates.push({ start: first && startTestsOf(regex, shape, first), required });
  }
  return gates;
}

/**
 * Literal runs (as pattern source), one of which every match of the expression contains, whatever
 * its start: each top-level alternative's. Undefined when some alternative has none, or the
 * pattern cannot be read.
 */
export function requiredRuns(regex: RegExp): string[] | undefined {
  const alternatives = readAlternatives(regex);
  if (alternatives === undefined || alternatives.some((shape) => selectivity(shape.required) === 0)) return undefined;
  return alternatives.flatMap((shape) => shape.required!);
}

/**
 * The most words (runs of characters other than white space, as countWords counts them) of a
 * line the pattern matches: 1 when every top-level alternative is anchored at both ends (`^…$`)
 * and consumes no white space (`^[\w-]+\.(?:jpe?g|png)$`), so that a line of two words is
 * never offered to it; undefined when the pattern sets no such bound.
 */
export function maxMatchWords(regex: RegExp): number | undefined {
  const alternatives = readAlternatives(regex);
  if (alternatives === undefined) return undefined;
  const flags = flagsOf(regex);
  const oneWord = alternatives.every(
    (shape) => shape.anchored && shape.endAnchored && shape.consumes !== 'any' && shape.consumes.every((name) => !holdsWhiteSpace(name, flags)),
  );
  return oneWord ? 1 : undefined;
}

/** Whether a set (by name) holds a white-space character (`\s`, which is what trim() and countWords() take for white space) under these flags. */
function holdsWhiteSpace(name: string, flags: string): boolean {
  try {
    return new RegExp(classOf(setPieces[name.charCodeAt(0)]!), flags).test(whiteSpace());
  } catch {
    // A set that cannot be tested alone may hold anything.
    return true;
  }
}

let whiteSpaceCharacters: string | undefined;

/** Every BMP character `\s` matches (white space beyond the BMP there is none). */
function whiteSpace(): string {
  if (whiteSpaceCharacters === undefined) {
    whiteSpaceCharacters = '';
    for (let code = 0; code < 0x10000; code++) if (/\s/.test(String.fromCharCode(code))) whiteSpaceCharacters += String.fromCharCode(code);
  }
  return whiteSpaceCharacters;
}

/** lineGates() and maxMatchWords() as JSON: each test by its source, all with the flags given once. */
export interface StoredGates {
  flags: string;
  gates: { start?: { first: string; firstTwo?: string; firstFour?: string; ascii?: AsciiStartTable }; required?: string[] }[] | null;
  /** Absent when the pattern sets no bound. */
  maxWords?: number;
}

export function storeGates(gates: AlternativeGate[] | undefined, regex: RegExp, maxWords: number | undefined = maxMatchWords(regex)): StoredGates {
  return {
    flags: flagsOf(regex),
    gates:
      gates?.map(({ start, required }) => ({
        ...(start ? { start: storeStartTests(start) } : {}),
        ...(required ? { required } : {}),
      })) ?? null,
    ...(maxWords === undefined ? {} : { maxWords }),
  };
}

function storeStartTests({ first, firstTwo, firstFour, ascii }: StartTests): NonNullable<NonNullable<StoredGates['gates']>[number]['start']> {
  return {
    first: first.source,
    ...(firstTwo ? { firstTwo: firstTwo.source } : {}),
    ...(firstFour ? { firstFour: firstFour.source } : {}),
    ...(ascii ? { ascii: ascii.table } : {}),
  };
}

/** The gates storeGates() stored, as lineGates() made them. */
export function restoreGates({ flags, gates }: StoredGates): AlternativeGate[] | undefined {
  const test = (source: string | undefined): RegExp | undefined => (source === undefined ? undefined : new RegExp(source, flags));
  return gates?.map(({ start, required }) => ({
    start: start && {
      first: test(start.first)!,
      firstTwo: test(start.firstTwo),
      firstFour: test(start.firstFour),
      ascii: start.ascii && new AsciiStarts(start.ascii),
    },
    required,
  }));
}

/** Past this many of the 95 printable ASCII characters, a character of a start is a broad class (`\S`, `\p{L}`, `[A-Z]`). */
const MAX_NARROW_SET = 10;

/** Whether an alternative's starts are unknown, or hold a broad class in their first START_LENGTH characters. */
function isBroadStart(regex: RegExp, shape: Shape): boolean {
  if (shape.starts === 'any') return true;
  const flags = flagsOf(regex);
  const names = new Set(shape.starts.flatMap(setNamesOf));
  return [...names].some((name) => isBroadSet(name, flags));
}

/** Whether a set (by name) holds more than MAX_NARROW_SET printable ASCII characters under these flags. */
function isBroadSet(name: string, flags: string): boolean {
  const members = asciiMembers(name, flags);
  // A set that cannot be tested alone is taken as broad: its alternative then needs its text.
  return members === null || PRINTABLE.reduce((count, character) => count + (members.includes(character) ? 1 : 0), 0) > MAX_NARROW_SET;
}

const PRINTABLE = Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index));

/** Source that is its own text: no escapes, classes or other syntax. */
const PLAIN_TEXT = /^[^\\^$.*+?()[\]{}|/]*$/;

/**
 * The runs without those that hold another (" Click here" holds "Click here"; repeats too): a
 * line holding the longer one holds the shorter, so the test answers the same with fewer
 * alternatives to try at every position. Only when every run is plain text, whose source is its text.
 */
function withoutContaining(required: readonly string[]): readonly string[] {
  if (!required.every((text) => PLAIN_TEXT.test(text))) return required;
  return required.filter((text, index) => !required.some((other, otherIndex) => otherIndex !== index && text.includes(other) && (other !== text || otherIndex < index)));
}

/** A test for one of the literal runs of `required` anywhere in a line, with the pattern's flags; undefined if it cannot be built. */
export function requiredTextTest(regex: RegExp, required: readonly string[]): RegExp | undefined {
  try {
    return new RegExp(withoutContaining(required).map((text) => `(?:${text})`).join('|'), flagsOf(regex));
  } catch {
    return undefined;
  }
}

/** The shapes of a pattern's top-level alternatives, or undefined when this reader cannot follow it. */
function readAlternatives(regex: RegExp): Shape[] | undefined {
  // With the m flag `^` also matches after a line break inside the text.
  if (regex.multiline) return undefined;
  try {
    return new SourceReader(regex.source).readAlternatives();
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
}

const hasFirstCharacters = (shape: Shape): boolean => shape.anchored && !shape.nullable && shape.first !== 'any' && shape.first.length > 0;

const flagsOf = (regex: RegExp): string => regex.flags.replace(/[gy]/g, '');

const classOf = (pieces: string[]): string => `[${pieces.map(withLiteralDashes).join('')}]`;

/**
 * A test of a line's first `length` characters (or all of a shorter line) for the union of
 * anchored alternatives: one of their starts cut to that length, each a whole match when shorter.
 */
function startTestOf(regex: RegExp, shape: Shape, length: number): { test: RegExp; cut: Start[] } | undefined {
  if (shape.starts === 'any') return undefined;
  const cut = distinctStarts(shape.starts.map((start) => start.slice(0, length)));
  if (cut === 'any' || cut.some((start) => start.length === 0)) return undefined;
  const source = (start: Start): string => setNamesOf(start).map((name) => classOf(setPieces[name.charCodeAt(0)]!)).join('');
  try {
    return { test: new RegExp(`^(?:${cut.map(source).join('|')})`, flagsOf(regex)), cut };
  } catch {
    return undefined;
  }
}

/** An alternative's start tests, and their tables for ASCII starts. */
function startTestsOf(regex: RegExp, shape: Shape, first: RegExp): StartTests {
  const two = startTestOf(regex, shape, 2);
  const four = startTestOf(regex, shape, START_LENGTH);
  return { first, firstTwo: two?.test, firstFour: four?.test, ascii: asciiStartsOf(flagsOf(regex), first, two?.cut, four?.cut) };
}

function asciiStartsOf(flags: string, first: RegExp, two: Start[] | undefined, four: Start[] | undefined): AsciiStarts | undefined {
  const starts = (cut: Start[] | undefined): string[][] | undefined | null => {
    if (cut === undefined) return undefined;
    const accepted = cut.map((start) => setNamesOf(start).map((name) => asciiMembers(name, flags)));
    // A start with a position no ASCII character fills cannot begin an ASCII line.
    return accepted.some((start) => start.includes(null)) ? null : (accepted as string[][]).filter((start) => start.every((members) => members.length > 0));
  };
  const firstTwo = starts(two);
  const firstFour = starts(four);
  if (firstTwo === null || firstFour === null) return undefined;
  return new AsciiStarts({ first: ASCII.filter((character) => first.test(character)).join(''), ...(firstTwo ? { firstTwo } : {}), ...(firstFour ? { firstFour } : {}) });
}

const ASCII = Array.from({ length: 0x80 }, (_, code) => String.fromCharCode(code));

/** The ASCII characters a set (by name) holds under these flags; null when it cannot be tested alone. Remembered, as sets recur across rules. */
function asciiMembers(name: string, flags: string): string | null {
  const key = name + flags;
  let members = asciiSets.get(key);
  if (members === undefined) {
    try {
      const test = new RegExp(`^${classOf(setPieces[name.charCodeAt(0)]!)}$`, flags);
      members = ASCII.filter((character) => test.test(character)).join('');
    } catch {
      members = null;
    }
    asciiSets.set(key, members);
  }
  return members;
}

const asciiSets = new Map<string, string | null>();

/** A test of the first character for the union of anchored alternatives. */
function firstTestOf(regex: RegExp, alternatives: Shape[]): RegExp | undefined {
  if (!alternatives.every(hasFirstCharacters)) return undefined;
  const first = alternatives.flatMap((shape) => shape.first as string[]);
  try {
    return new RegExp(`^[${first.map(withLiteralDashes).join('')}]`, flagsOf(regex));
  } catch {
    return undefined;
  }
}
