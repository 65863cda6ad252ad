import { describe, expect, it } from 'vitest';
import { parseRulePack } from '../../src/index.js';
import { failingExamples, linesActedOn, proseLinesActedOn } from '../../src/api/rule-examples.js';

const pack = parseRulePack(
  `rules:
  - id: lone-updated
    match: { equals: Updated }
    examples:
      drop: [Updated, "Updated figures follow."]
      keep: ["Updated", "The figures were updated."]
  - id: starts-with-the
    match: { prefix: "The " }
`,
  'my-rules/mine.yaml',
);
const [loneUpdated, startsWithThe] = pack.rules as [(typeof pack.rules)[0], (typeof pack.rules)[0]];

describe('rule examples', () => {
  it('reports a drop example the rule does not act on and a keep example it removes', () => {
    expect(failingExamples(pack, loneUpdated)).toEqual([
      { ruleId: 'lone-updated', expected: 'drop', index: 2, example: 'Updated figures follow.' },
      { ruleId: 'lone-updated', expected: 'keep', index: 1, example: 'Updated' },
    ]);
  });

  it('runs the rule alone: another rule in the same pack does not act', () => {
    expect(linesActedOn(pack, loneUpdated, 'Body text.\nThe end\nUpdated\n').map((removal) => removal.line)).toEqual([3]);
  });
});

describe('ordinary prose', () => {
  it('finds the prose lines a greedy rule would remove', () => {
    const hits = proseLinesActedOn(pack, startsWithThe);
    expect(hits.length).toBeGreaterThan(10);
    expect(hits.every((hit) => hit.text.startsWith('The '))).toBe(true);
  });
});

describe('rule examples of a pack whose page: section names other packs', () => {
  it('runs the rule alone though the packs it names are other files', () => {
    const naming = parseRulePack(
      `page:
  detect:
    chromePacks: [navigation, social]
rules:
  - id: lone-updated
    match: { equals: Updated }
    examples:
      drop: [Updated]
      keep: ["The figures were updated."]
`,
      'my-rules/naming.yaml',
    );
    expect(failingExamples(naming, naming.rules[0]!)).toEqual([]);
    expect(linesActedOn(naming, naming.rules[0]!, 'Body text.\nUpdated\n').map((removal) => removal.line)).toEqual([2]);
  });
});
