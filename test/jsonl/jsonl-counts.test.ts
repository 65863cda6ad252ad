import { describe, expect, it } from 'vitest';
import { JsonlCounts } from '../../src/jsonl/jsonl-counts.js';

describe('JsonlCounts', () => {
  it("adds another's counts, one by one, from a copy a worker sent as well", () => {
    const total = new JsonlCounts();
    Object.assign(total, { records: 5, missing: 1, blank: 2 });
    const batch = new JsonlCounts();
    Object.assign(batch, { records: 3, missing: 1, null: 1, notString: 2, invalid: 1, blank: 1, oversized: 4, loneSurrogate: 1 });
    total.add(structuredClone(batch));
    expect({ ...total }).toEqual({ records: 8, missing: 2, null: 1, notString: 2, invalid: 1, blank: 3, oversized: 4, loneSurrogate: 1 });
  });
});
