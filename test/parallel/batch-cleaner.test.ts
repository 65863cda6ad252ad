import { describe, expect, it } from 'vitest';
import { strip } from '../../src/api/strip.js';
import { Stats } from '../../src/engine/records.js';
import { JsonlStream } from '../../src/jsonl/jsonl-stream.js';
import { compileRules } from '../../src/index.js';
import { createBatchCleaner } from '../../src/parallel/batch-cleaner.js';
import type { WorkerSettings } from '../../src/parallel/protocol.js';

const rules = compileRules();
const BODY = 'The council voted on Tuesday to rebuild the old sea wall before the winter storms arrive.';
const TEXT: WorkerSettings = { mode: 'text', maxLineBytes: 1 << 20, docSeparator: '\f', audit: true };
const JSONL: WorkerSettings = { mode: 'jsonl', maxLineBytes: 1 << 20, audit: true, jsonl: { field: 'text', idField: 'id', onInvalid: 'fail', maxRecordBytes: 1 << 20 } };
const batch = (text: string, documentsBefore = 0) => ({ bytes: Buffer.from(text), firstLine: 1, label: 'in.txt', file: 'in.txt', documentsBefore });
const auditLines = (audit: Uint8Array) => Buffer.from(audit).toString().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);

describe('createBatchCleaner', () => {
  it('cleans a batch of documents as strip() cleans them, numbering them after the documents before it', () => {
    const input = `${BODY}\nCOMMENT\n\f\nREAD | Storm season\n${BODY}\n`;
    const cleaned = createBatchCleaner(TEXT, rules)(batch(input, 4));
    expect(Buffer.from(cleaned.output).toString()).toBe(strip(input, { rules, docSeparator: '\f' }).text);
    expect(cleaned.stats.documents).toBe(2);
    expect(cleaned.counts).toBeUndefined();
    expect(auditLines(cleaned.audit)).toEqual([
      { file: 'in.txt', doc: 5, line: 2, rule: 'comment-widget', action: 'drop', text: 'COMMENT' },
      { file: 'in.txt', doc: 6, line: 1, rule: 'read-pipe-teaser', action: 'drop', text: 'READ | Storm season' },
    ]);
  });

  it('cleans a batch of records as the JSONL stream does, naming each by its id or else its line', async () => {
    const input = `${JSON.stringify({ id: 'a', text: `${BODY}\nCOMMENT` })}\n{"text":"READ | x\\nShort."}\n{"id":1,"body":"no text field"}\n`;
    const cleaned = createBatchCleaner(JSONL, rules)(batch(input));
    const stream = new JsonlStream({ rules, stats: new Stats() });
    const streamed: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => streamed.push(chunk));
    stream.end(input);
    await new Promise((resolve) => stream.on('end', resolve));
    expect(Buffer.from(cleaned.output).toString()).toBe(Buffer.concat(streamed).toString());
    expect({ ...cleaned.counts }).toEqual({ ...stream.counts });
    expect(auditLines(cleaned.audit).map(({ doc, rule }) => [doc, rule])).toEqual([
      ['a', 'comment-widget'],
      [2, 'read-pipe-teaser'],
    ]);
  });

  it('sends back no audit lines without --audit', () => {
    const cleaned = createBatchCleaner({ ...TEXT, audit: false }, rules)(batch(`${BODY}\nCOMMENT\n`));
    expect(cleaned.audit.length).toBe(0);
    expect(cleaned.stats.byRule.get('comment-widget')?.lines).toBe(1);
  });
});
