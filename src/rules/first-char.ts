/**
 * The characters a line must start with for a pattern to match it, read from the pattern's
 * source. Only patterns anchored at the start (`^` before anything is consumed, in every
 * alternative) have such a set; for any other pattern, or syntax this reader does not follow
 * (`.`, negated classes, back-references), the answer is "any character", which is always safe.
 */

/** Pieces of a character class (`a`, `\d`, `A-Z`, `\p{L}`) that together hold every possible first character. */
type First = string[] | 'any';

interface Shape {
  first: First;
  /** Can match the empty string. */
  nullable: boolean;
  /** Every alternative asserts `^` before it can consume a character. */
  anchored: boolean;
}

const ANY: Shape = { first: 'any', nullable: false, anchored: false };
const ZERO_WIDTH: Shape = { first: [], nullable: true, anchored: false };

class GiveUp extends Error {}

/** Characters that need a backslash to mean themselves inside a class. */
const CLASS_SPECIAL = /[\\\]\[^-]/;

class SourceReader {
  private at = 0;

  constructor(private readonly source: string) {}

  read(): Shape {
    const shape = this.disjunction();
    if (this.at !== this.source.length) throw new GiveUp();
    return shape;
  }

  private disjunction(): Shape {
    const alternatives = [this.alternative()];
    while (this.source[this.at] === '|') {
      this.at++;
      alternatives.push(this.alternative());
    }
    return {
      first: alternatives.some((shape) => shape.first === 'any') ? 'any' : alternatives.flatMap((shape) => shape.first as string[]),
      nullable: alternatives.some((shape) => shape.nullable),
      anchored: alternatives.every((shape) => shape.anchored),
    };
  }

  private alternative(): Shape {
    const first: string[] = [];
    let anyFirst = false;
    let settled = false;
    let anchored = false;
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const term = this.term();
      // Only what may come before the first character that must be consumed decides the start.
      if (settled) continue;
      if (term.anchored) anchored = true;
      if (term.first === 'any') anyFirst = true;
      else first.push(...term.first);
      if (!term.nullable) settled = true;
    }
    return { first: anyFirst ? 'any' : first, nullable: !settled, anchored };
  }

  private term(): Shape {
    const atom = this.atom();
    const min = this.quantifier();
    if (min === undefined) return atom;
    return { first: atom.first, nullable: atom.nullable || min === 0, anchored: atom.anchored && min > 0 };
  }

  /** Reads a quantifier if one follows; returns its minimum count. */
  private quantifier(): number | undefined {
    const char = this.source[this.at];
    let min: number;
    if (char === '*' || char === '?') min = 0;
    else if (char === '+') min = 1;
    else if (char === '{') {
      const found = /^\{(\d+)(?:,\d*)?\}/.exec(this.source.slice(this.at));
      if (found === null) throw new GiveUp();
      this.at += found[0].length - 1;
      min = Number(found[1]);
    } else return undefined;
    this.at++;
    if (this.source[this.at] === '?') this.at++;
    return min;
  }

  private atom(): Shape {
    const char = this.source[this.at++]!;
    switch (char) {
      case '^':
        return { first: [], nullable: true, anchored: true };
      case '$':
        return ZERO_WIDTH;
      case '.':
        return ANY;
      case '[':
        return this.characterClass();
      case '(':
        return this.group();
      case '\\':
        return this.escape();
      default:
        return { first: [CLASS_SPECIAL.test(char) ? `\\${char}` : this.codePointFrom(char)], nullable: false, anchored: false };
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
    return { first: [inner], nullable: false, anchored: false };
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
    if (/[1-9k]/.test(char)) return ANY;
    const found = /^(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[a-zA-Z]|[\s\S])/.exec(this.source.slice(this.at))!;
    this.at += found[0].length;
    return { first: [`\\${found[0]}`], nullable: false, anchored: false };
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
  // With the m flag `^` also matches after a line break inside the text.
  if (regex.multiline) return undefined;
  let shape: Shape;
  try {
    shape = new SourceReader(regex.source).read();
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
  if (!shape.anchored || shape.nullable || shape.first === 'any' || shape.first.length === 0) return undefined;
  try {
    return new RegExp(`^[${shape.first.map(withLiteralDashes).join('')}]`, regex.flags.replace(/[gy]/g, ''));
  } catch {
    return undefined;
  }
}
