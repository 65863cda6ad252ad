import { closeSync, createReadStream, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { PassThrough, Readable, type Transform } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { BoilerstripError, fileSystemReason } from '../errors.js';

/** The name that stands for standard input. */
export const STDIN = '-';

/**
 * How messages and --explain's line prefixes name an input: standard input as `<stdin>`, a FILE as
 * given. (The audit's `file` field is the FILE as given on the command line, `-` for standard input.)
 */
export const inputLabel = (name: string): string => (name === STDIN ? '<stdin>' : name);

/** How a gzip stream starts, whatever the file is called. */
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

export interface InputSource {
  /** The bytes as stored (compressed or not), ready to be piped. */
  stream: Readable;
  /** Gunzip when the bytes start with the gzip magic, else a pass-through. */
  decoder: Transform;
}

/**
 * Opens a FILE (or stdin for `-`) and looks at its first bytes to tell gzip from plain input.
 * `chunkBytes` sizes the chunks read from a FILE and decoded from gzip (else node's defaults,
 * 64 and 16 KiB).
 */
export async function openInput(name: string, stdin: Readable, chunkBytes?: number): Promise<InputSource> {
  const stream = name === STDIN ? stdin : createReadStream(name, chunkBytes === undefined ? {} : { highWaterMark: chunkBytes });
  const { head, rest } = await peek(stream, GZIP_MAGIC.length).catch((error: NodeJS.ErrnoException) => {
    throw cannotRead(name, error);
  });
  const isGzip = head.subarray(0, GZIP_MAGIC.length).equals(GZIP_MAGIC);
  return { stream: rest, decoder: isGzip ? createGunzip(chunkBytes === undefined ? {} : { chunkSize: chunkBytes }) : new PassThrough() };
}

/** An open or first-read failure as a message that names the input: "cannot read x.txt: it is a directory". */
function cannotRead(name: string, error: NodeJS.ErrnoException): BoilerstripError {
  // A directory is a FILE the user may have meant as a folder of inputs.
  const reason = error.code === 'EISDIR' ? 'it is a directory; give the files in it' : fileSystemReason(error);
  return new BoilerstripError('E_INPUT', `cannot read ${inputLabel(name)}: ${reason}`, { file: name });
}

/**
 * A gunzip failure (damaged or cut-off gzip data) as a message that names the input; undefined for
 * any other error. zlib's own message ("unexpected end of file") names no file, and a run reads many.
 */
export function damagedGzip(name: string, error: unknown): BoilerstripError | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !code.startsWith('Z_')) return undefined;
  return new BoilerstripError('E_INPUT', `cannot read ${inputLabel(name)}: its gzip data is damaged (${(error as Error).message}); fetch or compress it again`, { file: name });
}

/** Whether a file starts with the gzip magic (false when it cannot be read: reading it will say why). */
export function isGzipFile(name: string): boolean {
  const head = Buffer.alloc(GZIP_MAGIC.length);
  let fd: number | undefined;
  try {
    fd = openSync(name, 'r');
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(GZIP_MAGIC);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The size of an input in bytes, when it is a regular file (stdin redirected from a file counts);
 * undefined when it is none or cannot be read (reading it will say why).
 */
export function inputSize(name: string): number | undefined {
  try {
    const stats = name === STDIN ? fstatSync(0) : statSync(name);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined;
  }
}

/** The total size of the inputs when every one is a regular file (for the progress bar), else undefined. */
export function totalInputSize(names: readonly string[]): number | undefined {
  let total = 0;
  for (const name of names) {
    const size = inputSize(name);
    if (size === undefined) return undefined;
    total += size;
  }
  return total;
}

/**
 * Reads at least `bytes` bytes (fewer at the end of input) and puts them back, so the stream can
 * be piped from its start. A stream that already ended is replaced by one holding what was read.
 */
async function peek(stream: Readable, bytes: number): Promise<{ head: Buffer; rest: Readable }> {
  const chunks: Buffer[] = [];
  let length = 0;
  let ended = false;
  while (length < bytes && !ended) {
    const chunk = stream.read() as Buffer | null;
    if (chunk !== null) {
      chunks.push(chunk);
      length += chunk.length;
    } else {
      // 'end' may have been emitted between two awaits, while nobody listened.
      ended = stream.readableEnded || (await readableOrEnd(stream));
    }
  }
  const head = Buffer.concat(chunks, length);
  if (ended) return { head, rest: Readable.from(length > 0 ? [head] : []) };
  stream.unshift(head);
  return { head, rest: stream };
}

/** Waits until the stream has data (false) or has ended (true); rejects on a read error. */
function readableOrEnd(stream: Readable): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const settle = (ended: boolean, error?: Error): void => {
      stream.off('readable', onReadable);
      stream.off('end', onEnd);
      stream.off('error', onError);
      if (error) reject(error);
      else resolve(ended);
    };
    const onReadable = (): void => settle(false);
    const onEnd = (): void => settle(true);
    const onError = (error: Error): void => settle(false, error);
    stream.on('readable', onReadable);
    stream.on('end', onEnd);
    stream.on('error', onError);
  });
}
