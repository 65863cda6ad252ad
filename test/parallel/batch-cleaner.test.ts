import { describe, expect, it } from 'vitest';
import { strip } from '../../src/api/strip.js';
import { Stats } from '../../src/engine/records.js';
import { JsonlStream } from '../../src/jsonl/jsonl-stream.js';
import { compileRules } from '../../src/index.js';
import { createBatchCleaner } from '../../src/parallel/batch-cleaner.js';
import type { WorkerSettings } from '../../src/parallel/protocol.js';
import type { RuleSet } from '../../src/rules/compile.js';
import { ARTICLE, FOOTER, MENU, page } from '../helpers/pages.js';
import { rulesFromYaml } from '../helpers/rules.js';

const rules = compileRules();
const BODY = 'The council voted on Tuesday to rebuild the old sea wall before the winter storms arrive.';
const TEXT: WorkerSettings = { mode: 'text', maxLineBytes: 1 << 20, docSeparator: '\f', audit: true };
const JSONL: WorkerSettings = { mode: 'jsonl', maxLineBytes: 1 << 20, audit: true, jsonl: { field: 'text', idField: 'id', onInvalid: 'fail', maxRecordBytes: 1 << 20 } };
const batch = (text: string, documentsBefore = 0) => ({ bytes: Buffer.from(text), firstLine: 1, label: 'in.txt', file: 'in.txt', documentsBefore });
/** Settings that each change what comes out of the input of the test that uses them. */
const OWN_RULES = rulesFromYaml('rules:\n  - id: own-notice\n    match: { regex: "^NOTICE$" }\n');
const VARIANTS: { name: string; settings: Partial<WorkerSettings>; rules: RuleSet }[] = [
  { name: 'the rules given', settings: {}, rules: OWN_RULES },
  { name: 'maxLineBytes', settings: { maxLineBytes: 30 }, rules },
  { name: 'maxRemovedRatio', settings: { maxRemovedRatio: 0.3 }, rules },
  { name: 'profile', settings: { profile: 'lines' }, rules },
];
/** The JSON Lines stream's output of the input, with these options. */
async function streamJsonl(input: string, options: ConstructorParameters<typeof JsonlStream>[0]): Promise<{ output: string; stream: JsonlStream }> {
  const stream = new JsonlStream({ stats: new Stats(), ...options });
  const streamed: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => streamed.push(chunk));
  stream.end(input);
  await new Promise((resolve) => stream.on('end', resolve));
  return { output: Buffer.concat(streamed).toString(), stream };
}
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
    const { output, stream } = await streamJsonl(input, { rules });
    expect(Buffer.from(cleaned.output).toString()).toBe(output);
    expect({ ...cleaned.counts }).toEqual({ ...stream.counts });
    expect(auditLines(cleaned.audit).map(({ doc, rule }) => [doc, rule])).toEqual([
      ['a', 'comment-widget'],
      [2, 'read-pipe-teaser'],
    ]);
  });

  /** A document for each setting: an own rule's line, a long teaser, one mostly teasers, a page with a menu. */
  const DOCUMENTS = [`${BODY}\nNOTICE\n`, `READ | Storm season over the harbour wall\n${BODY}\n`, `READ | Storm season\nREAD | Harbour wall\nShort.\n`, page(MENU, ARTICLE, FOOTER)];

  it.each(VARIANTS)('cleans a batch of documents with $name as strip() does, flags numbered after the documents before', ({ settings, rules: variantRules }) => {
    const input = DOCUMENTS.join('\f\n');
    const cleaned = createBatchCleaner({ ...TEXT, ...settings }, variantRules)(batch(input, 4));
    const alone = strip(input, { rules: variantRules, docSeparator: '\f', ...settings });
    expect(Buffer.from(cleaned.output).toString()).toBe(alone.text);
    // The setting matters to this input: without it the output differs.
    expect(alone.text).not.toBe(strip(input, { rules, docSeparator: '\f' }).text);
    const flags = auditLines(cleaned.audit).filter((line) => 'flag' in line);
    expect(flags).toEqual(alone.flagged.map(({ flag, removedRatio, document }) => ({ file: 'in.txt', doc: 4 + document + 1, flag, removedRatio: Number(removedRatio!.toFixed(4)) })));
  });

  it.each(VARIANTS)('cleans a batch of records with $name as the JSON Lines stream does, flags named by record', async ({ settings, rules: variantRules }) => {
    const input = DOCUMENTS.map((text, index) => `${JSON.stringify({ id: `r${index}`, text })}\n`).join('');
    const cleaned = createBatchCleaner({ ...JSONL, ...settings }, variantRules)(batch(input));
    const flagged: unknown[] = [];
    const { output } = await streamJsonl(input, { rules: variantRules, ...settings, onBudgetFlag: (flag, source) => flagged.push({ file: 'in.txt', doc: source.id, flag: flag.flag, removedRatio: Number(flag.removedRatio!.toFixed(4)) }) });
    expect(Buffer.from(cleaned.output).toString()).toBe(output);
    expect(output).not.toBe((await streamJsonl(input, { rules })).output);
    expect(auditLines(cleaned.audit).filter((line) => 'flag' in line)).toEqual(flagged);
  });

  it('sends back no audit lines without --audit', () => {
    const cleaned = createBatchCleaner({ ...TEXT, audit: false }, rules)(batch(`${BODY}\nCOMMENT\n`));
    expect(cleaned.audit.length).toBe(0);
    expect(cleaned.stats.byRule.get('comment-widget')?.lines).toBe(1);
  });
});
