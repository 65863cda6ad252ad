import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseArguments } from '../../src/cli/arguments.js';
import { run } from '../../src/cli/run.js';

/** Standard streams for one in-process run: stdin that notes whether it was read, stdout and stderr collected. */
function streams(input: string) {
  const read = { started: false };
  const stdin = new Readable({
    read() {
      read.started = true;
      this.push(input);
      this.push(null);
    },
  });
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const written: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => written.push(chunk));
  return { io: { stdin, stdout, stderr }, read, output: () => Buffer.concat(written).toString() };
}

describe('run, one invocation of the CLI', () => {
  const folder = mkdtempSync(join(tmpdir(), 'boilerstrip-run-'));
  const extra = join(folder, 'extra.yaml');
  writeFileSync(extra, 'rules:\n  - id: house-ad\n    description: "Our own\\n  promotion line"\n    match: { equals: Promo }\n');

  it('cleans standard input with the rules it was given', async () => {
    const { io, output } = streams('Body of the story.\nPromo\nREAD | x\n');
    await run(await parseArguments(['--rules', extra, '--disable', 'read-pipe-teaser']), io);
    expect(output()).toBe('Body of the story.\nREAD | x\n');
  });

  it('refuses a bad rule file before reading any input', async () => {
    const bad = join(folder, 'bad.yaml');
    writeFileSync(bad, 'rules:\n  - id: broken\n    match: { regex: "([a-z" }\n');
    const { io, read, output } = streams('Body.\n');
    await expect(run(await parseArguments(['--rules', bad]), io)).rejects.toMatchObject({ code: 'E_RULE_REGEX', location: { file: bad, ruleId: 'broken' } });
    expect(read.started).toBe(false);
    expect(output()).toBe('');
  });

  it('lists the loaded rules in aligned columns, one line each, without reading input', async () => {
    const { io, read, output } = streams('Body.\n');
    await run(await parseArguments(['--list-rules', '--no-default-rules', '--rules', extra]), io);
    expect(output()).toBe('ID        PACK   KIND   ZONE  ACTION  DESCRIPTION\nhouse-ad  extra  match  any   drop    Our own promotion line\n');
    expect(read.started).toBe(false);
  });
});
