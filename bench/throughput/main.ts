/**
 * npm run bench -- --size 100M: builds a corpus in a temp dir, then times boilerstrip, GNU grep
 * with the seeds' line patterns (default locale and LC_ALL=C) and cat, alternating, several runs.
 * Prints medians, MB/s, lines/s, peak RSS and ratios; writes the whole run as JSON to bench/results/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { DOC_SEPARATOR, splitCorpus, writeCorpus, type Corpus, type CorpusFormat } from './corpus.js';
import { measure, measureTogether, median, type Command, type Measurement } from './measure.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(REPO_ROOT, 'dist/cli/main.js');
const GREP_PATTERNS = fileURLToPath(new URL('grep-patterns.txt', import.meta.url));
const RESULTS_DIR = join(REPO_ROOT, 'bench/results');

const argv = yargs(hideBin(process.argv))
  .scriptName('npm run bench --')
  .usage('$0 [options]\n\nThroughput of the boilerstrip CLI next to grep and cat on a generated corpus.')
  .option('size', { type: 'string', default: '100M', describe: 'Corpus size: bytes, or with K, M or G (powers of 1024)' })
  .option('runs', { type: 'number', default: 5, describe: 'Timed runs of each command (alternating)' })
  .option('format', { choices: ['text', 'jsonl'] as const, default: 'text' as CorpusFormat, describe: 'Corpus: form-feed separated text, or JSON Lines with the page in "text"' })
  .option('jobs', {
    type: 'string',
    array: true,
    default: ['1'],
    describe: 'boilerstrip --jobs values to time, side by side (repeatable: --jobs 1 --jobs 2); for each N above 1, also N --jobs 1 processes at once on 1/N of the corpus each (what the machine gives N independent processes)',
  })
  .option('baseline', { type: 'string', describe: 'Also time another build\'s CLI (path to its dist/cli/main.js), side by side: before/after in one run' })
  .option('baseline-jobs', { type: 'string', describe: 'Run the --baseline build with this --jobs value (default: its own default, for builds without --jobs)' })
  .option('keep', { type: 'boolean', default: false, describe: 'Keep the temp dir with the corpus and outputs' })
  .check(({ runs, size }) => {
    if (!(Number.isInteger(runs) && runs > 0)) throw new Error('--runs takes a positive whole number');
    parseSize(size);
    return true;
  })
  .strict()
  .version(false)
  .help()
  .parseSync();

function parseSize(text: string): number {
  const found = /^(\d+(?:\.\d+)?)([KMG]?)i?B?$/i.exec(text);
  if (found === null) throw new Error(`--size ${text}: expected a number of bytes, optionally with K, M or G`);
  const unit = { '': 1, K: 1 << 10, M: 1 << 20, G: 1 << 30 }[found[2]!.toUpperCase() as '' | 'K' | 'M' | 'G'];
  return Math.round(Number(found[1]) * unit);
}

/** The commands to compare; grep only on text, where its line patterns mean the same as the rules. */
const formatArgs = (format: CorpusFormat): string[] => (format === 'jsonl' ? ['--jsonl'] : ['--doc-separator', DOC_SEPARATOR]);

/** A command to time; with `parts`, that many copies at once, each on its own part of the corpus. */
type Timed = Command & { parts?: number };

function commands(format: CorpusFormat, jobs: readonly string[]): Timed[] {
  const list: Timed[] = jobs.map((value) => ({
    name: jobs.length === 1 && value === '1' ? 'boilerstrip' : `boilerstrip --jobs ${value}`,
    argv: [process.execPath, CLI, ...formatArgs(format), '--jobs', value],
  }));
  for (const parts of new Set(jobs.map((value) => (value === 'auto' ? availableParallelism() : Number(value))).filter((count) => count > 1))) {
    list.push({ name: `boilerstrip --jobs 1 on 1/${parts} each, ${parts} at once`, argv: [process.execPath, CLI, ...formatArgs(format), '--jobs', '1'], parts });
  }
  if (format === 'text') {
    list.push({ name: `grep (${defaultLocale()})`, argv: ['grep', '-v', '-E', '-f', GREP_PATTERNS] });
    list.push({ name: 'grep (LC_ALL=C)', argv: ['grep', '-v', '-E', '-f', GREP_PATTERNS], env: { LC_ALL: 'C' } });
  }
  list.push({ name: 'cat', argv: ['cat'] });
  return list;
}

const defaultLocale = (): string => process.env.LC_ALL || process.env.LC_CTYPE || process.env.LANG || 'C';

interface Row {
  name: string;
  runs: Measurement[];
  medianSeconds: number;
  mbPerSecond: number;
  linesPerSecond: number;
  maxRss: number;
}

function summarise(name: string, runs: Measurement[], corpus: Corpus): Row {
  const seconds = median(runs.map((run) => run.seconds));
  return { name, runs, medianSeconds: seconds, mbPerSecond: corpus.bytes / 1e6 / seconds, linesPerSecond: corpus.lines / seconds, maxRss: Math.max(...runs.map((run) => run.maxRss)) };
}

const MiB = 1 << 20;
/** boilerstrip on an empty input: what every invocation pays before the first byte. */
const STARTUP = 'startup (boilerstrip, empty input)';
const fixed = (value: number, digits: number): string => value.toFixed(digits);

