import fc from 'fast-check';
import { DEFAULT_RULES_DIR, loadRuleFiles } from '../../src/index.js';

/** Property-test runs: a quick pass in `npm test`; `npm run fuzz` raises it through this variable. */
export const NUM_RUNS = Number(process.env.BOILERSTRIP_PROPERTY_RUNS ?? 200);

const WORDS = ['the', 'minister', 'said', 'on', 'Tuesday', 'that', 'talks', 'would', 'resume', 'after', 'a', 'long', 'pause', 'Kyiv', 'Moscow', 'vote', 'council', 'évaluation', 'Straße', 'доклад', '“quoted”', 'it’s', '2022', 'and', 'in'];

/**
 * A content line: a sentence of 35–60 words, longer than any pattern's word guard, so no rule
 * may touch it; a unique number keeps two generated lines from being repeats of each other.
 */
export const contentLine = (index: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...WORDS), { minLength: 35, maxLength: 60 }).map((words) => `${words.join(' ')} (${index}).`);

export const contentLines = (): fc.Arbitrary<string[]> => fc.integer({ min: 1, max: 12 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => contentLine(index))));

/**
 * Single-line drop examples of the default rules that act anywhere on one line by themselves.
 * The comments pack is left out: its lines start a comment section, which by design ends the
 * article for the page analysis, so the text after one is not content (test/engine/page covers it).
 */
export const boilerplateLines: string[] = loadRuleFiles([DEFAULT_RULES_DIR]).flatMap((pack) =>
  pack.name === 'comments' ? [] : pack.rules.filter((rule) => rule.match !== undefined && rule.zone === 'any' && rule.action === 'drop').flatMap((rule) => rule.examples.drop.filter((example) => !example.includes('\n'))),
);

/** Arbitrary bytes biased towards what breaks line handling: LF, CR, NBSP, invalid UTF-8, NUL. */
export const nastyBytes = (): fc.Arbitrary<Buffer> =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(0x0a, 0x0d, 0x00, 0x20, 0xc2, 0xa0, 0xff, 0xef, 0xbb, 0xbf, 0xe2, 0x80, 0x9c),
        fc.integer({ min: 0, max: 255 }),
        fc.constantFrom(...Buffer.from('READ | a b\nImage: AP\nTags: x\n')),
      ),
      { maxLength: 400 },
    )
    .map((bytes) => Buffer.from(bytes));

/** Cut points for a buffer: the same input fed in different chunks. */
export const chunkings = (length: number): fc.Arbitrary<number[]> =>
  fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, length - 1) }), { maxLength: 8 }).map((cuts) => cuts.filter((cut) => cut < length).sort((a, b) => a - b));

export function cut(buffer: Buffer, cuts: readonly number[]): Buffer[] {
  const points = [0, ...cuts, buffer.length];
  return points.slice(1).map((end, index) => buffer.subarray(points[index], end));
}
