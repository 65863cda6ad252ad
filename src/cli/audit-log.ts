import type { Writable } from 'node:stream';
import type { LineRecord } from '../engine/records.js';
import type { BudgetFlag } from '../engine/removal-budget.js';
import { AuditBlocks, AuditLines, type AuditDocument } from '../audit-lines.js';
import type { OutputFile } from './output-file.js';

/**
 * The --audit trail (see AuditLines for its lines). Every removal the stats count is here, blank
 * lines removed by the blank-line policy included.
 */
export class AuditLog {
  private readonly format = new AuditLines();
  private readonly blocks: AuditBlocks;

  constructor(private readonly file: OutputFile) {
    this.blocks = new AuditBlocks((bytes) => this.file.stream.write(bytes));
  }

  /** The stream to wait on when it is full. */
  get stream(): Writable {
    return this.file.stream;
  }

  get path(): string {
    return this.file.path;
  }

  line(document: AuditDocument, record: LineRecord): void {
    if (record.verdict !== 'keep') this.blocks.add(this.format.line(document, record));
  }

  flag(document: AuditDocument, flag: BudgetFlag): void {
    this.blocks.add(this.format.flag(document, flag));
  }

  /** Writes audit lines formatted elsewhere (a batch of --jobs), as UTF-8, in their turn. */
  write(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.blocks.flush();
    this.file.stream.write(bytes);
  }

  finish(): Promise<void> {
    this.blocks.flush();
    return this.file.finish();
  }

  publish(): void {
    this.file.publish();
  }

  discard(): Promise<void> {
    return this.file.discard();
  }
}
