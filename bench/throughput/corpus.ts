/**
 * The benchmark corpus: the seed documents and the dev set's full pages, repeated until the
 * corpus reaches the requested size. Text corpora separate documents with a form-feed line
 * (`--doc-separator $'\f'`); JSON Lines corpora hold one page per record in `text`.
 */
import { closeSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_PATH, readRecords } from '../eval/dataset.js';

export const SEEDS_DIR = join(DATASET_PATH, '../../fixtures/seeds');
export const DOC_SEPARATOR = '\f';

export type CorpusFormat = 'text' | 'jsonl';

export interface Corpus {
  path: string;
  format: CorpusFormat;
  bytes: number;
  lines: number;
  documents: number;
}

/** The documents one pass of the corpus holds: the seeds first, then every dev-set page. */
export async function sourceDocuments(): Promise<string[]> {
  const seeds = readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.input.txt'))
    .sort()
    .map((name) => readFileSync(join(SEEDS_DIR, name), 'utf8'));
  const pages: string[] = [];
  for await (const record of readRecords(DATASET_PATH)) pages.push(record.text);
  return [...seeds, ...pages];
}

/** One pass over the documents, encoded as the format wants them. */
function encodePass(documents: readonly string[], format: CorpusFormat): Buffer {
  const encoded = documents.map((text, index) => {
    if (format === 'jsonl') return `${JSON.stringify({ id: `doc-${index}`, text })}\n`;
    return `${text.endsWith('\n') ? text : `${text}\n`}${DOC_SEPARATOR}\n`;
  });
  return Buffer.from(encoded.join(''), 'utf8');
}

const countLines = (bytes: Buffer): number => {
  let lines = 0;
  for (let lf = bytes.indexOf(10); lf !== -1; lf = bytes.indexOf(10, lf + 1)) lines++;
  return lines;
};

/** Writes whole passes until the file holds at least `size` bytes (the last pass is cut at a document boundary). */
export async function writeCorpus(path: string, size: number, format: CorpusFormat): Promise<Corpus> {
  const documents = await sourceDocuments();
  const pass = encodePass(documents, format);
  const boundaries = documentEnds(pass, format);
  const fd = openSync(path, 'w');
  let bytes = 0;
  let lines = 0;
  let written = 0;
  try {
    while (bytes < size) {
      const wanted = size - bytes;
      const end = wanted >= pass.length ? pass.length : boundaries.find((boundary) => boundary >= wanted)!;
      const piece = pass.subarray(0, end);
      writeSync(fd, piece);
      bytes += piece.length;
      lines += countLines(piece);
      written += boundaries.filter((boundary) => boundary <= end).length;
    }
  } finally {
    closeSync(fd);
  }
  return { path, format, bytes, lines, documents: written };
}

/** Byte offsets just after each document (separator line or record included). */
function documentEnds(pass: Buffer, format: CorpusFormat): number[] {
  const marker = Buffer.from(format === 'jsonl' ? '\n' : `\n${DOC_SEPARATOR}\n`);
  const ends: number[] = [];
  for (let at = pass.indexOf(marker); at !== -1; at = pass.indexOf(marker, at + 1)) ends.push(at + marker.length);
  return ends;
}

/**
 * Cuts the corpus into `parts` files of about equal size at document boundaries (beside it), for
 * timing independent processes side by side on the parts.
 */
export function splitCorpus(corpus: Corpus, parts: number): string[] {
  const bytes = readFileSync(corpus.path);
  const marker = Buffer.from(corpus.format === 'jsonl' ? '\n' : `\n${DOC_SEPARATOR}\n`);
  const paths: string[] = [];
  let start = 0;
  for (let part = 1; part <= parts; part++) {
    const found = part === parts ? -1 : bytes.indexOf(marker, Math.max(start, Math.round((bytes.length * part) / parts)));
    const end = found === -1 ? bytes.length : found + marker.length;
    const path = `${corpus.path}.part${part}of${parts}`;
    writeFileSync(path, bytes.subarray(start, end));
    paths.push(path);
    start = end;
  }
  return paths;
}
