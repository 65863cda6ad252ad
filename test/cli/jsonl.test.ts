import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { BODY_FIELD, expectOnlyFieldCleaned, jsonlCorpus } from '../helpers/jsonl-records.js';

const lines = (...records: string[]): string => records.map((record) => `${record}\n`).join('');

describe('--jsonl records', () => {
  it('passes records whose field is missing, null or not a string through unchanged and counts them', async () => {
    const input = lines('{"id":1}', '{"id":2,"text":null}', '{"id":3,"text":["READ | x"]}', '{"id":4,"text":7}', '{"id":5,"text":"Body.\\nCOMMENT"}');
    const result = await runCli(['--jsonl', '--stats'], input);
    expect(result.stdout.toString()).toBe(lines('{"id":1}', '{"id":2,"text":null}', '{"id":3,"text":["READ | x"]}', '{"id":4,"text":7}', '{"id":5,"text":"Body.\\n"}'));
    expect(result.stderr).toContain('records: 5 parsed; passed unchanged: 1 missing field, 1 null, 2 not a string, 0 invalid JSON');
  });

  it('warns on stderr, exit 0, when no record has the --field (a misspelt path), and not when one has it', async () => {
    const input = lines('{"id":1,"page":{"body":"Body.\\nCOMMENT"}}', '{"id":2,"page":{"body":"Two."}}');
    const misspelt = await runCli(['--jsonl', '--field', 'page.bdy'], input);
    expect(misspelt.code).toBe(0);
    expect(misspelt.stdout.toString()).toBe(input);
    expect(misspelt.stderr).toBe('boilerstrip: warning: no record has the field --field page.bdy (2 records read, all written unchanged); check the field\'s dotted path (page.body for {"page":{"body":…}}).\n');
    expect((await runCli(['--jsonl', '--field', 'page.bdy'], '{"id":1}\n')).stderr).toContain('(1 record read, all written unchanged)');
    const right = await runCli(['--jsonl', '--field', 'page.body'], `${input}{"id":3}\n`);
    expect(right.stderr).toBe('');
  });

  it('refuses a --field with an empty segment, and a JSON Lines option without --jsonl, with exit 2 before reading', async () => {
    const empty = await runCli(['--jsonl', '--field', 'page..body'], '{"page":{"body":"Body."}}\n');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('boilerstrip: the field to clean (--field; field in the library) has an empty segment: "page..body"; a dotted path names a key or an array index between each two dots, e.g. page.body or items.0.text.\n');
    const forgotten = await runCli(['--field', 'body'], '{"body":"Body."}\n');
    expect(forgotten.code).toBe(2);
    expect(forgotten.stderr).toBe('boilerstrip: --field applies only to JSON Lines input: add --jsonl, or leave --field out.\n');
    expect(forgotten.stdout.toString()).toBe('');
  });

  it('keeps blank lines of the input as they are', async () => {
    const input = '\n{"text":"Body.\\nCOMMENT"}\n  \r\n{"text":"Two."}\n';
    expect((await runCli(['--jsonl'], input)).stdout.toString()).toBe('\n{"text":"Body.\\n"}\n  \r\n{"text":"Two."}\n');
  });

  it('keeps every other byte: key order, spacing, number formatting, escapes, CRLF', async () => {
    const input = '{ "z" : 1e3, "text" : "Body \\u00e9.\\nREAD | x", "a":[1.50, -0.0], "s":"\\/\\u2028" }\r\n';
    expect((await runCli(['--jsonl'], input)).stdout.toString()).toBe('{ "z" : 1e3, "text" : "Body é.\\n", "a":[1.50, -0.0], "s":"\\/\\u2028" }\r\n');
  });

  it('cleans nested fields: objects, array indexes, numeric object keys', async () => {
    const input = lines('{"page":{"items":[{"body":"x"},{"body":"Body.\\nCOMMENT"}]}}', '{"page":{"items":{"1":{"body":"Body.\\nCOMMENT"}}}}', '{"page":{"items":[]}}');
    const result = await runCli(['--jsonl', '--field', 'page.items.1.body'], input);
    expect(result.stdout.toString()).toBe(lines('{"page":{"items":[{"body":"x"},{"body":"Body.\\n"}]}}', '{"page":{"items":{"1":{"body":"Body.\\n"}}}}', '{"page":{"items":[]}}'));
  });

  it('cleans the last of repeated keys, the one JSON.parse reads, and leaves the others', async () => {
    const input = lines('{"text":"First.\\nCOMMENT","text":"Body.\\nCOMMENT"}');
    expect((await runCli(['--jsonl'], input)).stdout.toString()).toBe(lines('{"text":"First.\\nCOMMENT","text":"Body.\\n"}'));
  });

  it('reads a first line that starts with a UTF-8 BOM and keeps the BOM', async () => {
    const input = `\ufeff${lines('{"text":"Body.\\nCOMMENT"}', '{"text":"Two.\\nCOMMENT"}')}`;
    const result = await runCli(['--jsonl'], input);
    expect(result.code).toBe(0);
    expect(result.stdout.toString()).toBe(`\ufeff${lines('{"text":"Body.\\n"}', '{"text":"Two.\\n"}')}`);
  });

  it('passes a record whose field holds a lone surrogate escape through unchanged, and counts it', async () => {
    const input = lines('{"text":"Body \\ud800.\\nCOMMENT"}', '{"text":"Pair \\ud83d\\ude00.\\nCOMMENT"}');
    const result = await runCli(['--jsonl', '--stats'], input);
    expect(result.stdout.toString()).toBe(lines('{"text":"Body \\ud800.\\nCOMMENT"}', '{"text":"Pair 😀.\\n"}'));
    expect(result.stderr).toContain('1 lone surrogate');
  });
});

describe('--jsonl with a malformed line in the middle', () => {
  const corpus = lines('{"text":"One.\\nCOMMENT"}', '{"text": broken', '{"text":"Three.\\nCOMMENT"}');

  it('stops with exit 1 naming the file and line by default, writing nothing after it', async () => {
    const result = await runCli(['--jsonl'], corpus);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^boilerstrip: <stdin>:2: not valid JSON .*--on-invalid pass/);
    expect(result.stdout.toString()).not.toContain('Three');
  });

  it('with --on-invalid pass writes the line through, counts it and goes on', async () => {
    const result = await runCli(['--jsonl', '--on-invalid', 'pass', '--stats'], corpus);
    expect(result.code).toBe(0);
    expect(result.stdout.toString()).toBe(lines('{"text":"One.\\n"}', '{"text": broken', '{"text":"Three.\\n"}'));
    expect(result.stderr).toContain('1 invalid JSON');
  });

  it('treats a line that is not UTF-8 as invalid', async () => {
    const input = Buffer.concat([Buffer.from('{"text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
    expect((await runCli(['--jsonl'], input)).stderr).toMatch(/<stdin>:1: not valid UTF-8/);
    expect((await runCli(['--jsonl', '--on-invalid', 'pass'], input)).stdout.equals(input)).toBe(true);
  });
});

describe('--jsonl property', () => {
  // Each run is a child process, so a few runs here; test/jsonl runs the same property many times in-process.
  it('output parsed back equals the input records except for the cleaned field', async () => {
    await fc.assert(
      fc.asyncProperty(jsonlCorpus(), async (text) => {
        const result = await runCli(['--jsonl', '--field', BODY_FIELD], text);
        expect(result.code).toBe(0);
        expectOnlyFieldCleaned(text, result.stdout.toString());
      }),
      { numRuns: 4 },
    );
  });
});
