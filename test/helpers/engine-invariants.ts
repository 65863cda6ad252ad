import { expect } from 'vitest';
import { Stats, StripStream, type InputLineRecord, type StripStreamOptions } from '../../src/index.js';
import { cut } from './arbitraries.js';

export interface CleanRun {
  output: Buffer;
  records: InputLineRecord[];
}

/** Runs the stream adapter over the given chunks and collects output and explain records. */
export function streamClean(chunks: Buffer[], options: StripStreamOptions = {}): CleanRun {
  const records: InputLineRecord[] = [];
  const output: Buffer[] = [];
  const stream = new StripStream({ ...options, stats: new Stats(), observer: (record) => records.push(record) });
  stream.on('data', (chunk: Buffer) => output.push(chunk));
  for (const chunk of chunks) stream.write(chunk);
  stream.end();
  return { output: Buffer.concat(output), records };
}

/** A buffer's lines, each with its terminator, cut at LF as the engine cuts them. */
export const linesOf = (buffer: Buffer): Buffer[] => {
  const lines: Buffer[] = [];
  let start = 0;
  for (let lf = buffer.indexOf(10); lf !== -1; lf = buffer.indexOf(10, start)) {
    lines.push(buffer.subarray(start, lf + 1));
    start = lf + 1;
  }
  if (start < buffer.length) lines.push(buffer.subarray(start));
  return lines;
};

/** Whether `sub` is an ordered sub-sequence of `all`, line for line, byte for byte. */
export function isSubsequence(sub: Buffer[], all: Buffer[]): boolean {
  let next = 0;
  for (const line of sub) {
    while (next < all.length && !all[next]!.equals(line)) next++;
    if (next === all.length) return false;
    next++;
  }
  return true;
}

const verdicts = (run: CleanRun) => run.records.map((record) => [record.inputLine, record.verdict, record.ruleId]);

/**
 * The core invariants on one input, whatever the rules: no exception escapes, the output and
 * every verdict are the same however the input is chunked, each input line is accounted for once
 * and in order, and kept lines are input lines byte for byte (unless a strip rule changed one).
 */
export function expectCoreInvariants(input: Buffer, cuts: readonly number[], options: StripStreamOptions = {}): void {
  const whole = streamClean([input], options);
  const pieces = streamClean(cut(input, cuts), options);
  expect(pieces.output.equals(whole.output)).toBe(true);
  expect(verdicts(pieces)).toEqual(verdicts(whole));
  expect(whole.records.map((record) => record.inputLine)).toEqual(linesOf(input).map((_, index) => index + 1));
  if (!whole.records.some((record) => record.verdict === 'strip')) expect(isSubsequence(linesOf(whole.output), linesOf(input))).toBe(true);
}
