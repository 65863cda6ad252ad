import type { LineRecord } from './engine/records.js';
import type { BudgetFlag } from './engine/removal-budget.js';
import type { RecordSource } from './jsonl/jsonl-stream.js';

/** Which document a line belongs to: its input, and its id there (record id or number, document number). */
export interface AuditDocument {
  file: string;
  doc: string | number;
}

/** A JSON Lines record in the audit trail: named by its id field when it has one, else by its line number. */
export const recordDocument = (file: string, { id, line }: RecordSource): AuditDocument => ({ file, doc: id ?? line });

/** A plain-text document in the audit trail: its number in its input, from 1 (`index` counts from 0). */
export const textDocument = (file: string, index: number): AuditDocument => ({ file, doc: index + 1 });

/**
 * Formats the --audit trail's JSON lines: one per line removed or changed, `{file, doc, line,
 * rule, action, text}`, and one per document the removal budget acted on, `{file, doc, flag,
 * removedRatio}`. A line is put together from parts kept per document and per rule, with only the
 * text run through JSON.stringify: stringifying an object per line cost as much as cleaning it.
 * The thread that cleans a batch formats its lines, so the main thread of --jobs only writes them.
 */
export class AuditLines {
  /** `{"file":…,"doc":…,` for the document seen last: its lines come together, and most lines are removals. */
  private prefix = { file: '', doc: '' as string | number, json: '' };
  /** `"rule":"id",` per rule id. */
  private readonly ruleParts = new Map<string, string>();

  /** The audit line of a line removed or changed; '' for a kept line. */
  line(document: AuditDocument, record: LineRecord): string {
    if (record.verdict === 'keep') return '';
    return `${this.prefixFor(document)}"line":${record.line},${this.rulePart(record.ruleId)}"action":"${record.verdict}","text":${JSON.stringify(record.content.toString('utf8'))}}\n`;
  }

  flag(document: AuditDocument, { flag, removedRatio }: BudgetFlag): string {
    const rest = { flag, ...(removedRatio !== undefined ? { removedRatio: Number(removedRatio.toFixed(4)) } : {}) };
    return `${this.prefixFor(document)}${JSON.stringify(rest).slice(1)}\n`;
  }

  private prefixFor({ file, doc }: AuditDocument): string {
    const { prefix } = this;
    if (prefix.file !== file || prefix.doc !== doc || prefix.json === '') this.prefix = { file, doc, json: `${JSON.stringify({ file, doc }).slice(0, -1)},` };
    return this.prefix.json;
  }

  /** A line without a rule has no `rule` key, as JSON.stringify leaves out an undefined value. */
  private rulePart(ruleId: string | undefined): string {
    if (ruleId === undefined) return '';
    let part = this.ruleParts.get(ruleId);
    if (part === undefined) this.ruleParts.set(ruleId, (part = `"rule":${JSON.stringify(ruleId)},`));
    return part;
  }
}

/** Audit text is encoded in blocks of about this many characters: small strings, which die young. */
const BLOCK_CHARS = 32 * 1024;

/**
 * Gathers audit lines and hands them on as UTF-8 bytes, a block at a time. A batch's audit trail
 * is about three times its input (each removed line with its names and numbers): gathered as one
 * string per batch, it went to the old generation of both threads, and the main thread converted
 * it again to write it; bytes are outside the heap and move between threads without a copy.
 */
export class AuditBlocks {
  private block: string[] = [];
  private blockChars = 0;

  constructor(private readonly emit: (bytes: Buffer) => void) {}

  add(lines: string): void {
    if (lines.length === 0) return;
    this.block.push(lines);
    this.blockChars += lines.length;
    if (this.blockChars >= BLOCK_CHARS) this.flush();
  }

  /** Hands on what is gathered so far. */
  flush(): void {
    if (this.blockChars === 0) return;
    this.emit(Buffer.from(this.block.length === 1 ? this.block[0]! : this.block.join('')));
    this.block = [];
    this.blockChars = 0;
  }
}
