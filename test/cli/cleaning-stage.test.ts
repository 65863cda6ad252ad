import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../src/cli/arguments.js';
import { cleaningStage } from '../../src/cli/cleaning-stage.js';
import { Stats } from '../../src/engine/records.js';
import { compileRules } from '../../src/index.js';

const rules = compileRules();
const BODY = 'The council voted on Tuesday to rebuild the old sea wall before the winter storms arrive.';

/** What the stage for these arguments writes for `input`, and the documents it counted. */
async function clean(argv: string[], input: string): Promise<{ output: string; documents: number }> {
  const stats = new Stats();
  const stage = await cleaningStage('-', false, { args: await parseOptions(argv), rules, stats, audit: undefined, pool: undefined });
  const chunks: Buffer[] = [];
  const sink = new PassThrough().on('data', (chunk: Buffer) => chunks.push(chunk));
  await pipeline([Buffer.from(input)], stage, sink);
  return { output: Buffer.concat(chunks).toString(), documents: stats.documents };
}

describe('cleaningStage', () => {
  it('cleans text as one document, or documents between separators', async () => {
    const input = `${BODY}\nCOMMENT\n\f\n${BODY}\n`;
    // One document repeats its paragraph (the repeat goes); two documents each keep theirs.
    expect(await clean([], input)).toEqual({ output: `${BODY}\n`, documents: 1 });
    expect(await clean(['--doc-separator', '\f'], input)).toEqual({ output: `${BODY}\n\f\n${BODY}\n`, documents: 2 });
  });

  it('cleans the field of each record with --jsonl', async () => {
    const record = JSON.stringify({ id: 'a', body: `${BODY}\nCOMMENT` });
    expect(await clean(['--jsonl', '--field', 'body'], `${record}\n`)).toEqual({ output: `${JSON.stringify({ id: 'a', body: `${BODY}\n` })}\n`, documents: 1 });
  });
});
