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

  constructor(private readonly file: OutputFile) {}

  /** The stream to wait on when it is full. */
  get stream(): Writable {
    return this.file.stream;
  }

  line(document: AuditDocument, record: LineRecord): void {
    if (record.verdict === 'keep') return;
    this.add({ ...document, line: record.line, rule: record.ruleId, action: record.verdict, text: record.content.toString('utf8') });
  }

  flag(document: AuditDocument, { flag, removedRatio }: BudgetFlag): void {
    this.add({ ...document, flag, ...(removedRatio !== undefined ? { removedRatio: Number(removedRatio.toFixed(4)) } : {}) });
  }

  /** Writes what is gathered so far. */
  flush(): void {
    if (this.blockChars === 0) return;
    this.file.stream.write(this.block.join(''));
    this.block = [];
    this.blockChars = 0;
  }

  async commit(): Promise<void> {
    this.flush();
    await this.file.commit();
  }

  discard(): Promise<void> {
    return this.file.discard();
  }

  private add(entry: object): void {
    const line = `${JSON.stringify(entry)}\n`;
    this.block.push(line);
    this.blockChars += line.length;
    if (this.blockChars >= BLOCK_CHARS) this.flush();
  }
}
