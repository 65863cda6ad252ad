import { messageLine } from './messages.js';

/**
 * Actions that must run however the process ends — on success, on an error, on SIGINT, SIGTERM
 * or SIGHUP — such as removing the temporary file behind `-o FILE`, so a stopped run never leaves
 * half a file. Actions are synchronous: on a signal or at exit there is no later turn of the event
 * loop.
 */
const actions = new Set<() => void>();

/** Registers an action; the returned function unregisters it (e.g. once the output file is complete). */
export function onCleanup(action: () => void): () => void {
  actions.add(action);
  return () => actions.delete(action);
}

/** Runs every registered action once, in registration order; one that fails does not stop the rest. */
export function runCleanup(): void {
  for (const action of [...actions]) {
    actions.delete(action);
    try {
      action();
    } catch (error) {
      process.stderr.write(messageLine(`cleanup failed: ${(error as Error).message}`));
    }
  }
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Runs the cleanup at exit and on a stop signal. After cleaning up, the signal is raised again
 * with the default handler in place, so the parent sees the process killed by it (a shell's 130
 * for SIGINT, 143 for SIGTERM) rather than a normal exit.
 */
export function installCleanupHandlers(): void {
  process.on('exit', runCleanup);
  for (const signal of STOP_SIGNALS) {
    process.once(signal, () => {
      runCleanup();
      process.kill(process.pid, signal);
    });
  }
}
