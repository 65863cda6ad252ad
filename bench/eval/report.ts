/** Renders the evaluation as compact text for the terminal. */
import type { ConverterLayout } from './converter-layout.js';
import type { SettingReport, WorstDocument } from './evaluate.js';
import type { AggregateScore, DocumentScore } from './metric.js';

export interface EvalReport {
  dataset: string;
  documents: number;
  seconds: number;
  /** How every input was laid out before cleaning (`--wrap`, `--links`). */
  layout: ConverterLayout;
  settings: SettingReport[];
}

const QUOTE_WIDTH = 50;

export function formatReport(report: EvalReport): string {
  const { wrap, links, split } = report.layout;
  const layout = [
    split === true ? ', link-like names in the content on lines of their own' : '',
    links === undefined ? '' : `, short lines outside the gold as ${links} links`,
    wrap === undefined ? '' : `, every input hard-wrapped at ${wrap} columns`,
  ].join('');
  const header = `boilerstrip eval: ${report.documents} documents of ${report.dataset}${layout}, ${report.seconds.toFixed(1)} s`;
  return [header, ...report.settings.map(formatSetting)].join('\n\n');
}

function formatSetting(setting: SettingReport): string {
  const share = setting.lines === 0 ? 0 : setting.linesRemoved / setting.lines;
  const packs = Object.entries(setting.removedByPack)
    .map(([pack, lines]) => `${pack} ${count(lines)}`)
    .join(' · ');
  const deltaF1 = setting.cleaned.F1 - setting.input.F1;
  return [
    `${setting.setting}: ${setting.description} (strip ${setting.cleanerSeconds.toFixed(2)} s)`,
    '            P      R      F1',
    `  input    ${scores(setting.input)}`,
    `  cleaned  ${scores(setting.cleaned)}   ΔF1 ${signed(deltaF1)}`,
    `  removed  ${count(setting.linesRemoved)} of ${count(setting.lines)} non-blank lines (${percent(share)})` +
      (setting.linesChanged > 0 ? `, ${count(setting.linesChanged)} of them in part` : '') +
      (packs ? `: ${packs}` : ''),
    setting.worst.length === 0 ? '  worst: none, every document scores F1 1' : `  worst by cleaned F1:`,
    ...setting.worst.flatMap(formatWorst),
  ].join('\n');
}

function formatWorst(document: WorstDocument, index: number): string[] {
  const rules = document.topRules.map(({ ruleId, lines }) => `${ruleId} ×${lines}`).join(', ');
  return [
    `  ${String(index + 1).padStart(2)}. ${document.id}  ${documentScores(document.cleaned)}` +
      `  (input F1 ${fixed(document.input.f1)}, ${lineCount(document.linesRemoved)} removed)`,
    ...(rules ? [`      rules: ${rules}`] : []),
    ...quotes('left in', document.boilerplateLeft),
    ...quotes('cut', document.contentRemoved),
  ];
}

function quotes(label: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : [`      ${label}: ${lines.map(quote).join(' | ')}`];
}

function quote(line: string): string {
  return JSON.stringify(line.length > QUOTE_WIDTH ? `${line.slice(0, QUOTE_WIDTH - 1)}…` : line);
}

function scores({ P, R, F1 }: AggregateScore): string {
  return [P, R, F1].map(fixed).join('  ');
}

function documentScores({ f1, precision, recall }: DocumentScore): string {
  return `F1 ${fixed(f1)} P ${fixed(precision)} R ${fixed(recall)}`;
}

const fixed = (value: number): string => value.toFixed(3);
const signed = (value: number): string => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(3)}`;
const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;
const count = (value: number): string => value.toLocaleString('en-US');
const lineCount = (value: number): string => `${count(value)} line${value === 1 ? '' : 's'}`;
