import type { Writable } from 'node:stream';
import { counted } from '../counted.js';

/** What the bar shows as the run goes. */
export interface Progress {
  /** Bytes of input read so far (as stored, before gunzip) and documents cleaned. */
  update(bytesRead: number, documents: number): void;
  stop(): void;
}

const SILENT: Progress = { update() {}, stop() {} };
const MB = 1e6;

/**
 * A progress bar on stderr: bytes done of the total, documents, MB/s and time left. Shown only
 * when stderr is a terminal and the total size of the input is known (regular files). The bar
 * library is loaded only then, so that runs in pipelines do not pay for it.
 */
export async function createProgress(stderr: Writable & { isTTY?: boolean }, totalBytes: number | undefined, enabled: boolean): Promise<Progress> {
  if (!enabled || stderr.isTTY !== true || totalBytes === undefined) return SILENT;
  const { SingleBar } = await import('cli-progress');
  const bar = new SingleBar({
    stream: stderr as NodeJS.WriteStream,
    format: '{bar} {percentage}% | {doneMB}/{totalMB} MB | {documents} | {speed} MB/s | {eta_formatted} left',
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
    fps: 5,
  });
  const started = performance.now();
  const megabytes = (bytes: number): string => (bytes / MB).toFixed(1);
  bar.start(totalBytes, 0, { doneMB: megabytes(0), totalMB: megabytes(totalBytes), documents: counted(0, 'doc'), speed: '0.0' });
  return {
    update(bytesRead, documents) {
      const seconds = (performance.now() - started) / 1000;
      bar.update(bytesRead, { doneMB: megabytes(bytesRead), documents: counted(documents, 'doc'), speed: seconds > 0 ? (bytesRead / MB / seconds).toFixed(1) : '0.0' });
    },
    stop() {
      bar.stop();
    },
  };
}
