import { readFileSync } from 'node:fs';
import { Transform, type Writable } from 'node:stream';
import {
  BoilerstripError,
  compileRules,
  createJsonlStream,
  createStripStream,
  createStripWebStream,
  strip,
  type CleanOptions,
  type CompileOptions,
  type ErrorCode,
  type JsonlCounts,
  type JsonlStreamOptions,
  type Removal,
  type RuleSet,
  type Stats,
  type StripResult,
  type StripStreamOptions,
} from 'boilerstrip';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.js';

// The package's types as a user's editor sees them: imported from "boilerstrip", so through
// dist/index.d.ts. The assertions are checked by the type check (npm test runs tsc over the tests).

describe('the package types', () => {
  it('strip() gives back what it was given: a string for a string, a Buffer for bytes', () => {
    expectTypeOf(strip('Body.\n')).toEqualTypeOf<StripResult<string>>();
    expectTypeOf(strip(new Uint8Array())).toEqualTypeOf<StripResult<Buffer>>();
    expectTypeOf(strip(Buffer.from('Body.\n')).text).toEqualTypeOf<Buffer>();
    expectTypeOf<Removal['verdict']>().toEqualTypeOf<'drop' | 'strip'>();
    expectTypeOf(strip).parameter(1).toEqualTypeOf<CleanOptions | undefined>();
  });

  it('the options name their values', () => {
    expectTypeOf<CleanOptions['profile']>().toEqualTypeOf<'auto' | 'page' | 'article' | 'lines' | undefined>();
    expectTypeOf<CleanOptions['rules']>().toEqualTypeOf<RuleSet | undefined>();
    expectTypeOf<StripStreamOptions>().toExtend<CleanOptions>();
    expectTypeOf<JsonlStreamOptions>().toExtend<CleanOptions>();
    expectTypeOf<JsonlStreamOptions['onInvalid']>().toEqualTypeOf<'fail' | 'pass' | undefined>();
    expectTypeOf(compileRules).returns.toEqualTypeOf<RuleSet>();
    // @ts-expect-error a misspelt option is a type error, not an option silently ignored
    strip('Body.\n', { profil: 'page' });
  });

  it('a RuleSet, Stats and the JSON Lines options show what users need, not what the engine and the CLI use', () => {
    // A RuleSet is passed as `rules`; its packs are what it was compiled from. The compiled parts are the engine's.
    expectTypeOf<RuleSet>().toHaveProperty('packs');
    expectTypeOf<RuleSet>().not.toHaveProperty('patterns');
    expectTypeOf<RuleSet>().not.toHaveProperty('prefilter');
    expectTypeOf<RuleSet>().not.toHaveProperty('breadcrumb');
    expectTypeOf<RuleSet>().not.toHaveProperty('repeatedParagraph');
    expectTypeOf<RuleSet>().not.toHaveProperty('page');
    // check-rules names its FILE arguments in a message where a run names --rules.
    expectTypeOf<CompileOptions>().not.toHaveProperty('pathsFrom');
    // Stats and JsonlCounts are read; only the engine and --jobs add to them.
    expectTypeOf<Stats>().toHaveProperty('documents');
    expectTypeOf<Stats>().toHaveProperty('byRule');
    expectTypeOf<Stats>().not.toHaveProperty('add');
    expectTypeOf<Stats>().not.toHaveProperty('countRule');
    expectTypeOf<JsonlCounts>().toHaveProperty('missing');
    expectTypeOf<JsonlCounts>().not.toHaveProperty('add');
    // --explain and a --jobs batch's first line number are the CLI's stage's options.
    expectTypeOf<JsonlStreamOptions>().toHaveProperty('label');
    expectTypeOf<JsonlStreamOptions>().toHaveProperty('stats');
    expectTypeOf<JsonlStreamOptions>().not.toHaveProperty('explain');
    expectTypeOf<JsonlStreamOptions>().not.toHaveProperty('firstLine');
    // @ts-expect-error the CLI's explain option is no option of the library's JSON Lines stream
    createJsonlStream({ explain: true });
  });

  it('the streams are a Node Transform and a web TransformStream of bytes', () => {
    expectTypeOf(createStripStream()).toExtend<Transform>();
    expectTypeOf(createJsonlStream()).toExtend<Transform>();
    expectTypeOf(createStripWebStream()).toExtend<TransformStream<Uint8Array, Uint8Array>>();
    expectTypeOf(new Blob([]).stream().pipeThrough(createStripWebStream())).toEqualTypeOf<ReadableStream<Uint8Array>>();
  });

  it('errors carry a code from a closed list', () => {
    expectTypeOf(new BoilerstripError('E_USAGE', 'x').code).toEqualTypeOf<ErrorCode>();
    expectTypeOf<'E_USAGE'>().toExtend<ErrorCode>();
    expectTypeOf<'E_NO_SUCH_CODE'>().not.toExtend<ErrorCode>();
  });

  it('the README\'s Library example is this one, which type-checks', () => {
    const readme = readFileSync(`${REPO_ROOT}README.md`, 'utf8');
    const shown = /## Library\n\n```ts\n([^]*?)```/.exec(readme)?.[1];
    const here = readFileSync(new URL(import.meta.url), 'utf8');
    const checked = /\/\/ --- README example ---\n([^]*?)\s*\/\/ ---/.exec(here)?.[1];
    const codeLines = (text: string | undefined): string[] => (text ?? '').split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('//') && !line.startsWith('import '));
    expect(codeLines(checked).length).toBeGreaterThan(0);
    expect(codeLines(shown)).toEqual(codeLines(checked));
  });
});

/** Never called: its body is the README's example, given the names the README leaves to the reader. */
export async function readmeExample(pageText: string, url: string, out: Writable): Promise<void> {
  const { createReadStream } = await import('node:fs');
  const { pipeline } = await import('node:stream/promises');
  // --- README example ---
  const rules = compileRules({ rulePaths: ['my-rules/'], disable: ['tags-line'] }); // once per worker

  const { text, removals } = strip(pageText, { rules });

  await pipeline(createReadStream('page.txt'), createStripStream({ rules }), process.stdout);
  await pipeline(createReadStream('shard.jsonl'), createJsonlStream({ rules, field: 'text' }), out);

  const cleaned = await new Response((await fetch(url)).body!.pipeThrough(createStripWebStream({ rules }))).text();
  // ---
  expectTypeOf(text).toEqualTypeOf<string>();
  expectTypeOf(removals).toEqualTypeOf<Removal[]>();
  expectTypeOf(cleaned).toEqualTypeOf<string>();
}
