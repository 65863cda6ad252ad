import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import split2 from 'split2';
import { z } from 'zod';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Development set; lives beside the repository because it may not be redistributed. */
export const DATASET_PATH = resolve(REPO_ROOT, '../shared/datasets/l3s-gn1.jsonl');

const EvalRecordSchema = z.object({
  id: z.string(),
  /** Whole page as text, one block per line. */
  text: z.string(),
  /** Readability.js extraction converted to text; a set of one's own may leave it out (then evaluate without that setting). */
  readability: z.string().optional(),
  /** Human-marked content joined by spaces (a single line). */
  gold: z.string(),
});

export type EvalRecord = z.infer<typeof EvalRecordSchema>;

/**
 * The dataset's records in file order (the first `limit` of them), read line by line so memory stays
 * flat. split2 fits here, unlike in the stripper: a record is JSON text, so its lossy decoding loses nothing.
 */
export async function* readRecords(path: string = DATASET_PATH, limit = Infinity): AsyncGenerator<EvalRecord> {
  const input = createReadStream(path);
  const lines = input.pipe(split2());
  let lineNumber = 0;
  let yielded = 0;
  try {
    for await (const line of lines as AsyncIterable<string>) {
      lineNumber++;
      if (line.trim() === '') continue;
      const parsed = EvalRecordSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${lineNumber}: not an eval record: ${parsed.error.message}`);
      yield parsed.data;
      if (++yielded >= limit) break;
    }
  } finally {
    // Stopping early (a limit, a consumer that breaks) must not leave the file open.
    input.destroy();
    lines.destroy();
  }
}
