import { parseTree, type Node } from 'jsonc-parser';

/** A dotted path to a field ("text", "page.body", "items.0.text"); numeric segments index arrays. */
export type FieldPath = readonly (string | number)[];

export function parseFieldPath(path: string): FieldPath {
  return path.split('.').map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
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
  const node = findField(parseTree(json), path);
  if (node === undefined || node.type !== 'string') throw new Error(`field ${path.join('.')} not found while replacing it`);
  return json.slice(0, node.offset) + JSON.stringify(value) + json.slice(node.offset + node.length);
}

/** The node JSON.parse takes the value from: when a key repeats, the last one wins. */
function findField(root: Node | undefined, path: FieldPath): Node | undefined {
  let node = root;
  for (const segment of path) {
    if (node?.type === 'object') {
      const key = String(segment);
      node = node.children?.findLast((property) => property.children?.[0]?.value === key)?.children?.[1];
    } else if (node?.type === 'array' && typeof segment === 'number') {
      node = node.children?.[segment];
    } else {
      return undefined;
    }
  }
  return node;
}
