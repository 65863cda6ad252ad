import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { StoredGates } from './first-char.js';
import type { RulePack } from './load.js';
import type { PageSettings } from './page-schema.js';

/**
 * Rule files validated at build time (`npm run build` writes the default packs here), so that a
 * run needs neither the YAML parser nor the schema library. A pack is used only for a file of the
 * same name and the same content hash, so an edited rule file is always parsed afresh; page
 * settings only for exactly the same merged `page:` sections. The build writes this file after
 * compiling, so it always matches the schemas it was made with.
 */
export const PRECOMPILED_PATH = new URL('../../dist/rules/default-packs.json', import.meta.url);

interface Precompiled {
  packs: Record<string, Omit<RulePack, 'file'>>;
  /** Parsed settings (as JSON text, handed out as a fresh copy) by the JSON of the merged sections. */
  pageSettings: Record<string, string>;
  /**
   * The prefilter's reading of each default pattern (lineGates), by its flags and source: reading
   * them is most of the time rules take to compile, paid by every run and every --jobs worker.
   */
  gates: Record<string, StoredGates>;
}

let precompiled: Precompiled | undefined;

const keyOf = (file: string, source: string): string => `${basename(file)}:${createHash('sha256').update(source).digest('hex')}`;

function load(): Precompiled {
  if (precompiled !== undefined) return precompiled;
  try {
    precompiled = JSON.parse(readFileSync(PRECOMPILED_PATH, 'utf8')) as Precompiled;
  } catch {
    // No build output (running from source before a build): everything is parsed.
    precompiled = { packs: {}, pageSettings: {}, gates: {} };
  }
  return precompiled;
}

/** The validated pack for this file's exact content, if the build precompiled it. */
export function precompiledPack(file: string, source: string): RulePack | undefined {
  const entry = load().packs[keyOf(file, source)];
  return entry === undefined ? undefined : { ...entry, file };
}

/** The parsed page settings for these merged sections, if the build precompiled them. */
export function precompiledPageSettings(merged: Record<string, unknown>): PageSettings | undefined {
  if (!isJson(merged)) return undefined;
  const entry = load().pageSettings[JSON.stringify(merged)];
  return entry === undefined ? undefined : (JSON.parse(entry) as PageSettings);
}

const gatesKey = (regex: RegExp): string => `${regex.flags}/${regex.source}`;

/** The gates the build stored for this pattern, if it did. */
export function precompiledGates(regex: RegExp): StoredGates | undefined {
  return load().gates[gatesKey(regex)];
}

/** Writes the cache: the given rule files (packs already validated), the page settings they make, and their patterns' gates. */
export function writePrecompiled(files: readonly { source: string; pack: RulePack }[], merged: Record<string, unknown>, settings: PageSettings, patterns: readonly { regex: RegExp; gates: StoredGates }[]): void {
  const packs = Object.fromEntries(files.map(({ source, pack }) => [keyOf(pack.file, source), { ...pack, file: undefined }]));
  const pageSettings = isJson(merged) ? { [JSON.stringify(merged)]: JSON.stringify(settings) } : {};
  const gates = Object.fromEntries(patterns.map(({ regex, gates }) => [gatesKey(regex), gates]));
  writeFileSync(PRECOMPILED_PATH, `${JSON.stringify({ packs, pageSettings, gates } satisfies Precompiled)}\n`);
  precompiled = undefined;
}

/** Only values that JSON keeps exactly can be keys (Infinity would read back as null). */
function isJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJson);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every(isJson);
}
