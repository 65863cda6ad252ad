import { compileRules, strip } from '../../src/index.js';
import { readRecords } from './dataset.js';
import { aggregate, scoreDocument, type DocumentScore } from './metric.js';
const wrap = (width: number) => (text: string) => text.split('\n').map((line) => {
  const out: string[] = []; let cur = '';
  for (const word of line.split(' ')) {
    if (cur && cur.length + 1 + word.length > width) { out.push(cur); cur = word; } else cur = cur ? cur + ' ' + word : word;
  }
  out.push(cur); return out.join('\n');
}).join('\n');
let GOLD = '';
const variants: Record<string, (t: string) => string> = {
  asis: (t) => t,
  mdlinks: (t) => t.split('\n').map((l) => (l.trim() && l.split(' ').length <= 8 && !GOLD.includes(l.trim()) ? `* [${l.trim()}](https://example.com/${l.length})` : l)).join('\n'),
  lynxrefs: (t) => t.split('\n').map((l, i) => (l.trim() && l.split(' ').length <= 8 && !GOLD.includes(l.trim()) ? `   * [${i}]${l.trim()}` : l)).join('\n'),
  mdvisible: (t) => t.split('\n').map((l) => (l.trim() && l.split(' ').length <= 8 && !GOLD.includes(l.trim()) ? `* ${l.trim()}` : l)).join('\n'),
  //sentences: (t) => t.replace(/([.!?]) (?=[A-Z])/g, '$1\n'),
  //wrap72: wrap(72),
  //wrap80: wrap(80),
  //wrap100: wrap(100),
  //wrap120: wrap(120),
  //wrap72blank: (t) => wrap(72)(t.split('\n').join('\n\n')),
  //wrap79indent: (t) => wrap(76)(t).split('\n').map((l) => (l ? '   ' + l : l)).join('\n'),
  //blank: (t) => t.split('\n').join('\n\n'),
  //crlf: (t) => t.split('\n').join('\r\n'),
  //bullets: (t) => t.split('\n').map((l) => (l && l.split(' ').length <= 6 ? '* ' + l : l)).join('\n'),
  //indent: (t) => t.split('\n').map((l) => (l ? '   ' + l : l)).join('\n'),
};
const rules = compileRules();
const field = (process.argv[2] ?? 'text') as 'text' | 'readability';
const scores: Record<string, { in: DocumentScore[]; out: DocumentScore[] }> = {};
for await (const r of readRecords()) {
  GOLD = r.gold;
  for (const [name, f] of Object.entries(variants)) {
    const input = f(r[field]);
    const s = (scores[name] ??= { in: [], out: [] });
    s.in.push(scoreDocument(input, r.gold));
    s.out.push(scoreDocument(strip(input, { rules, profile: (process.env.PROFILE as any) }).text, r.gold));
  }
}
for (const [name, s] of Object.entries(scores)) {
  const a = aggregate(s.in), b = aggregate(s.out);
  console.log(field, name.padEnd(8), 'input', a.P.toFixed(3), a.R.toFixed(3), a.F1.toFixed(3), 'cleaned', b.P.toFixed(3), b.R.toFixed(3), b.F1.toFixed(3));
}
