/**
 * `npm run bench:rules`: what the ReDoS check costs at start-up. Times compileRules() for the
 * default packs in fresh processes, with the pre-checked pattern list (the default) and without it
 * (every regex rule sent to recheck, as a user's rule file always is). Prints medians.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.argv[2] ?? 5);
const entry = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

function timeOnce(preChecked: boolean): number {
  const script = `
    const { compileRules } = await import(${JSON.stringify(entry)});
    const start = performance.now();
    compileRules({ patternCheck: { preChecked: ${preChecked} } });
    process.stdout.write(String(performance.now() - start));
  `;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

for (const preChecked of [true, false]) {
  const times = Array.from({ length: RUNS }, () => timeOnce(preChecked));
  process.stdout.write(`compileRules(), ${preChecked ? 'pre-checked list  ' : 'checking every regex'}: median ${median(times).toFixed(0)} ms over ${RUNS} runs (${times.map((time) => time.toFixed(0)).join(', ')})\n`);
}
