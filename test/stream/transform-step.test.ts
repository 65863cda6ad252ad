import { describe, expect, it } from 'vitest';
import { transformStep } from '../../src/stream/transform-step.js';

describe('transformStep', () => {
  it("hands the callback the step's output, or nothing", () => {
    const calls: unknown[][] = [];
    transformStep((...args) => calls.push(args), () => Buffer.from('x'));
    transformStep((...args) => calls.push(args), () => {});
    expect(calls).toEqual([[null, Buffer.from('x')], [null, undefined]]);
  });

  it('hands it the error the step throws, once', () => {
    const calls: unknown[][] = [];
    const error = new Error('bad input');
    transformStep(
      (...args) => calls.push(args),
      () => {
        throw error;
      },
    );
    expect(calls).toEqual([[error]]);
  });

  it('lets an error thrown by the callback itself (downstream) go, without calling the callback again', () => {
    let calls = 0;
    const downstream = new Error('downstream');
    expect(() =>
      transformStep(
        () => {
          calls++;
          throw downstream;
        },
        () => Buffer.from('x'),
      ),
    ).toThrow(downstream);
    expect(calls).toBe(1);
  });
});
