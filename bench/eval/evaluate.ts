/** Scores a cleaner over the dataset in each input setting, in one pass. */
import type { Removal, StripResult } from '../../src/index.js';
import type { EvalRecord } from './dataset.js';
import { diagnose, type Diagnosis } from './diagnose.js';
import {
  aggregate,
  scoreShingles,
  shingles,
  type AggregateScore,
  type DocumentScore,
} from './metric.js';

/** Which record field is fed to the cleaner. */
export const SETTINGS = {
  text: 'full page',
  readability: 'extractor output',
  gold: 'gold as input (one line a document): cleaned R is content preservation',
} as const;

export type SettingName = keyof typeof SETTINGS;
export const SETTING_NAMES = Object.keys(SETTINGS) as SettingName[];

export type Cleaner = (text: string) => StripResult<string>;

export interface DocumentResult {
  id: string;
  input: DocumentScore;
  cleaned: DocumentScore;
  /** Non-blank lines removed or changed. */
  linesRemoved: number;
}

export interface WorstDocument extends DocumentResult, Diagnosis {}

/**
 * Line counts leave blank lines out: they carry no tokens, so dropping them
 * (the blank-line policy does it a lot) cannot change a score.
 */
export interface SettingReport {
  setting: SettingName;
  description: string;
  input: AggregateScore;
  cleaned: AggregateScore;
  lines: number;
  /** Lines dropped or changed ('strip' rules cut part of a line). */
  linesRemoved: number;
  linesChanged: number;
  /** Lines removed or changed per rule pack, most first. */
  removedByPack: Record<string, number>;
  /** Time spent in the cleaner alone. */
  cleanerSeconds: number;
  worst: WorstDocument[];
  documents: DocumentResult[];
}

const WORST_COUNT = 10;

export async function evaluate(
  records: AsyncIterable<EvalRecord>,
  settings: readonly SettingName[],
  clean: Cleaner,
): Promise<SettingReport[]> {
  const tallies = settings.map((setting) => new SettingTally(setting));
  for await (const record of records) {
    const goldShingles = shingles(record.gold);
    for (const tally of tallies) tally.add(record, goldShingles, clean);
  }
  return tallies.map((tally) => tally.report());
}

class SettingTally {
  private readonly documents: DocumentResult[] = [];
  private readonly removedByPack = new Map<string, number>();
  private readonly worst: WorstDocument[] = [];
  private lines = 0;
  private linesChanged = 0;
  private cleanerMs = 0;

  constructor(private readonly setting: SettingName) {}

  add(record: EvalRecord, goldShingles: ReadonlyMap<string, number>, clean: Cleaner): void {
    const input = record[this.setting];
    if (input === undefined) throw new Error(`record ${record.id} has no ${this.setting} field: leave that setting out (--setting text --setting gold)`);
    const started = performance.now();
    const cleaned = clean(input);
    this.cleanerMs += performance.now() - started;
    const removals = cleaned.removals.filter((removal) => !isBlank(removal.text));

    const result: DocumentResult = {
      id: record.id,
      input: scoreShingles(shingles(input), goldShingles),
      cleaned: scoreShingles(shingles(cleaned.text), goldShingles),
      linesRemoved: removals.length,
    };
    this.documents.push(result);
    this.lines += input.split('\n').filter((line) => !isBlank(line)).length;
    this.countRemovals(removals);
    if (this.isAmongWorst(result.cleaned.f1)) {
      // Diagnosed here, while the cleaned text is at hand, and only for these few documents.
      this.worst.push({ ...result, ...diagnose(cleaned.text, removals, record.gold) });
      this.worst.sort((a, b) => a.cleaned.f1 - b.cleaned.f1);
      this.worst.splice(WORST_COUNT);
    }
  }

  report(): SettingReport {
    const byPack = [...this.removedByPack].sort((a, b) => b[1] - a[1]);
    return {
      setting: this.setting,
      description: SETTINGS[this.setting],
      input: aggregate(this.documents.map((document) => document.input)),
      cleaned: aggregate(this.documents.map((document) => document.cleaned)),
      lines: this.lines,
      linesRemoved: byPack.reduce((sum, [, count]) => sum + count, 0),
      linesChanged: this.linesChanged,
      removedByPack: Object.fromEntries(byPack),
      cleanerSeconds: this.cleanerMs / 1000,
      worst: this.worst,
      documents: this.documents,
    };
  }

  private countRemovals(removals: readonly Removal[]): void {
    for (const { pack, verdict } of removals) {
      this.removedByPack.set(pack, (this.removedByPack.get(pack) ?? 0) + 1);
      if (verdict === 'strip') this.linesChanged++;
    }
  }

  /** Perfect documents never count as worst: there is nothing to explain. */
  private isAmongWorst(f1: number): boolean {
    if (f1 >= 1) return false;
    return this.worst.length < WORST_COUNT || f1 < this.worst.at(-1)!.cleaned.f1;
  }
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}
