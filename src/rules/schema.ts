import type { z as Zod } from 'zod';
import { loadZod } from './lazy-zod.js';

/**
 * The rule file format, validated on load. Every field but `id` and `match` (or `detect`)
 * has a default, so a minimal rule is two lines of YAML.
 */

const MATCH_KINDS = ['equals', 'prefix', 'suffix', 'contains', 'regex'] as const;

function defineSchemas(z: typeof Zod) {
  const nonEmpty = z.string().min(1, 'must be a non-empty string');
  const oneOrMore = z.union([nonEmpty, z.array(nonEmpty).min(1, 'must list at least one string')], { error: 'must be a string or a list of strings' });
  const positiveInt = z.number().int().positive();

  const matchSchema = z
    .strictObject({
      equals: oneOrMore.optional(),
      prefix: oneOrMore.optional(),
      suffix: oneOrMore.optional(),
      contains: oneOrMore.optional(),
      regex: oneOrMore.optional(),
      ignoreCase: z.boolean().default(false),
    })
    .superRefine((match, ctx) => {
      const given = MATCH_KINDS.filter((kind) => match[kind] !== undefined);
      if (given.length !== 1) {
        ctx.addIssue({
          code: 'custom',
          message: `needs exactly one of ${MATCH_KINDS.join(', ')} (found ${given.length === 0 ? 'none' : given.join(' and ')})`,
        });
      }
    });

  const detectSchema = z.discriminatedUnion('kind', [
    // "Home U.S <headline>" followed by "<headline>": a short trail glued before the next line's text.
    z.strictObject({
      kind: z.literal('breadcrumb'),
      maxTrailWords: positiveInt.default(4),
      minHeadlineWords: positiveInt.default(3),
    }),
    // A caption or pull quote repeating an earlier paragraph of the same document.
    z.strictObject({
      kind: z.literal('repeated-paragraph'),
      minChars: positiveInt.default(80),
      // A run of this many repeats in a row is a second copy of the text (a print version, a
      // page that shows the story twice), not a caption: kept whole when the document is held
      // for the page analysis (every profile but lines).
      keepRunsOf: positiveInt.default(3),
    }),
  ]);

  const blockSchema = z.strictObject({
    maxLines: positiveInt.max(50).default(3),
    maxWords: positiveInt.default(20),
  });

  const examplesSchema = z.strictObject({
    drop: z.array(z.string()).default([]),
    keep: z.array(z.string()).default([]),
  });

  const ruleSchema = z
    .strictObject({
      id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes'),
      description: z.string().optional(),
      match: matchSchema.optional(),
      detect: detectSchema.optional(),
      zone: z.enum(['any', 'head', 'tail']).default('any'),
      action: z.enum(['drop', 'drop-block', 'strip']).default('drop'),
      maxWords: positiveInt.nullable().optional(),
      maxChars: positiveInt.nullable().optional(),
      block: blockSchema.optional(),
      examples: examplesSchema.default({ drop: [], keep: [] }),
    })
    .superRefine((rule, ctx) => {
      if ((rule.match === undefined) === (rule.detect === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'needs exactly one of match or detect' });
      }
      if (rule.detect !== undefined && rule.action !== 'drop') {
        ctx.addIssue({ code: 'custom', path: ['action'], message: 'a detect rule can only drop' });
      }
      if (rule.block !== undefined && rule.action !== 'drop-block') {
        ctx.addIssue({ code: 'custom', path: ['block'], message: 'block settings need action: drop-block' });
      }
    });

  const ruleFileSchema = z.strictObject({
    description: z.string().optional(),
    /** Settings of the page analysis (see page-schema.ts); checked on its own. */
    page: z.record(z.string(), z.unknown()).optional(),
    rules: z.array(z.unknown()).default([]),
  });

  return { ruleSchema, ruleFileSchema };
}

type RuleSchemas = ReturnType<typeof defineSchemas>;
let schemas: RuleSchemas | undefined;

/** The schemas, built on first use (see lazy-zod.ts). */
export function ruleSchemas(): RuleSchemas {
  schemas ??= defineSchemas(loadZod());
  return schemas;
}

/** One rule as a rule file declares it, after validation and with its defaults filled in (the README's "Rule format"). */
export type RuleDefinition = Zod.output<RuleSchemas['ruleSchema']>;
export type MatchDefinition = NonNullable<RuleDefinition['match']>;
export type DetectDefinition = NonNullable<RuleDefinition['detect']>;

/** Guards that apply when a rule does not set its own: a pattern should not fire on a long sentence. */
export const DEFAULT_MAX_WORDS = 30;
export const DEFAULT_BLOCK = { maxLines: 3, maxWords: 20 } as const;
