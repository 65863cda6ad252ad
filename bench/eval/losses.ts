/**
 * npm run eval:losses -- [text|readability] [--documents]: where cleaning wins and loses on one
 * setting of the dev set. For each rule (or analysis feature) the lines it removed are put back and
 * each document is rescored: the change in average P, R and F1 is what that rule earns (negative
 * ΔF1: putting its lines back hurts) or costs (positive ΔF1). --documents lists the documents where
 * putting one rule's lines back gains more than 0.02 F1. Then the other side: the shingles of kept
 * lines that share none with the gold (what precision loses), by the analysis feature that kept the
 * line (`page-main-text`, `article-head`, …; `-` when no analysis ran).
 */
import { cleanBytes } from '../../src/api/strip.js';
import { compileRules, strip, type Removal } from '../../src/index.js';
import { normalizeOptions } from '../../src/options.js';
import { DATASET_PATH, readRecords, type EvalRecord } from './dataset.js';
import { aggregate, scoreDocument, shingles, type DocumentScore } from './metric.js';

const setting = process.argv[2] === 'text' ? 'text' : 'readability';
const rules = compileRules();
const records: EvalRecord[] = [];
for await (const record of readRecords(DATASET_PATH)) records.push(record);

/** The input without the lines removed by any rule but `restored`. */
function withRestored(input: string, removals: readonly Removal[], restored: string): string {
  const removed = new Set(removals.filter((removal) => removal.ruleId !== restored).map((removal) => removal.line));
  return input.split('\n').filter((_, index) => !removed.has(index + 1)).join('\n');
}

const cleaned: DocumentScore[] = [];
/** Per rule, each document's score with that rule's lines put back (its cleaned score where it removed none). */
const restoredScores = new Map<string, Map<number, DocumentScore>>();
const linesPerRule = new Map<string, number>();
const gains: { id: string; rule: string; before: number; after: number }[] = [];
/** Shingles of kept lines that share none with the gold, by the feature that kept the line. */
const nonGoldKept = new Map<string, { lines: number; shingles: number }>();
const options = normalizeOptions({ rules });
records.forEach((record, index) => {
  const input = record[setting] ?? '';
  const result = strip(input, { rules });
  const score = scoreDocument(result.text, record.gold);
  cleaned.push(score);
  for (const rule of new Set(result.removals.map((removal) => removal.ruleId))) {
    linesPerRule.set(rule, (linesPerRule.get(rule) ?? 0) + result.removals.filter((removal) => removal.ruleId === rule).length);
    const restored = scoreDocument(withRestored(input, result.removals, rule), record.gold);
    restoredScores.set(rule, (restoredScores.get(rule) ?? new Map()).set(index, restored));
    gains.push({ id: record.id, rule, before: score.f1, after: restored.f1 });
  }
  const gold = shingles(record.gold);
  cleanBytes(Buffer.from(input), options, {
    observer({ verdict, detail, content }) {
      if (verdict !== 'keep') return;
      const lineShingles = [...shingles(content.toString('utf8'))];
      if (lineShingles.length === 0 || lineShingles.some(([shingle]) => gold.has(shingle))) return;
      const feature = detail?.split(' ')[0] ?? '-';
      const tally = nonGoldKept.get(feature) ?? { lines: 0, shingles: 0 };
      tally.lines++;
      tally.shingles += lineShingles.reduce((sum, [, count]) => sum + count, 0);
      nonGoldKept.set(feature, tally);
    },
  });
});

const overall = aggregate(cleaned);
const signed = (value: number): string => `${value >= 0 ? '+' : ''}${value.toFixed(4)}`;
console.log(`${setting}: cleaned P ${overall.P.toFixed(4)} R ${overall.R.toFixed(4)} F1 ${overall.F1.toFixed(4)} over ${records.length} documents`);
console.log(`${'lines put back'.padEnd(28)} ${'lines'.padStart(6)}  ${'ΔP'.padStart(7)}  ${'ΔR'.padStart(7)}  ${'ΔF1'.padStart(7)}`);
const rows = [...restoredScores].map(([rule, byDocument]) => ({ rule, score: aggregate(cleaned.map((score, index) => byDocument.get(index) ?? score)) }));
for (const { rule, score } of rows.sort((a, b) => b.score.F1 - a.score.F1)) {
  console.log(`${rule.padEnd(28)} ${String(linesPerRule.get(rule)).padStart(6)}  ${signed(score.P - overall.P)}  ${signed(score.R - overall.R)}  ${signed(score.F1 - overall.F1)}`);
}
console.log(`\nkept lines sharing no shingle with the gold, by what kept them`);
for (const [feature, { lines, shingles: count }] of [...nonGoldKept].sort((a, b) => b[1].shingles - a[1].shingles)) {
  console.log(`${feature.padEnd(28)} ${String(lines).padStart(6)} lines ${String(count).padStart(8)} shingles`);
}
if (process.argv.includes('--documents')) {
  for (const gain of gains.filter(({ before, after }) => after - before > 0.02).sort((a, b) => b.after - b.before - (a.after - a.before))) {
    console.log(`${gain.id}  ${gain.rule}  F1 ${gain.before.toFixed(3)} -> ${gain.after.toFixed(3)}`);
  }
}
