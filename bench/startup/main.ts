/**
 * npm run bench:startup: what one short boilerstrip process costs, whole commands timed from
 * spawn to exit — one seed article on stdin, empty input, --jsonl on the seeds, --list-rules — and
 * bare `node -e 0` beside them. With --baseline, another build's CLI runs the same cases,
 * alternating with this one, for before/after in one run. Prints medians of wall time, CPU time
 * (user + system) and peak RSS, from GNU time.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { SEEDS_DIR } from '../throughput/corpus.js';
import { measure, median, type Command, type Measurement } from '../throughput/measure.js';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

const argv = yargs(hideBin(process.argv))
  .scriptName('npm run bench:startup --')
  .usage('$0 [options]\n\nStart-up time and memory of short boilerstrip runs, whole processes timed.')
  .option('runs', { type: 'number', default: 10, describe: 'Timed runs of each command (alternating)' })
  .option('baseline', { type: 'string', describe: "Also time another build's CLI (path to its dist/cli/main.js) on the same cases, alternating" })
  .check(({ runs }) => {
    if (!(Number.isInteger(runs) && runs > 0)) throw new Error('--runs takes a positive whole number');
    return true;
  })
  .strict()
  .version(false)
  .help()
  .parseSync();

interface Case {
  name: string;
  args: readonly string[];
  /** The file on stdin. */
  input: string;
}

const MiB = 1 << 20;

const workDir = mkdtempSync(join(tmpdir(), 'boilerstrip-startup-'));
try {
  const seedNames = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.input.txt')).sort();
  const seeds = seedNames.map((name) => readFileSync(join(SEEDS_DIR, name), 'utf8'));
  // The longest seed article (6 KB), a typical page of a per-page pipeline.
  const seed = join(SEEDS_DIR, seedNames[seeds.reduce((longest, text, index) => (text.length > seeds[longest]!.length ? index : longest), 0)]!);
  const jsonl = join(workDir, 'seeds.jsonl');
  writeFileSync(jsonl, seeds.map((text, index) => `${JSON.stringify({ id: index + 1, text })}\n`).join(''));
  const cases: Case[] = [
    { name: 'one seed article', args: [], input: seed },
    { name: 'empty input', args: [], input: '/dev/null' },
    { name: `--jsonl, ${seeds.length} seed records`, args: ['--jsonl'], input: jsonl },
    { name: '--list-rules', args: ['--list-rules'], input: '/dev/null' },
  ];
  const builds = [...(argv.baseline === undefined ? [] : [{ name: 'baseline', cli: argv.baseline }]), { name: 'this build', cli: CLI }];
  const commands = cases.flatMap((each) => builds.map((build) => ({ case: each, command: { name: `${build.name}: ${each.name}`, argv: [process.execPath, build.cli, ...each.args] } satisfies Command })));
  const bare = { case: { name: 'bare node', args: [], input: '/dev/null' }, command: { name: 'node -e 0', argv: [process.execPath, '-e', '0'] } satisfies Command };
  const all = [...commands, bare];
  const measured = new Map<string, Measurement[]>(all.map(({ command }) => [command.name, []]));
  const output = join(workDir, 'out');

  console.log(`${cpus().length} x ${cpus()[0]?.model ?? 'unknown'}, Node ${process.version}, load ${loadavg().map((load) => load.toFixed(2)).join(' ')}; ${argv.runs} runs each, alternating`);
  for (let run = 1; run <= argv.runs; run++) {
    // Alternate the order too, so no command always runs right after the same neighbour.
    for (const { case: each, command } of run % 2 === 1 ? all : [...all].reverse()) measured.get(command.name)!.push(await measure(command, each.input, output));
  }

  const header = ['command', 'median s', 'min s', 'CPU s', 'peak RSS MiB'];
  const body = all.map(({ command }) => {
    const runs = measured.get(command.name)!;
    return [
      command.name,
      median(runs.map((each) => each.seconds)).toFixed(3),
      Math.min(...runs.map((each) => each.seconds)).toFixed(3),
      median(runs.map((each) => each.cpuSeconds)).toFixed(2),
      (median(runs.map((each) => each.maxRss)) / MiB).toFixed(1),
    ];
  });
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((line) => line[column]!.length)));
  console.log([header, ...body].map((line) => line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')).join('\n'));
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
