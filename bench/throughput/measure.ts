/**
 * Times one command over a file: stdin from the corpus, stdout to a file (not /dev/null, which
 * GNU grep detects and then stops at the first selected line), peak RSS from GNU time.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, statSync } from 'node:fs';

export interface Command {
  /** What the tables call it. */
  name: string;
  argv: readonly string[];
  env?: Record<string, string>;
}

export interface Measurement {
  seconds: number;
  /** Peak resident set size of the command, in bytes. */
  maxRss: number;
  outputBytes: number;
}

const GNU_TIME = '/usr/bin/time';
/** Printed by GNU time on the last line of stderr: peak RSS in KiB. */
const TIME_FORMAT = 'BENCH_MAX_RSS_KIB=%M';

export async function measure(command: Command, inputPath: string, outputPath: string): Promise<Measurement> {
  const stdin = openSync(inputPath, 'r');
  const stdout = openSync(outputPath, 'w');
  try {
    const started = performance.now();
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(GNU_TIME, ['-f', TIME_FORMAT, ...command.argv], { stdio: [stdin, stdout, 'pipe'], env: { ...process.env, ...command.env } });
      const errors: Buffer[] = [];
      child.stderr!.on('data', (chunk: Buffer) => errors.push(chunk));
      child.on('error', reject);
      child.on('close', (exitCode) => resolve({ code: exitCode, stderr: Buffer.concat(errors).toString('utf8') }));
    });
    const seconds = (performance.now() - started) / 1000;
    const rss = /BENCH_MAX_RSS_KIB=(\d+)/.exec(stderr);
    // grep exits 1 when it selects no line; anything else is a failed run, not a time.
    if ((code !== 0 && code !== 1) || rss === null) throw new Error(`${command.name} failed (exit ${String(code)}): ${stderr.trim()}`);
    return { seconds, maxRss: Number(rss[1]) * 1024, outputBytes: statSync(outputPath).size };
  } finally {
    closeSync(stdin);
    closeSync(stdout);
  }
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
