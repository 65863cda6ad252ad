import type { RuleSet } from '../rules/compile.js';
import type { Profile } from '../rules/page-schema.js';
import { DocumentCleaner } from './document-cleaner.js';
import { countWords } from './line-text.js';
import { Stats, type LineObserver, type LineRecord, type Output } from './records.js';

/**
 * The most a document may hold while its removals are weighed against the budget. Past it the
 * document is cleaned as it streams, unchecked: memory stays bounded whatever the input.
 */
export const MAX_BUDGET_DOCUMENT_BYTES = 64 << 20;

/** A document the budget acted on: written unchanged (`over-budget`) or too long to check (`unchecked`). */
export interface BudgetFlag {
  flag: 'over-budget' | 'unchecked';
  /** The share of the document's words the rules would have removed (over-budget only). */
  removedRatio?: number;
}

type HeldPiece = { raw: Buffer; eolLength: number } | { part: Buffer; first: boolean; last: boolean };

/**
 * Cleans one document at a time like DocumentCleaner, but holds the document whole and weighs
 * the result: if the rules would remove more than `maxRemovedRatio` of its words, the document
 * is written unchanged and flagged, so that one bad rule cannot wipe a corpus.
 */
export class BudgetedDocument {
  private held: HeldPiece[] = [];
  private heldBytes = 0;
  /** Past the size bound: lines go straight to the streaming cleaner for the rest of the document. */
  private streaming = false;
  private readonly direct: DocumentCleaner;

  constructor(
    private readonly rules: RuleSet,
    private readonly output: Output,
    private readonly stats: Stats,
    private readonly observer: LineObserver | undefined,
    private readonly profile: Profile | undefined,
    private readonly maxRemovedRatio: number,
    private readonly onFlag: (flag: BudgetFlag) => void,
    private readonly maxHeldBytes = MAX_BUDGET_DOCUMENT_BYTES,
  ) {
    this.direct = new DocumentCleaner(rules, output, stats, observer, profile);
  }

  line(buf: Buffer, start: number, end: number, eolLength: number): void {
    if (this.streaming) this.direct.line(buf, start, end, eolLength);
    else this.hold({ raw: Buffer.from(buf.subarray(start, end)), eolLength }, end - start);
  }

  oversized(part: Buffer, first: boolean, last: boolean): void {
    if (this.streaming) this.direct.oversized(part, first, last);
    else this.hold({ part: Buffer.from(part), first, last }, part.length);
  }

  /** Held lines are private copies; only the streaming cleaner may point into the caller's chunk. */
  detach(): void {
    this.direct.detach();
  }

  /** The document ended: weigh it and write it, cleaned or unchanged. Returns its line count. */
  end(): number {
    if (this.streaming) {
      this.streaming = false;
      return this.direct.end();
    }
    const pieces: Buffer[] = [];
    const records: LineRecord[] = [];
    const trialStats = new Stats();
    const trial = new DocumentCleaner(this.rules, { write: (bytes) => pieces.push(bytes) }, trialStats, this.observer && ((record) => records.push(record)), this.profile);
    const lines = this.replay(trial);
    const input = this.held;
    this.held = [];
    this.heldBytes = 0;
    const removedRatio = wordsRemovedRatio(input, pieces);
    if (removedRatio <= this.maxRemovedRatio) {
      for (const piece of pieces) this.output.write(piece);
      this.stats.add(trialStats);
      if (this.observer) for (const record of records) this.observer(record);
      return lines;
    }
    this.writeUnchanged(input, lines);
    this.onFlag({ flag: 'over-budget', removedRatio });
    return lines;
  }

  private hold(piece: HeldPiece, bytes: number): void {
    this.held.push(piece);
    this.heldBytes += bytes;
    if (this.heldBytes <= this.maxHeldBytes) return;
    this.streaming = true;
    this.stats.unchecked++;
    this.onFlag({ flag: 'unchecked' });
    this.replay(this.direct);
    this.held = [];
    this.heldBytes = 0;
  }

  /** Feeds the held lines to a cleaner; ends the document when the cleaner is a trial. */
  private replay(cleaner: DocumentCleaner): number {
    for (const piece of this.held) {
      if ('raw' in piece) cleaner.line(piece.raw, 0, piece.raw.length, piece.eolLength);
      else cleaner.oversized(piece.part, piece.first, piece.last);
    }
    return cleaner === this.direct ? 0 : cleaner.end();
  }

  /** Every line kept as it came, each reported as kept because of the budget. */
  private writeUnchanged(input: HeldPiece[], lines: number): void {
    let line = 0;
    for (const piece of input) {
      const bytes = 'raw' in piece ? piece.raw : piece.part;
      this.output.write(bytes);
      this.stats.bytesIn += bytes.length;
      this.stats.bytesOut += bytes.length;
      if ('raw' in piece || piece.first) {
        line++;
        const content = 'raw' in piece ? piece.raw.subarray(0, piece.raw.length - piece.eolLength) : piece.part;
        this.observer?.({ line, verdict: 'keep', note: 'over-budget', content });
      }
    }
    this.stats.linesIn += lines;
    this.stats.linesOut += lines;
    if (lines > 0) this.stats.documents++;
    this.stats.overBudget++;
  }
}

/** The share of words the cleaned document lost; 0 for a document without words. */
function wordsRemovedRatio(input: HeldPiece[], output: Buffer[]): number {
  const wordsIn = countWords(Buffer.concat(input.map((piece) => ('raw' in piece ? piece.raw : piece.part))).toString('utf8'));
  if (wordsIn === 0) return 0;
  const wordsOut = countWords(Buffer.concat(output).toString('utf8'));
  return (wordsIn - wordsOut) / wordsIn;
}