function formatTable(rows: readonly Row[]): string {
  const header = ['command', 'median s', 'min s', 'CPU s', 'MB/s', 'Mlines/s', 'peak RSS MiB', 'output MiB'];
  const body = rows.map((row) => [
    row.name,
    fixed(row.medianSeconds, 3),
    fixed(Math.min(...row.runs.map((run) => run.seconds)), 3),
    fixed(median(row.runs.map((run) => run.cpuSeconds)), 2),
    row.name === STARTUP ? '-' : fixed(row.mbPerSecond, 1),
    row.name === STARTUP ? '-' : fixed(row.linesPerSecond / 1e6, 2),
    fixed(row.maxRss / MiB, 1),
    fixed(row.runs[0]!.outputBytes / MiB, 1),
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((line) => line[column]!.length)));
  return [header, ...body].map((line) => line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')).join('\n');
}

/** Time ratios, each from medians of the same run: above 1 means the second command is faster. */
function ratios(rows: readonly Row[]): Record<string, number> {
  const result: Record<string, number> = {};
  const baselines = rows.filter((row) => !row.name.startsWith('boilerstrip') && row.name !== STARTUP);
  // `baseline boilerstrip` is among them: baseline/boilerstrip above 1 means this build is faster.
  const subjects = rows.filter((row) => row.name.startsWith('boilerstrip'));
  for (const subject of subjects) {
    for (const baseline of baselines) result[`${baseline.name} / ${subject.name}`] = baseline.medianSeconds / subject.medianSeconds;
  }
  // Speed-up of more jobs over one: above 1 means the workers pay off.
  const single = subjects.find((row) => row.name === 'boilerstrip --jobs 1');
  for (const parallel of subjects.filter((row) => row !== single && single !== undefined)) result[`${single!.name} / ${parallel.name}`] = single!.medianSeconds / parallel.medianSeconds;
  return result;
}

const machine = () => ({
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(totalmem() / (1 << 30)),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  loadAverageAtStart: loadavg(),
});

const workDir = mkdtempSync(join(tmpdir(), 'boilerstrip-bench-'));
try {
  const size = parseSize(argv.size);
  const startedAt = new Date().toISOString();
  const machineInfo = machine();
  const corpus = await writeCorpus(join(workDir, `corpus.${argv.format === 'jsonl' ? 'jsonl' : 'txt'}`), size, argv.format);
  const empty = join(workDir, 'empty.txt');
  writeFileSync(empty, '');
  console.log(`corpus: ${fixed(corpus.bytes / MiB, 1)} MiB, ${corpus.lines} lines, ${corpus.documents} documents (${argv.format}); ${argv.runs} runs each, alternating`);
  console.log(`machine: ${machineInfo.cpus} x ${machineInfo.cpuModel}, ${machineInfo.memoryGiB} GiB, Node ${machineInfo.node}, load ${machineInfo.loadAverageAtStart.map((load) => load.toFixed(2)).join(' ')}`);

  const list = commands(argv.format, argv.jobs);
  // The baseline runs with its own defaults unless told a job count (an older build may not know --jobs).
  if (argv.baseline !== undefined) {
    const jobs = argv.baselineJobs === undefined ? [] : ['--jobs', argv.baselineJobs];
    list.unshift({ name: ['baseline boilerstrip', ...jobs].join(' '), argv: [process.execPath, argv.baseline, ...formatArgs(argv.format), ...jobs] });
  }
  const startup: Command = { name: STARTUP, argv: [process.execPath, CLI] };
  const measured = new Map<string, Measurement[]>([...list, startup].map((command) => [command.name, []]));
  const output = join(workDir, 'out');
  const partsOf = new Map<number, string[]>();
  const timeOnce = (command: Timed): Promise<Measurement> => {
    if (command.parts === undefined) return measure(command, corpus.path, output);
    if (!partsOf.has(command.parts)) partsOf.set(command.parts, splitCorpus(corpus, command.parts));
    const inputs = partsOf.get(command.parts)!;
    return measureTogether(command, inputs, inputs.map((_, index) => `${output}.${index + 1}`));
  };
  for (let run = 1; run <= argv.runs; run++) {
    // Alternate the order too, so no command always runs right after the same neighbour.
    const order = run % 2 === 1 ? list : [...list].reverse();
    for (const command of order) measured.get(command.name)!.push(await timeOnce(command));
    measured.get(startup.name)!.push(await measure(startup, empty, output));
    process.stderr.write(`run ${run}/${argv.runs} done\n`);
  }

  const rows = [...list, startup].map((command) => summarise(command.name, measured.get(command.name)!, corpus));
  const timeRatios = ratios(rows);
  console.log(`\n${formatTable(rows)}\n`);
  for (const [name, value] of Object.entries(timeRatios)) console.log(`time ratio ${name}: ${fixed(value, 2)}`);

  mkdirSync(RESULTS_DIR, { recursive: true });
  const resultPath = join(RESULTS_DIR, `throughput-${argv.format}-${argv.size}-${startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(resultPath, `${JSON.stringify({ startedAt, machine: machineInfo, corpus: { ...corpus, path: undefined }, runs: argv.runs, rows, ratios: timeRatios }, null, 2)}\n`);
  console.log(`\nresults: ${relative(process.cwd(), resultPath)}`);
} finally {
  if (argv.keep) console.log(`kept: ${workDir}`);
  else rmSync(workDir, { recursive: true, force: true });
}
