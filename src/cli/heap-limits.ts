import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/**
 * Keeps the CLI's heap small, so that its peak RSS stays flat and under 100 MiB on any input.
 *
 * V8 sizes a heap for the throughput of a long-lived server: the young generation grows to two
 * 16 MiB semi-spaces (32 MiB resident), and the old generation grows to several times what
 * survived the last full collection before the next one. boilerstrip's live data is small (the
 * compiled rules, one document, a few chunks), so both are mostly garbage waiting to be collected:
 * measured on 35.6 MB of text, 32 MiB of young generation and 20-25 MiB of old generation at the
 * peak for 10 MiB of live objects.
 *
 * The flags that size a heap as it is made (--max-semi-space-size) come too late for this thread
 * when set from inside the process, but two that V8 reads at every collection do not: the factor
 * by which the young generation grows, and the old generation's growing factor. Setting them here
 * rather than on node's command line (a shebang) makes every way of starting the bin behave the
 * same: npx, a global install, `node dist/cli/main.js`, Windows' npm shims. The library (strip(),
 * the streams) leaves the host process's heap alone.
 *
 * Only flags that V8 reads afresh at each collection are safe to change in a running process: a
 * flag that code already compiled depends on is not (setting --no-regexp-tier-up here crashed
 * node 20 with SIGSEGV once expressions had run; bench/README.md, Session 20).
 */

/**
 * Each semi-space of the young generation stops growing at this size (V8's default: 16 MiB). Node's
 * start-up grows it to 2 MiB before limitHeap runs, so the growth stops there at once, in the same
 * place on every run. 4 MiB saved about 2% of CPU but could only be reached by watching collections,
 * and node tells a gc observer of them late and in batches: on a busy machine the young generation
 * then grew one step too far (2 x 8 MiB) and peak RSS past 100 MiB (bench/README.md, Memory).
 */
export const SEMI_SPACE_MIB = 2;

/** A full collection once the old generation is half again what survived the last one. */
const HEAP_GROWING_PERCENT = 50;

/** V8 options that size the heap or set how it is scavenged: when the user gives one (node's command line, NODE_OPTIONS), theirs stand alone. */
const HEAP_SIZING_OPTION = /--(?:max|min)[-_]semi[-_]space[-_]size|--semi[-_]space[-_]growth[-_]factor|--heap[-_]growing[-_]percent|--(?:no[-_])?parallel[-_]scavenge/;

/** Whether node was started with an option that sizes the heap. */
export function userSizesHeap(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  return execArgv.some((option) => HEAP_SIZING_OPTION.test(option)) || HEAP_SIZING_OPTION.test(nodeOptions ?? '');
}

const MIB = 1 << 20;

/** V8's own factor by which the young generation grows. */
const V8_GROWTH_FACTOR = 2;

const newSpaceBytes = (): number => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;

/** Whether this process runs with the limits (not when the user sized the heap, nor after liftHeapLimits). */
let limited = false;
/** Looks at each collection until the young generation has reached its size. */
let growthWatch: PerformanceObserver | undefined;

/** Stops the young generation's growth once it has reached SEMI_SPACE_MIB; whether it has. */
function stopGrowingWhenReached(): boolean {
  if (newSpaceBytes() < 2 * SEMI_SPACE_MIB * MIB) return false;
  setFlagsFromString('--semi-space-growth-factor=1');
  return true;
}

/**
 * Applies the limits to this process (V8's flags are per process). The young generation starts at
 * 1 MiB semi-spaces and doubles after collections in which much survived; once it reaches
 * SEMI_SPACE_MIB its growth factor becomes 1, so it stays there (a node whose start-up has not grown
 * it that far yet gets there by the gc observer below). A V8 that no longer accepts a factor of 1
 * keeps its own sizing.
 */
export function limitHeap(execArgv: readonly string[] = process.execArgv, nodeOptions: string | undefined = process.env.NODE_OPTIONS): void {
  if (userSizesHeap(execArgv, nodeOptions)) return;
  limited = true;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  // A young generation this small holds little that survives (150 KiB a collection on the dev-set
  // pages), too little to share between threads: a helper thread costs more to start and wait for
  // than it saves, most of all on a busy machine. V8 reads this at every scavenge.
  setFlagsFromString('--no-parallel-scavenge');
  if (stopGrowingWhenReached()) return;
  // Growth happens only in a collection, so each one is a moment to look.
  growthWatch = new PerformanceObserver(() => {
    if (stopGrowingWhenReached()) growthWatch?.disconnect();
  });
  growthWatch.observe({ entryTypes: ['gc'] });
}

/**
 * Gives the heap's size back to V8's own sizing, in every thread; called before --jobs starts its
 * worker threads. With two threads cleaning side by side the size limits cost time (the dev set x5
 * as JSON Lines, --jobs 2, 3 alternating runs: 8.92 s against 7.56 s, medians), and the memory
 * grows with the threads anyway. Scavenges stay on one thread: with every core cleaning, a helper
 * thread only takes time from the other cleaning thread (100 MiB of JSON Lines, --jobs 2, 10
 * alternating pairs at load 1.8 to 3.4: faster in 8, medians of three series 4.65 -> 4.44,
 * 4.50 -> 4.50 and 4.47 -> 4.45 s; peak RSS 15 MiB less). Concurrent marking cannot be turned
 * off once V8 runs (it aborts).
 */
export function liftHeapLimits(): void {
  if (!limited) return;
  limited = false;
  growthWatch?.disconnect();
  growthWatch = undefined;
  setFlagsFromString(`--semi-space-growth-factor=${V8_GROWTH_FACTOR}`);
  setFlagsFromString('--heap-growing-percent=0');
}
