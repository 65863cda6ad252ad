import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AuditBlocks, AuditLines, recordDocument, textDocument } from '../src/audit-lines.js';
import type { LineRecord } from '../src/engine/records.js';
import { NUM_RUNS } from './helpers/arbitraries.js';

const record = (fields: Partial<LineRecord> & Pick<LineRecord, 'content'>): LineRecord => ({ line: 3, verdict: 'drop', ruleId: 'comment-widget', ...fields });

describe('AuditLines', () => {
  it('writes what JSON.stringify writes for {file, doc, line, rule, action, text}, whatever the text, ids and names', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), fc.oneof(fc.string(), fc.nat()), fc.option(fc.string(), { nil: undefined }), fc.constantFrom('drop', 'strip') as fc.Arbitrary<'drop' | 'strip'>, (text, file, doc, ruleId, verdict) => {
        const line = new AuditLines().line({ file, doc }, record({ content: Buffer.from(text), ruleId, verdict }));
        expect(line).toBe(`${JSON.stringify({ file, doc, line: 3, rule: ruleId, action: verdict, text })}\n`);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('gives each document its own prefix and writes nothing for a kept line', () => {
    const lines = new AuditLines();
    expect(lines.line({ file: 'a', doc: 1 }, record({ content: Buffer.from('x') }))).toBe('{"file":"a","doc":1,"line":3,"rule":"comment-widget","action":"drop","text":"x"}\n');
    expect(lines.line({ file: 'a', doc: 2 }, record({ content: Buffer.from('"y"'), ruleId: 'blank-lines' }))).toBe('{"file":"a","doc":2,"line":3,"rule":"blank-lines","action":"drop","text":"\\"y\\""}\n');
    expect(lines.line({ file: 'a', doc: 2 }, record({ content: Buffer.from('z'), verdict: 'keep' }))).toBe('');
    // The same document number in the next input.
    expect(lines.line({ file: 'b', doc: 2 }, record({ content: Buffer.from('x') }))).toBe('{"file":"b","doc":2,"line":3,"rule":"comment-widget","action":"drop","text":"x"}\n');
  });

  it('names a document with an empty file name and id too, first or later', () => {
    const lines = new AuditLines();
    for (const document of [{ file: '', doc: '' }, { file: 'a', doc: '' }, { file: '', doc: '' }]) {
      expect(lines.line(document, record({ content: Buffer.from('x') }))).toBe(`${JSON.stringify({ ...document, line: 3, rule: 'comment-widget', action: 'drop', text: 'x' })}\n`);
    }
  });

  it('writes a budget flag with its ratio to four places', () => {
    expect(new AuditLines().flag({ file: 'f', doc: 'id' }, { flag: 'over-budget', removedRatio: 0.912345 })).toBe('{"file":"f","doc":"id","flag":"over-budget","removedRatio":0.9123}\n');
    expect(new AuditLines().flag({ file: 'f', doc: 4 }, { flag: 'unchecked' })).toBe('{"file":"f","doc":4,"flag":"unchecked"}\n');
  });
});

describe('AuditBlocks', () => {
  it('hands on the lines as UTF-8 bytes, in order, in blocks, and the rest when flushed', () => {
    const blocks: Buffer[] = [];
    const audit = new AuditBlocks((bytes) => blocks.push(bytes));
    const lines = Array.from({ length: 3000 }, (_, index) => `{"line":${index},"text":"Привет, ${'x'.repeat(index % 40)}"}\n`);
    for (const line of lines) audit.add(line);
    const handedBeforeFlush = blocks.length;
    audit.add('');
    audit.flush();
    audit.flush();
    expect(handedBeforeFlush).toBeGreaterThan(1);
    expect(blocks.length).toBe(handedBeforeFlush + 1);
    expect(Buffer.concat(blocks).toString('utf8')).toBe(lines.join(''));
  });
});

describe('the document an audit line names', () => {
  it('is a record by its id, or its line when it has no id; a text document by its number from 1', () => {
    expect(recordDocument('shard.jsonl', { line: 7, id: 'page-12' })).toEqual({ file: 'shard.jsonl', doc: 'page-12' });
    expect(recordDocument('shard.jsonl', { line: 7, id: 0 })).toEqual({ file: 'shard.jsonl', doc: 0 });
    expect(recordDocument('shard.jsonl', { line: 7, id: undefined })).toEqual({ file: 'shard.jsonl', doc: 7 });
    expect(textDocument('pages.txt', 0)).toEqual({ file: 'pages.txt', doc: 1 });
  });
});
