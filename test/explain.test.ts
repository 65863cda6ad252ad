import { describe, expect, it } from 'vitest';
import type { InputLineRecord } from '../src/engine/text-cleaner.js';
import { formatExplainLine } from '../src/explain.js';

const record = (fields: Partial<InputLineRecord>): InputLineRecord => ({ line: 2, inputLine: 7, document: 0, verdict: 'keep', content: Buffer.from('Body.'), ...fields });

describe('formatExplainLine', () => {
  it('writes LINE, VERDICT, the rule or - and the line, tab-separated, LABEL: first when given', () => {
    expect(formatExplainLine(record({})).toString()).toBe('7\tkeep\t-\tBody.\n');
    expect(formatExplainLine(record({ verdict: 'drop', ruleId: 'comment-widget', content: Buffer.from('COMMENT') }), 'b.txt').toString()).toBe('b.txt:7\tdrop\tcomment-widget\tCOMMENT\n');
  });

  it("gives the page analysis's detail before the rule id, and a note in brackets when no rule decided", () => {
    expect(formatExplainLine(record({ verdict: 'drop', ruleId: 'page-menu-run', detail: 'page-menu-run words=2' })).toString()).toBe('7\tdrop\tpage-menu-run words=2\tBody.\n');
    expect(formatExplainLine(record({ note: 'separator', content: Buffer.from('\f') })).toString()).toBe('7\tkeep\t(separator)\t\f\n');
  });

  it("writes the line's own bytes, whatever they are", () => {
    const bytes = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x00, 0x0d]);
    expect(formatExplainLine(record({ content: bytes })).subarray(-7).equals(Buffer.concat([bytes, Buffer.from('\n')]))).toBe(true);
  });
});
