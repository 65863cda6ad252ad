import type { Writable } from 'node:stream';
import type { LineRecord } from '../engine/records.js';
import type { BudgetFlag } from '../engine/removal-budget.js';
import { AuditLines, type AuditDocument } from './audit-lines.js';
import type { OutputFile } from './output-file.js';

/** Lines are gathered and written in blocks of about this size. */
const BLOCK_CHARS = 64 * 1024;

/**
 * The --audit trail (see AuditLines for its lines). Every removal the stats count is here, blank
 * lines removed by the blank-line policy included.
 */
export class AuditLog {
  private block: string[] = [];
  private blockChars = 0;
  private readonly format = new AuditLines();

  constructor(private readonly file: OutputFile) {}

  /** The stream to wait on when it is full. */
  get stream(): Writable {
    return this.file.stream;
  }

  get path(): string {
    return this.file.path;
  }

  line(document: AuditDocument, record: LineRecord): void {
    if (record.verdict !== 'keep') this.write(this.format.line(document, record));
  }

  flag(document: AuditDocument, flag: BudgetFlag): void {
    this.write(this.format.flag(document, flag));
  }

  /** Adds audit lines formatted elsewhere (a batch of --jobs), in their turn. */
  write(lines: string): void {
    if (lines.length === 0) return;
    this.block.push(lines);
    this.blockChars += lines.length;
    if (this.blockChars >= BLOCK_CHARS) this.flush();
  }

  /** Writes what is gathered so far. */
  flush(): void {
    if (this.blockChars === 0) return;
    this.file.stream.write(this.block.length === 1 ? this.block[0]! : this.block.join(''));
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
}
