import { randomBytes } from 'node:crypto';
import { createWriteStream, fchmodSync, openSync, realpathSync, renameSync, statSync, unlinkSync, type Stats as FileStats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { BoilerstripError, fileSystemReason } from '../errors.js';
import { onCleanup } from './cleanup.js';
import type { StandardStreams } from './run.js';

/**
 * A file the CLI writes (-o, --audit, --stats-json). A regular file appears only when complete:
 * bytes go to a temporary file in the same directory, renamed over FILE by publish(). A device,
 * pipe or /dev/stdout is written directly, since renaming over it would replace it. A name ending
 * in .gz is gzip-compressed.
 */
export class OutputFile {
  /** Where to write the (uncompressed) bytes. */
  readonly stream: Writable;
  private readonly done: Promise<void>;
  private readonly temporary: string | undefined;
  private readonly target: string;
  /** False for the process's own stdout or stderr, which are written but never ended or renamed. */
  private readonly owned: boolean;
  /** Takes the temporary file off the cleanup list that runs at exit and on SIGINT, SIGTERM and SIGHUP. */
  private forgetTemporary: () => void = () => {};

  constructor(
    readonly path: string,
    /** What an output name may stand for ("-", /dev/stdout, /dev/fd/2, ...). */
    standard: StandardStreams,
  ) {
    this.target = path;
    // Opening /dev/stdout fails when it is a socket, so the process's own stream is used instead.
    const inherited = standardStream(path, standard);
    this.owned = inherited === undefined;
    if (inherited !== undefined) {
      this.stream = inherited;
      this.done = Promise.resolve();
      return;
    }
    const existing = statOrUndefined(path);
    const direct = isSpecialPath(path) || (existing !== undefined && !existing.isFile());
    if (!direct && existing !== undefined) this.target = realpathSync(path);
    this.temporary = direct ? undefined : join(dirname(this.target), `.${basename(this.target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    const fd = openOrExplain(path, () => (this.temporary === undefined ? openSync(path, 'w') : openSync(this.temporary, 'wx')));
    if (this.temporary !== undefined) {
      const temporary = this.temporary;
      // However the run ends before publish(), even by a signal, the half-written file goes.
      this.forgetTemporary = onCleanup(() => removeQuietly(temporary));
      // A replaced file keeps its permissions.
      if (existing) fchmodSync(fd, existing.mode & 0o7777);
    }
    const file = createWriteStream(path, { fd });
    const gzip = path.endsWith('.gz') ? createGzip() : undefined;
    this.stream = gzip ?? file;
    this.done = gzip ? pipeline(gzip, file) : finished(file);
    // Observed by finish() or discard(); a write error also surfaces through OutputSink.
    this.done.catch(() => {});
  }

  /** Ends the file and waits until every byte is written; it is not in place yet (see publish()). */
  async finish(): Promise<void> {
    if (!this.owned) return;
    this.stream.end();
    await this.done.catch((error: Error) => {
      throw new BoilerstripError('E_IO', `cannot write ${this.path}: ${error.message}`, { file: this.path });
    });
  }

  /** Moves a finished file into place. Kept apart from finish() so that a run's files appear together, or none. */
  publish(): void {
    if (this.temporary === undefined) return;
    renameSync(this.temporary, this.target);
    this.forgetTemporary();
  }

  /** Abandons the file: a temporary one is removed, FILE is left as it was. */
  async discard(): Promise<void> {
    if (!this.owned) return;
    this.stream.destroy();
    await this.done.catch(() => {});
    if (this.temporary === undefined) return;
    removeQuietly(this.temporary);
    this.forgetTemporary();
  }
}

/**
 * Whether two names are one regular file (an input and an output, say), by identity when both
 * exist. Devices such as /dev/null may be named twice.
 */
export function isSameFile(a: string, b: string): boolean {
  const x = statOrUndefined(a);
  const y = statOrUndefined(b);
  if (x !== undefined && y !== undefined) return x.isFile() && x.dev === y.dev && x.ino === y.ino;
  return resolve(a) === resolve(b);
}

/** "-", /dev/stdout, /dev/fd/1, /proc/self/fd/1 (and the same for stderr) name the process's own streams. */
function standardStream(path: string, { stdout, stderr }: StandardStreams): Writable | undefined {
  if (path === '-') return stdout;
  const match = /^\/(?:dev\/(?:std(out|err)|fd\/([12]))|proc\/self\/fd\/([12]))$/.exec(resolve(path));
  if (match === null) return undefined;
  return match[1] === 'out' || match[2] === '1' || match[3] === '1' ? stdout : stderr;
}

/**
 * /dev/stdout, /dev/fd/N, /proc/self/fd/N: links to whatever the shell opened (a regular file,
 * with `> out.txt`), to be written through, never renamed over.
 */
const isSpecialPath = (path: string): boolean => /^\/(dev\/(std(in|out|err)|fd\/\d+)|proc\/(self|\d+)\/fd\/\d+)$/.test(resolve(path));

function statOrUndefined(path: string): FileStats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function openOrExplain(path: string, open: () => number): number {
  try {
    return open();
  } catch (error) {
    // Node's message names the temporary file beside FILE, which the user never gave.
    throw new BoilerstripError('E_IO', `cannot create ${path}: ${fileSystemReason(error)}. Check that the directory exists and is writable.`, { file: path });
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone: nothing left to clean up.
  }
}
