import { describe, expect, it } from 'vitest';
import { parseRulePack } from '../../src/index.js';
import { pageSchema } from '../../src/rules/page-schema.js';
import { ruleSchemas } from '../../src/rules/schema.js';
import { formatSchemaIssues, keysAt } from '../../src/rules/schema-issues.js';

const { ruleFileSchema, ruleSchema } = ruleSchemas();

/** The message a rule file's text is refused with. */
function refusal(source: string): string {
  try {
    parseRulePack(source, 'my.yaml');
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the file was accepted');
}

describe('keysAt', () => {
  it('finds the keys an object allows through lists, optional fields and defaults', () => {
    expect(keysAt(ruleFileSchema, [])).toEqual(expect.arrayContaining(['rules', 'page', 'description']));
    expect(keysAt(ruleSchema, ['match'])).toEqual(expect.arrayContaining(['equals', 'regex', 'ignoreCase']));
    expect(keysAt(ruleSchema, ['block'])).toEqual(expect.arrayContaining(['maxLines', 'maxWords']));
    expect(keysAt(ruleSchema, ['examples'])).toEqual(expect.arrayContaining(['drop', 'keep']));
    expect(keysAt(pageSchema(), ['line'])).toEqual(expect.arrayContaining(['sentenceStops', 'clauseEnds', 'closers']));
  });

  it('is undefined where the data holds no object', () => {
    expect(keysAt(ruleSchema, ['id'])).toBeUndefined();
    expect(keysAt(ruleSchema, ['nothing', 'here'])).toBeUndefined();
    expect(keysAt(ruleFileSchema, ['rules', 'first'])).toBeUndefined();
  });
});

describe('formatSchemaIssues', () => {
  it('names the key a misspelt one most likely meant', () => {
    expect(refusal('rules:\n  - id: x\n    match: { equals: a }\n    maxword: 3\n')).toContain('rule "x": Unrecognized key: "maxword" (did you mean "maxWords"?)');
    expect(refusal('rulez:\n  - id: x\n')).toContain('my.yaml: Unrecognized key: "rulez" (did you mean "rules"?)');
    expect(refusal('page:\n  wrapp: { minJoins: 3 }\nrules: []\n')).toContain('page: Unrecognized key: "wrapp" (did you mean "wrap"?)');
  });

  it('lists the keys allowed there when none is near, as for a setting renamed', () => {
    const message = refusal('page:\n  line:\n    sentenceEnds: ".!?"\nrules: []\n');
    expect(message).toMatch(/page: line: Unrecognized key: "sentenceEnds" \(allowed here: [^)]*sentenceStops, clauseEnds, closers/);
    expect(refusal('rules:\n  - id: x\n    match: { equals: a, caseSensitive: true }\n')).toMatch(/match: Unrecognized key: "caseSensitive" \(allowed here: equals, prefix, suffix, contains, regex, ignoreCase\)/);
  });

  it('keeps zod\'s message for every other issue, each after its path', () => {
    const parsed = ruleSchema.safeParse({ id: 5, match: { equals: 'a' } });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(formatSchemaIssues(parsed.error.issues, ruleSchema)).toBe(`id: ${parsed.error.issues[0]!.message}`);
  });
});

describe('the whole message for unknown keys and several issues', () => {
  const SEE = '. See "Rules" in the README for the format.';

  it('joins several issues of a rule, each after its path', () => {
    expect(refusal('rules:\n  - id: Bad_Id\n    match: { equals: a }\n    zone: middle\n')).toMatch(/rule "Bad_Id": id: must be lower-case letters, digits and dashes; zone: [^;]*"any"\|"head"\|"tail"\. See/);
  });

  it('lists no allowed keys when it names the key meant, whatever the case of the misspelt one', () => {
    expect(refusal('rules:\n  - id: x\n    match: { equals: a }\n    maxword: 3\n')).toBe(`my.yaml: rule "x": Unrecognized key: "maxword" (did you mean "maxWords"?)${SEE}`);
    // Seven edits from "maxWords", but only in case.
    expect(refusal('rules:\n  - id: x\n    match: { equals: a }\n    MAXWORDS: 3\n')).toBe(`my.yaml: rule "x": Unrecognized key: "MAXWORDS" (did you mean "maxWords"?)${SEE}`);
  });

  it('names every unknown key of a rule, the key meant where one is near, and the allowed keys only where none is', () => {
    expect(refusal('rules:\n  - id: x\n    match: { equals: a }\n    maxword: 3\n    colour: red\n')).toBe(
      `my.yaml: rule "x": Unrecognized keys: "maxword" (did you mean "maxWords"?), "colour"${SEE}`,
    );
    expect(refusal('rules:\n  - id: x\n    match: { equals: a }\n    colour: red\n    size: 3\n')).toMatch(/rule "x": Unrecognized keys: "colour", "size" \(allowed here: id, description, match, detect, zone, action, maxWords, maxChars, block, examples\)\. See/);
  });

  it('names an unknown key of a detector, whose keys depend on its kind, without a guess', () => {
    expect(refusal('rules:\n  - id: x\n    detect: { kind: breadcrumb, maxTrail: 3 }\n')).toBe(`my.yaml: rule "x": detect: Unrecognized key: "maxTrail"${SEE}`);
  });
});
