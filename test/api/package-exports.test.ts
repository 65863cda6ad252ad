import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.js';

describe('package root', () => {
  it('exports the library API to an ESM consumer importing "boilerstrip"', () => {
    const script = `
      import { strip, compileRules, createStripStream, createStripWebStream, createJsonlStream, BoilerstripError } from 'boilerstrip';
      const rules = compileRules();
      const { text, removals } = strip('Body.\\nREAD | x\\n', { rules });
      const web = await new Response(new Blob(['Body.\\nREAD | x\\n']).stream().pipeThrough(createStripWebStream({ rules }))).text();
      console.log(JSON.stringify({ text, rules: removals.map((r) => r.ruleId), stream: typeof createStripStream, web, jsonl: typeof createJsonlStream, error: typeof BoilerstripError }));
    `;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual({ text: 'Body.\n', rules: ['read-pipe-teaser'], stream: 'function', web: 'Body.\n', jsonl: 'function', error: 'function' });
  });
});
