/**
 * Times one command over a file: stdin from the corpus, stdout to a file (not /dev/null, which
 * GNU grep detects and then stops at the first selected line), peak RSS and CPU time from GNU time.
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
  /** Peak resident set size of the command, in bytes (with several processes at once, the sum of their peaks). */
  maxRss: number;
  /** User plus system CPU time of the command and all its threads. */
  cpuSeconds: number;
  outputBytes: number;
}

const GNU_TIME = '/usr/bin/time';
/** Printed by GNU time on the last line of stderr: peak RSS in KiB, user and system CPU seconds. */
const TIME_FORMAT = 'BENCH_MAX_RSS_KIB=%M BENCH_CPU=%U+%S';

export async function measure(command: Command, inputPath: string, outputPath: string): Promise<Measurement> {
  return measureTogether(command, [inputPath], [outputPath]);
}

/**
 * Runs the command once per input, all at the same time (each with its own output), and times
 * them until the last one ends: what a machine gives to independent processes side by side.
 */
export async function measureTogether(command: Command, inputPaths: readonly string[], outputPaths: readonly string[]): Promise<Measurement> {
  const started = performance.now();
  const runs = await Promise.all(inputPaths.map((input, index) => runOnce(command, input, outputPaths[index]!)));
  const seconds = (performance.now() - started) / 1000;
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    seconds,
    maxRss: sum(runs.map((run) => run.maxRss)),
    cpuSeconds: sum(runs.map((run) => run.cpuSeconds)),
    outputBytes: sum(outputPaths.map((path) => statSync(path).size)),
  };
}

async function runOnce(command: Command, inputPath: string, outputPath: string): Promise<{ maxRss: number; cpuSeconds: number }> {
  const stdin = openSync(inputPath, 'r');
  const stdout = openSync(outputPath, 'w');
  try {
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(GNU_TIME, ['-f', TIME_FORMAT, ...command.argv], { stdio: [stdin, stdout, 'pipe'], env: { ...process.env, ...command.env } });
      const errors: Buffer[] = [];
      child.stderr!.on('data', (chunk: Buffer) => errors.push(chunk));
      child.on('error', reject);
      child.on('close', (exitCode) => resolve({ code: exitCode, stderr: Buffer.concat(errors).toString('utf8') }));
    });
    const found = /BENCH_MAX_RSS_KIB=(\d+) BENCH_CPU=([\d.]+)\+([\d.]+)/.exec(stderr);
    // grep exits 1 when it selects no line; anything else is a failed run, not a time.
    if ((code !== 0 && code !== 1) || found === null) throw new Error(`${command.name} failed (exit ${String(code)}): ${stderr.trim()}`);
    return { maxRss: Number(found[1]) * 1024, cpuSeconds: Number(found[2]) + Number(found[3]) };
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
