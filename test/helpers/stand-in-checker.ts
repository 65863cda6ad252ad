import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How long the stand-in may hold a check: the checker process is stopped past this (plus its start-up allowance). */
export const STAND_IN_TIMEOUT_MS = 100;

/**
 * Runs `action` with recheck's native checker replaced by an agent that answers no check (a
 * checker that hangs), so that no pattern can be proved safe while it
 * stands in, and with `requests()` giving the JSON-RPC requests it was sent. Pass
 * `{ timeoutMs: STAND_IN_TIMEOUT_MS }` as the pattern check options to be done with it quickly.
 */
export function withStandInChecker<T>(action: (requests: () => { method: string; params: Record<string, unknown> }[]) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'boilerstrip-recheck-'));
  const agent = join(dir, 'hanging-agent');
  const log = join(dir, 'requests.jsonl');
  writeFileSync(log, '');
  // recheck's client first waits for an answer to "ping" (request 0); the check requests get none.
  writeFileSync(agent, `#!/bin/sh\nwhile IFS= read -r request; do\n  printf '%s\\n' "$request" >> '${log}'\n  case "$request" in *'"method":"ping"'*) printf '%s\\n' '{"jsonrpc":"2.0+push","id":0,"result":"pong"}' ;; esac\ndone\n`, { mode: 0o755 });
  const requests = () =>
    readFileSync(log, 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as { method: string; params: Record<string, unknown> });
  return withAgent(agent, () => action(requests));
}

/**
 * Runs `action` with recheck's native checker replaced by an agent that answers every check as
 * recheck does a pattern it could not analyse (`status: "unknown"`, its error's kind `timeout`).
 */
export function withUndecidedChecker<T>(action: () => T): T {
  const agent = join(mkdtempSync(join(tmpdir(), 'boilerstrip-recheck-')), 'undecided-agent');
  const unknown = `{"jsonrpc":"2.0+push","id":%s,"result":{"source":"","flags":"","status":"unknown","error":{"kind":"timeout"}}}`;
  writeFileSync(
    agent,
    `#!/bin/sh\nwhile IFS= read -r request; do\n  id=$(printf '%s' "$request" | sed -n 's/.*"id":\\([0-9][0-9]*\\).*/\\1/p')\n  case "$request" in\n    *'"method":"ping"'*) printf '%s\\n' '{"jsonrpc":"2.0+push","id":0,"result":"pong"}' ;;\n    *'"method":"check"'*) printf '${unknown}\\n' "$id" ;;\n  esac\ndone\n`,
    { mode: 0o755 },
  );
  return withAgent(agent, action);
}

/** Runs `action` with recheck's native checker replaced by a program that exits at once: the checker process then fails. */
export function withFailingChecker<T>(action: () => T): T {
  const agent = join(mkdtempSync(join(tmpdir(), 'boilerstrip-recheck-')), 'failing-agent');
  writeFileSync(agent, '#!/bin/sh\nexit 3\n', { mode: 0o755 });
  return withAgent(agent, action);
}

function withAgent<T>(agent: string, action: () => T): T {
  const saved = { bin: process.env.RECHECK_BIN, backend: process.env.RECHECK_BACKEND };
  Object.assign(process.env, { RECHECK_BIN: agent, RECHECK_BACKEND: 'native' });
  try {
    return action();
  } finally {
    for (const [key, value] of [['RECHECK_BIN', saved.bin], ['RECHECK_BACKEND', saved.backend]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}
