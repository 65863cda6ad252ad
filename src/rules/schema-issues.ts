import { closest, distance } from 'fastest-levenshtein';
import type { z as Zod } from 'zod';

/** A misspelt key is at most this many edits from the one meant ("maxword" for "maxWords" is two). */
const MAX_EDITS = 2;

/**
 * A schema's issues as one line of a message: `path: what is wrong`, joined by `; `. A key the
 * schema does not know names the key it most likely meant ("maxword" → "maxWords"), or else lists
 * the keys allowed there, so that a rule author need not search the README for a renamed setting.
 */
export function formatSchemaIssues(issues: readonly Zod.core.$ZodIssue[], schema: Zod.ZodType): string {
  return issues
    .map((issue) => {
      const path = issue.path.join('.');
      const message = issue.code === 'unrecognized_keys' ? unknownKeysMessage(issue.keys, keysAt(schema, issue.path)) : issue.code === 'invalid_key' ? invalidKeyMessage(issue) : issue.message;
      return path ? `${path}: ${message}` : message;
    })
    .join('; ');
}

/** What is wrong with a record's key ("must be a language code such as en"), which zod keeps under its own "Invalid key in record". */
function invalidKeyMessage(issue: Zod.core.$ZodIssueInvalidKey): string {
  return issue.issues.map((keyIssue) => keyIssue.message).join('; ') || issue.message;
}

function unknownKeysMessage(keys: readonly string[], known: readonly string[] | undefined): string {
  const meant = keys.map((key) => likelyKey(key, known));
  const named = keys.map((key, index) => (meant[index] === undefined ? `"${key}"` : `"${key}" (did you mean "${meant[index]}"?)`));
  // Where no key is near, the keys allowed say what is there instead (a setting renamed).
  const allowed = meant.every((key) => key === undefined) && known !== undefined && known.length > 0 ? ` (allowed here: ${known.join(', ')})` : '';
  return `Unrecognized key${keys.length > 1 ? 's' : ''}: ${named.join(', ')}${allowed}`;
}

/** The known key nearest to `key`, when it differs only in case or by at most MAX_EDITS edits. */
function likelyKey(key: string, known: readonly string[] | undefined): string | undefined {
  if (known === undefined || known.length === 0) return undefined;
  const nearest = closest(key, [...known]);
  return nearest.toLowerCase() === key.toLowerCase() || distance(key, nearest) <= MAX_EDITS ? nearest : undefined;
}

/** The keys an object schema allows at `path` in the data it validates, or undefined where it holds no object. */
export function keysAt(schema: Zod.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  const found = objectAt(schema, path);
  return found === undefined ? undefined : Object.keys(found);
}

/**
 * The shape of the object schema reached by `path`, through the wrappers a field is declared with
 * (optional, default, nullable). The rule schemas hold no object inside a list or a union.
 */
function objectAt(schema: Zod.ZodType, path: readonly PropertyKey[]): Record<string, Zod.ZodType> | undefined {
  const def = schema._zod.def as unknown as SchemaDefinition;
  if (def.type !== 'object') return def.innerType ? objectAt(def.innerType, path) : undefined;
  if (path.length === 0) return def.shape;
  const field = def.shape?.[String(path[0])];
  return field === undefined ? undefined : objectAt(field, path.slice(1));
}

/** The parts of zod's schema definitions that lead to an object's shape. */
interface SchemaDefinition {
  type: string;
  shape?: Record<string, Zod.ZodType>;
  innerType?: Zod.ZodType;
}
