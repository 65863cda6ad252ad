import { describe, expect, it } from 'vitest';
import { onCleanup, runCleanup } from '../../src/cli/cleanup.js';

describe('cleanup registry', () => {
  it('runs each registered action once, in order, and not the unregistered ones', () => {
    const ran: string[] = [];
    onCleanup(() => ran.push('a'));
    const unregister = onCleanup(() => ran.push('b'));
    onCleanup(() => ran.push('c'));
    unregister();
    runCleanup();
    runCleanup();
    expect(ran).toEqual(['a', 'c']);
  });
});
