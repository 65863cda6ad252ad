import type { EvalRecord } from './dataset.js';

/**
 * Text as converters such as lynx, w3m, html2text and pandoc lay it out: every line broken at
 * the last space that keeps it within `width` characters. A word longer than the width (an
 * address) stays whole on a line of its own; white space inside a line is kept as it is.
 */
export function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => wrapLine(line, width))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  const lines: string[] = [];
  let rest = line;
  while (rest.length > width) {
    const cut = rest.lastIndexOf(' ', width);
    const end = cut > 0 ? cut : rest.indexOf(' ', width);
    if (end < 0) break;
    lines.push(rest.slice(0, end));
    rest = rest.slice(end + 1);
  }
  lines.push(rest);
  return lines.join('\n');
}

/** The records with every input hard-wrapped (the scores count tokens, so the gold's layout does not change them). */
export async function* wrapRecords(records: AsyncIterable<EvalRecord>, width: number): AsyncGenerator<EvalRecord> {
  for await (const record of records) {
    yield { ...record, text: hardWrap(record.text, width), readability: hardWrap(record.readability, width), gold: hardWrap(record.gold, width) };
  }
}
