/**
 * A pattern's start tests (StartTests in first-char.ts) answered by table for a line whose start
 * is made of ASCII characters, as most lines' are: the tests' regular expressions need not be
 * compiled for such a line (with the i and u flags, compiling them was most of a short run), and a
 * table answers a new line start, which the prefilter asks about once, in a few bit tests.
 */

/** The tables as JSON: the ASCII characters each test accepts, position by position. */
export interface AsciiStartTable {
  /** The characters the first-character test accepts. */
  first: string;
  /** The starts the two-character (four-character) test is made of, each as the characters each of its positions accepts; absent where that test is. */
  firstTwo?: string[][];
  firstFour?: string[][];
}

export class AsciiStarts {
  private readonly first: Uint32Array;
  private readonly firstTwo: StartList | undefined;
  private readonly firstFour: StartList | undefined;

  constructor(readonly table: AsciiStartTable) {
    this.first = new Uint32Array(MASK_WORDS);
    addToMask(this.first, 0, table.first);
    this.firstTwo = table.firstTwo && new StartList(table.firstTwo);
    this.firstFour = table.firstFour && new StartList(table.firstFour);
  }

  /** What the start tests answer for `start`, of ASCII characters only (see startAllows). */
  allows(start: string, whole: boolean): boolean {
    if (!inMask(this.first, 0, start.charCodeAt(0))) return false;
    // The four-character test's starts are the two-character test's, longer: passing it passes both.
    if (whole && this.firstFour !== undefined) return this.firstFour.begins(start);
    return start.length < 2 || this.firstTwo === undefined || this.firstTwo.begins(start);
  }
}

/** 128 bits, one per ASCII character, in four words. */
const MASK_WORDS = 4;

function addToMask(masks: Uint32Array, at: number, characters: string): void {
  for (let index = 0; index < characters.length; index++) {
    const code = characters.charCodeAt(index);
    masks[at + (code >> 5)]! |= 1 << (code & 31);
  }
}

const inMask = (masks: Uint32Array, at: number, code: number): boolean => ((masks[at + (code >> 5)]! >>> (code & 31)) & 1) === 1;

/** Starts of a test, each a row of masks, with the starts that may fit each pair of first characters found once. */
class StartList {
  private readonly masks: Uint32Array;
  private readonly lengths: Uint8Array;
  /** Words from one start's masks to the next's. */
  private readonly stride: number;
  /** The starts (by index) whose first two positions accept a pair of characters, or whose one position accepts the first; keyed as in `fitting`. */
  private readonly byFirstTwo = new Map<number, readonly number[]>();

  constructor(starts: readonly string[][]) {
    this.stride = Math.max(0, ...starts.map((start) => start.length)) * MASK_WORDS;
    this.masks = new Uint32Array(starts.length * this.stride);
    this.lengths = Uint8Array.from(starts, (start) => start.length);
    starts.forEach((start, index) => start.forEach((accepted, position) => addToMask(this.masks, index * this.stride + position * MASK_WORDS, accepted)));
  }

  /** Whether `text` (ASCII characters) begins with one of the starts, as a regular expression `^(?:…|…)` of their classes would answer. */
  begins(text: string): boolean {
    for (const index of this.fitting(text.charCodeAt(0), text.length > 1 ? text.charCodeAt(1) : NO_CHARACTER)) {
      const length = this.lengths[index]!;
      if (length > text.length) continue;
      const at = index * this.stride;
      let position = 2;
      while (position < length && inMask(this.masks, at + position * MASK_WORDS, text.charCodeAt(position))) position++;
      if (position >= length) return true;
    }
    return false;
  }

  /** The starts that may fit a text beginning with `code`, then `next` (NO_CHARACTER: the text ends). */
  private fitting(code: number, next: number): readonly number[] {
    const pair = code * 0x81 + next + 1;
    let found = this.byFirstTwo.get(pair);
    if (found === undefined) {
      const fitting: number[] = [];
      for (let index = 0; index < this.lengths.length; index++) {
        const at = index * this.stride;
        if (inMask(this.masks, at, code) && (this.lengths[index]! < 2 || (next !== NO_CHARACTER && inMask(this.masks, at + MASK_WORDS, next)))) fitting.push(index);
      }
      this.byFirstTwo.set(pair, (found = fitting.length === 0 ? NONE : fitting));
    }
    return found;
  }
}

const NONE: readonly number[] = [];
const NO_CHARACTER = -1;
