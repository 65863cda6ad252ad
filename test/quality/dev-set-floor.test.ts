import { describe, expect, it } from 'vitest';
import { DATASET_PATH, readRecords } from '../../bench/eval/dataset.js';
import { evaluate, SETTING_NAMES, type SettingName, type SettingReport } from '../../bench/eval/evaluate.js';
import { layoutRecords } from '../../bench/eval/converter-layout.js';
import { compileRules, strip } from '../../src/index.js';
import { hasSharedData } from '../helpers/paths.js';

/**
 * Quality floors on the L3S-GN1 dev set with default options, a little under what `npm run eval`
 * measures (see the README's Quality table), so that quality cannot regress unnoticed. They are
 * lower bounds on measured figures, not the figures themselves: raise them when quality improves.
 */
const FLOORS = {
  text: { F1: 0.960, R: 0.964 },
  readability: { F1: 0.965, R: 0.952 },
  gold: { F1: 0.999, R: 0.999 },
} as const;

/** The same with every input hard-wrapped at 72 columns, as lynx, w3m, html2text and pandoc lay text out. */
const WRAPPED_WIDTH = 72;
const WRAPPED_FLOORS = {
  text: { F1: 0.959, R: 0.963 },
  readability: { F1: 0.965, R: 0.952 },
  gold: { F1: 0.999, R: 0.998 },
} as const;

/** The same with the short lines the annotators left out written as Markdown links (see markLinks). */
const MARKDOWN_LINK_FLOORS = {
  text: { F1: 0.960, R: 0.965 },
  readability: { F1: 0.962, R: 0.949 },
  gold: { F1: 0.999, R: 0.999 },
} as const;

/** Both, as html2text lays a page out: Markdown links, wrapped at 78 columns. */
const HTML2TEXT_FLOORS = {
  text: { F1: 0.959, R: 0.964 },
  readability: { F1: 0.962, R: 0.950 },
  gold: { F1: 0.999, R: 0.999 },
} as const;

/** The same with link-like names in the content on lines of their own, as scrapers writing each text node on a line do (see splitAtLinks). */
const SPLIT_FLOORS = {
  text: { F1: 0.946, R: 0.948 },
  readability: { F1: 0.959, R: 0.943 },
  gold: { F1: 0.996, R: 0.995 },
} as const;

describe.skipIf(!hasSharedData(DATASET_PATH))('quality on the L3S-GN1 dev set', () => {
  const rules = compileRules();

  it('stays above the floors in every setting', { timeout: 120_000 }, async () => {
    const settings = await evaluate(readRecords(DATASET_PATH), SETTING_NAMES, (text) => strip(text, { rules }));
    expectAboveFloors(settings, FLOORS);
    const readability = settings.find((setting) => setting.setting === 'readability')!;
    expect(readability.cleaned.F1, 'cleaning extractor output must not make it worse').toBeGreaterThan(readability.input.F1);
  });

  it(`stays above its floors with every input hard-wrapped at ${WRAPPED_WIDTH} columns`, { timeout: 120_000 }, async () => {
    const settings = await evaluate(layoutRecords(readRecords(DATASET_PATH), { wrap: WRAPPED_WIDTH }), SETTING_NAMES, (text) => strip(text, { rules }));
    expectAboveFloors(settings, WRAPPED_FLOORS);
  });

  it('stays above its floors with the short lines outside the gold as Markdown links', { timeout: 120_000 }, async () => {
    const settings = await evaluate(layoutRecords(readRecords(DATASET_PATH), { links: 'markdown' }), SETTING_NAMES, (text) => strip(text, { rules }));
    expectAboveFloors(settings, MARKDOWN_LINK_FLOORS);
  });

  it('stays above its floors with Markdown links wrapped at 78 columns, as html2text writes them', { timeout: 120_000 }, async () => {
    const settings = await evaluate(layoutRecords(readRecords(DATASET_PATH), { links: 'markdown', wrap: 78 }), SETTING_NAMES, (text) => strip(text, { rules }));
    expectAboveFloors(settings, HTML2TEXT_FLOORS);
  });

  it("stays above its floors with link-like names on lines of their own, as BeautifulSoup's get_text(\"\\n\") writes them", { timeout: 120_000 }, async () => {
    const settings = await evaluate(layoutRecords(readRecords(DATASET_PATH), { split: true }), SETTING_NAMES, (text) => strip(text, { rules }));
    expectAboveFloors(settings, SPLIT_FLOORS);
  });
});

function expectAboveFloors(settings: readonly SettingReport[], floors: Record<SettingName, { F1: number; R: number }>): void {
  for (const setting of settings) {
    const floor = floors[setting.setting];
    expect(setting.cleaned.documents, setting.setting).toBe(621);
    expect(setting.cleaned.F1, `${setting.setting} F1`).toBeGreaterThanOrEqual(floor.F1);
    expect(setting.cleaned.R, `${setting.setting} R`).toBeGreaterThanOrEqual(floor.R);
  }
}
