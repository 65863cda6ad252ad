import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { RulePack } from './load.js';

/**
 * Rule files validated at build time (`npm run build` writes the default packs here), so that a
 * run needs neither the YAML parser nor the schema library. An entry is used only for a file of
 * the same name and the same content hash, so an edited rule file is always parsed afresh.
 */
export const PRECOMPILED_PATH = new URL('../../dist/rules/default-packs.json', import.meta.url);

type Entry = Omit<RulePack, 'file'>;

let entries: Map<string, Entry> | undefined;

const keyOf = (file: string, source: string): string => `${basename(file)}:${createHash('sha256').update(source).digest('hex')}`;

function loadEntries(): Map<string, Entry> {
  if (entries !== undefined) return entries;
  try {
    entries = new Map(Object.entries(JSON.parse(readFileSync(PRECOMPILED_PATH, 'utf8')) as Record<string, Entry>));
  } catch {
    // No build output (running from source before a build): every file is parsed.
    entries = new Map();
  }
  return entries;
}

/** The validated pack for this file's exact content, if the build precompiled it. */
export function precompiledPack(file: string, source: string): RulePack | undefined {
  const entry = loadEntries().get(keyOf(file, source));
  return entry === undefined ? undefined : { ...entry, file };
}

/** Writes the cache for the given rule files (their packs already validated). */
export function writePrecompiledPacks(files: readonly { source: string; pack: RulePack }[]): void {
  const table = Object.fromEntries(files.map(({ source, pack }) => [keyOf(pack.file, source), { ...pack, file: undefined }]));
  writeFileSync(PRECOMPILED_PATH, `${JSON.stringify(table)}\n`);
  entries = undefined;
}
