import { describe, expect, it } from 'vitest';
import { DATASET_PATH, readRecords } from '../../bench/eval/dataset.js';
import { evaluate, SETTING_NAMES } from '../../bench/eval/evaluate.js';
import { compileRules, strip } from '../../src/index.js';
import { hasSharedData } from '../helpers/paths.js';

/**
 * Quality floors on the L3S-GN1 dev set with default options, a little under what `npm run eval`
 * measures (see the README's Quality table), so that quality cannot regress unnoticed. They are
 * lower bounds on measured figures, not the figures themselves: raise them when quality improves.
 */
const FLOORS = {
  text: { F1: 0.959, R: 0.962 },
  readability: { F1: 0.965, R: 0.952 },
  gold: { F1: 0.999, R: 0.999 },
} as const;

describe.skipIf(!hasSharedData(DATASET_PATH))('quality on the L3S-GN1 dev set', () => {
  it('stays above the floors in every setting', { timeout: 120_000 }, async () => {
    const rules = compileRules();
    const settings = await evaluate(readRecords(DATASET_PATH), SETTING_NAMES, (text) => strip(text, { rules }));
    for (const setting of settings) {
      const floor = FLOORS[setting.setting];
      expect(setting.cleaned.documents, setting.setting).toBe(621);
      expect(setting.cleaned.F1, `${setting.setting} F1`).toBeGreaterThanOrEqual(floor.F1);
      expect(setting.cleaned.R, `${setting.setting} R`).toBeGreaterThanOrEqual(floor.R);
    }
    const readability = settings.find((setting) => setting.setting === 'readability')!;
    expect(readability.cleaned.F1, 'cleaning extractor output must not make it worse').toBeGreaterThan(readability.input.F1);
  });
});
