import { BoilerstripError } from '../errors.js';
import type { CliArguments } from './arguments.js';
import { AuditLog } from './audit-log.js';
import { STDIN } from './input-source.js';
import { isSameFile, OutputFile } from './output-file.js';
import { OutputSink } from './output-sink.js';
import type { CliIo } from './run.js';

/**
 * The files one run writes (-o, --audit, --stats-json): each appears only when the whole run
 * succeeded (publish), and a failed run leaves none of them behind (discard).
 */
export class RunOutputs {
  output: OutputFile | undefined;
  audit: AuditLog | undefined;
  statsJson: OutputFile | undefined;

  constructor(private readonly io: CliIo) {}

  /** Opens the files the arguments name; one that cannot be opened throws, and discard() removes those opened before it. */
  open({ output, audit, statsJson }: Pick<CliArguments, 'output' | 'audit' | 'statsJson'>): void {
    if (output !== undefined) this.output = new OutputFile(output, this.io);
    if (audit !== undefined) this.audit = new AuditLog(new OutputFile(audit, this.io));
    if (statsJson !== undefined) this.statsJson = new OutputFile(statsJson, this.io);
  }

  /** The end of an input's pipeline: the output (and the audit trail, to wait on when it is full). */
  sink(): OutputSink {
    const { output, audit, io } = this;
    const destination = output ? { stream: output.stream, name: output.path } : { stream: io.stdout, name: 'standard output' };
    return new OutputSink(destination, audit && { stream: audit.stream, name: audit.path });
  }

  /** Every file is complete before any is moved into place: a failure leaves none of them. */
  async publish(): Promise<void> {
    const files = [this.output, this.audit, this.statsJson];
    for (const file of files) await file?.finish();
    for (const file of files) file?.publish();
  }

  async discard(): Promise<void> {
    await Promise.all([this.output?.discard(), this.audit?.discard(), this.statsJson?.discard()]);
  }
}

/**
 * Writing over an input while reading it would destroy it, and two outputs in one file would
 * mix; say so before anything is read. Standard output is "-" whether named or implied.
 */
export function refuseClashingNames(args: Pick<CliArguments, 'output' | 'audit' | 'statsJson'>, inputs: readonly string[]): void {
  const named: [string, string][] = [
    ['--output', args.output ?? '/dev/stdout'],
    ['--audit', args.audit],
    ['--stats-json', args.statsJson],
  ].filter((entry): entry is [string, string] => entry[1] !== undefined).map(([option, name]) => [option, name === '-' ? '/dev/stdout' : name]);
  for (const [option, name] of named) {
    const input = inputs.find((file) => file !== STDIN && isSameFile(file, name));
    if (input !== undefined) throw new BoilerstripError('E_USAGE', `${option} ${name} is also an input file; write to another file and rename it afterwards.`);
  }
  for (const [index, [option, name]] of named.entries()) {
    const other = named.slice(index + 1).find(([, otherName]) => isSameFile(name, otherName));
    if (other !== undefined) throw new BoilerstripError('E_USAGE', `${option} and ${other[0]} both name ${name}; give each its own file.`);
  }
}
