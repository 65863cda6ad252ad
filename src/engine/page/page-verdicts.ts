import type { LineFeatures } from './line-features.js';
import type { PageView } from './page-view.js';

/**
 * Why the analysis kept or dropped a line:
 * - `main-text` / `main-short`: running text, or another line, inside the main-content region;
 * - `head`: a short line just before the region (headline, byline, date);
 * - `headline`: the headline, standfirst or dateline above the head, past a share bar or a
 *   picture (see headlineAbove);
 * - `closing`: one of the story's short closing lines right after the region ("The hearing goes
 *   on.", a credit line), see closingEnd;
 * - `menu-run`: one of a run of short lines (a menu, a list of links) inside the region;
 * - `lone-text`: a short stretch of running text standing alone between two menu runs (a teaser);
 * - `outside-main`: before or after the main-content region;
 * - `rule`: already removed by a rule;
 * - `unread-language`: kept as the rules left it, in a document whose language the function-word
 *   lists do not cover (see readsLanguage).
 */
export type PageReason = 'main-text' | 'main-short' | 'head' | 'headline' | 'closing' | 'menu-run' | 'lone-text' | 'outside-main' | 'rule' | 'unread-language';

export interface PageVerdict {
  keep: boolean;
  reason: PageReason;
  features: LineFeatures;
}

/** Every line as the rules left it; those they kept, for `reason`. */
export function rulesVerdicts({ lines, features }: PageView, reason: PageReason): PageVerdict[] {
  return lines.map((line, index) => ({ keep: line.removedBy === undefined, reason: line.removedBy === undefined ? reason : 'rule', features: features[index]! }));
}
