import { describe, expect, it } from 'vitest';
import type { EvalRecord } from '../../bench/eval/dataset.js';
import { evaluate } from '../../bench/eval/evaluate.js';
import { compileRules, strip } from '../../src/index.js';
import { ARTICLE, MENU, page } from '../helpers/pages.js';

const rules = compileRules();
const clean = (text: string) => strip(text, { rules });

/** A set of one's own pages: no Readability extraction. */
async function* ownPages(): AsyncGenerator<EvalRecord> {
  yield { id: 'own/1', text: page(MENU, ARTICLE, MENU), gold: ARTICLE.join(' ') };
}

describe('evaluate', () => {
  it('scores a set without Readability extractions in the settings it has', async () => {
    const [text, gold] = await evaluate(ownPages(), ['text', 'gold'], clean);
    expect(text!.input.documents).toBe(1);
    expect(text!.cleaned.F1).toBeGreaterThan(text!.input.F1);
    expect(gold!.cleaned.R).toBe(1);
  });

  it('names the record and the way out when a setting needs a field the set lacks', async () => {
    await expect(evaluate(ownPages(), ['readability'], clean)).rejects.toThrow('record own/1 has no readability field: leave that setting out (--setting text --setting gold)');
  });
});
