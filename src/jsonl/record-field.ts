import { BoilerstripError, quoted, settingNames } from '../errors.js';

/** A dotted path to a field ("text", "page.body", "items.0.text"); numeric segments index arrays. */
export type FieldPath = readonly (string | number)[];

/** How messages name the two settings that take a path. */
export const FIELD_SETTING = `the field to clean ${settingNames('--field', 'field')}`;
export const ID_FIELD_SETTING = `the field that names a record ${settingNames('--id-field', 'idField')}`;

/** The path's segments; `setting` (FIELD_SETTING, ID_FIELD_SETTING) names it in the message when a segment is empty. */
export function parseFieldPath(path: string, setting: string): FieldPath {
  const segments = path.split('.');
  if (segments.includes('')) {
    throw new BoilerstripError('E_USAGE', `${setting} has an empty segment: ${quoted(path)}; a dotted path names a key or an array index between each two dots, e.g. page.body or items.0.text.`);
  }
  return segments.map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
}

export type FieldLookup = { kind: 'string'; value: string } | { kind: 'missing' | 'null' | 'not-string' };

/** Follows the path through a parsed record; a numeric segment also names an object key ("0"). */
export function lookupValue(record: unknown, path: FieldPath): unknown {
  let value: unknown = record;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

export function lookupField(record: unknown, path: FieldPath): FieldLookup {
  const value = lookupValue(record, path);
  if (value === undefined) return { kind: 'missing' };
  if (value === null) return { kind: 'null' };
  return typeof value === 'string' ? { kind: 'string', value } : { kind: 'not-string' };
}

/**
 * Replaces one string field in a record's JSON text and leaves every other byte as it was
 * (key order, number formatting, escapes elsewhere), which JSON.stringify could not promise.
 * `json` must be valid JSON (a leading BOM aside); the field must hold a string.
 */
export function replaceField(json: string, path: FieldPath, value: string): string {
  const range = locateStringField(json, path);
  if (range === undefined) throw new Error(`field ${path.join('.')} not found while replacing it`);
  return json.slice(0, range.start) + JSON.stringify(value) + json.slice(range.end);
}

/** A container being scanned, and whether it is the value at the first `depth` segments of the path. */
interface Frame {
  kind: 'object' | 'array';
  onPath: boolean;
  /** How many path segments lead to this container; its members are matched against path[depth]. */
  depth: number;
  /** Array: index of the current element. */
  index: number;
  /** Object: the key of the current member, and whether a key comes next. */
  key: string | undefined;
  expectKey: boolean;
}

/**
 * Where the string at `path` is in a valid JSON text, quotes included; when a key repeats, the last
 * one, as JSON.parse takes it. One pass with an explicit stack, so nesting depth costs no call stack.
 */
function locateStringField(json: string, path: FieldPath): { start: number; end: number } | undefined {
  const stack: Frame[] = [];
  let found: { start: number; end: number } | undefined;
  /** What the value starting here is: the field, a container on the way to it, or neither. */
  const roleOfNextValue = (): 'field' | 'on-path' | 'off-path' => {
    const frame = stack[stack.length - 1];
    if (frame === undefined) return 'on-path';
    if (!frame.onPath) return 'off-path';
    const segment = path[frame.depth]!;
    // As in lookupValue, a segment names a key or an index by its text: 0 and "0" are the same.
    if ((frame.kind === 'object' ? frame.key : String(frame.index)) !== String(segment)) return 'off-path';
    return frame.depth + 1 === path.length ? 'field' : 'on-path';
  };
  let i = 0;
  while (i < json.length) {
    const char = json[i]!;
    const frame = stack[stack.length - 1];
    if (char === '{' || char === '[') {
      const role = roleOfNextValue();
      if (role === 'field') found = undefined;
      stack.push({ kind: char === '{' ? 'object' : 'array', onPath: role === 'on-path', depth: frame === undefined ? 0 : frame.depth + 1, index: 0, key: undefined, expectKey: char === '{' });
      i++;
    } else if (char === '}' || char === ']') {
      stack.pop();
      i++;
    } else if (char === ',') {
      if (frame?.kind === 'array') frame.index++;
      else if (frame !== undefined) frame.expectKey = true;
      i++;
    } else if (char === '"') {
      const end = stringEnd(json, i);
      if (frame?.kind === 'object' && frame.expectKey) {
        const literal = json.slice(i, end);
        frame.key = literal.includes('\\') ? (JSON.parse(literal) as string) : literal.slice(1, -1);
        frame.expectKey = false;
      } else if (roleOfNextValue() === 'field') {
        found = { start: i, end };
      }
      i = end;
    } else if (char === ':' || char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\ufeff') {
      i++;
    } else {
      // A number, true, false or null: not a string, so a later key may still name the field.
      if (roleOfNextValue() === 'field') found = undefined;
      while (i < json.length && !',}] \t\n\r'.includes(json[i]!)) i++;
    }
  }
  return found;
}

/** The index after the closing quote of the string that opens at `start`. */
function stringEnd(json: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const quote = json.indexOf('"', from);
    if (quote === -1) return json.length;
    let backslashes = 0;
    while (json.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}
