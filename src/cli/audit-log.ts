import type { Writable } from 'node:stream';
import type { LineRecord } from '../engine/records.js';
import type { BudgetFlag } from '../engine/removal-budget.js';
import type { OutputFile } from './output-file.js';

/** Which document a line belongs to: its input, and its id there (record id or number, document number). */
export interface AuditDocument {
  file: string;
  doc: string | number;
}

/** Lines are gathered and written in blocks of about this size. */
const BLOCK_CHARS = 64 * 1024;

/**
 * The --audit trail: one JSON line per line removed or changed, `{file, doc, line, rule, action,
 * text}`, and one per document the removal budget acted on, `{file, doc, flag, removedRatio}`.
 * Every removal the stats count is here, blank lines removed by the blank-line policy included.
 */
export class AuditLog {
  private block: string[] = [];
  private blockChars = 0;
  /** `{"file":…,"doc":…,` for the document seen last: its lines come together, and most lines are removals. */
  private prefix = { file: '', doc: '' as string | number, json: '' };

  constructor(private readonly file: OutputFile) {}

  /** The stream to wait on when it is full. */
  get stream(): Writable {
    return this.file.stream;
  }

  get path(): string {
    return this.file.path;
  }

  line(document: AuditDocument, record: LineRecord): void {
    if (record.verdict === 'keep') return;
    const rest = { line: record.line, rule: record.ruleId, action: record.verdict, text: record.content.toString('utf8') };
    this.add(`${this.prefixFor(document)}${JSON.stringify(rest).slice(1)}\n`);
  }

  flag(document: AuditDocument, { flag, removedRatio }: BudgetFlag): void {
    const rest = { flag, ...(removedRatio !== undefined ? { removedRatio: Number(removedRatio.toFixed(4)) } : {}) };
    this.add(`${this.prefixFor(document)}${JSON.stringify(rest).slice(1)}\n`);
  }

  /** Writes what is gathered so far. */
  flush(): void {
    if (this.blockChars === 0) return;
    this.file.stream.write(this.block.join(''));
    this.block = [];
    this.blockChars = 0;
  }

  finish(): Promise<void> {
    this.flush();
    return this.file.finish();
  }

  publish(): void {
    this.file.publish();
  }

  discard(): Promise<void> {
    return this.file.discard();
  }

  private prefixFor({ file, doc }: AuditDocument): string {
    const { prefix } = this;
    if (prefix.file !== file || prefix.doc !== doc || prefix.json === '') this.prefix = { file, doc, json: `${JSON.stringify({ file, doc }).slice(0, -1)},` };
    return this.prefix.json;
  }

  private add(line: string): void {
    this.block.push(line);
    this.blockChars += line.length;
    if (this.blockChars >= BLOCK_CHARS) this.flush();
  }
}
