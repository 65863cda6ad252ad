import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.js';

// The build leaves members marked @internal out of dist/*.d.ts (tsconfig.json: stripInternal). A
// declaration that still names one (Pick<RuleSet, 'patterns'>) would break a user's type check, and
// npm test's own type check skips .d.ts files (skipLibCheck), so they are checked here as a user's
// project with skipLibCheck off would check them.

describe('the published declarations', () => {
  it('type-check on their own, as a strict project importing "boilerstrip" reads them', () => {
    const project = mkdtempSync(join(tmpdir(), 'boilerstrip-declarations-'));
    const config = {
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2023'], types: ['node'], typeRoots: [join(REPO_ROOT, 'node_modules/@types')], strict: true, noEmit: true, skipLibCheck: false },
      files: [join(REPO_ROOT, 'dist/index.d.ts')],
    };
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(config));
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8' });
    } catch (error) {
      output = (error as { stdout?: string }).stdout ?? String(error);
    }
    expect(output).toBe('');
  }, 120_000);
});
