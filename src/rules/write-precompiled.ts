/** Run by `npm run build`: validates the default packs once and stores them for fast start-up. */
import { DEFAULT_RULES_DIR, parseRulePack, readRuleFiles } from './load.js';
import { writePrecompiledPacks } from './precompiled.js';

writePrecompiledPacks(readRuleFiles([DEFAULT_RULES_DIR]).map(({ file, source }) => ({ source, pack: parseRulePack(source, file) })));
