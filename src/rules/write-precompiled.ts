/** Run by `npm run build`: validates the default packs once and stores them for fast start-up. */
import { rmSync } from 'node:fs';
import { compileCheckedPacks } from './compile.js';
import { lineGates, storeGates } from './first-char.js';
import { DEFAULT_RULES_DIR, parseRulePack, readRuleFiles } from './load.js';
import { mergePageSections, parsePageSettings } from './page-schema.js';
import { PRECOMPILED_PATH, writePrecompiled } from './precompiled.js';

// Nothing from an earlier build may answer for the schemas just compiled.
rmSync(PRECOMPILED_PATH, { force: true });
const files = readRuleFiles([DEFAULT_RULES_DIR]).map(({ file, source }) => ({ source, pack: parseRulePack(source, file) }));
const merged = mergePageSections(files.map(({ pack }) => pack.page));
const patterns = compileCheckedPacks(files.map(({ pack }) => pack)).patterns.map(({ regex }) => ({ regex, gates: storeGates(lineGates(regex), regex) }));
writePrecompiled(files, merged, parsePageSettings(merged), patterns);
