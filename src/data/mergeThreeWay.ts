/**
 * A three-way merge of JSON values, field by field: what one side changed from the common base
 * is kept unless the other side changed the same field differently, which is a conflict (the
 * caller asks the user). Arrays whose items all carry a unique `id` (or `indicatorId`) are merged
 * item by item, so two tabs that each edit, add or remove a different indicator both keep theirs;
 * any other array is one value.
 *
 * Used when a scheme is saved in one tab after another tab saved its own: the fields this tab did
 * not touch take the other tab's values, and the same field changed both ways is never settled
 * silently.
 */
export type MergePath = (string | number)[];

export interface MergeResult {
  value: unknown;
  /** Where both sides changed the same field differently; `value` holds "mine" there. */
  conflicts: MergePath[];
}

export function mergeThreeWay(base: unknown, mine: unknown, theirs: unknown): MergeResult {
  const conflicts: MergePath[] = [];
  const value = merge(base, mine, theirs, [], conflicts);
  return { value, conflicts };
}

function merge(base: unknown, mine: unknown, theirs: unknown, path: MergePath, conflicts: MergePath[]): unknown {
  if (equalJson(mine, theirs)) return mine;
  if (equalJson(base, mine)) return theirs;
  if (equalJson(base, theirs)) return mine;
  if (isRecord(base) && isRecord(mine) && isRecord(theirs)) {
    const out: Record<string, unknown> = {};
    const keys = new Set([...Object.keys(mine), ...Object.keys(theirs), ...Object.keys(base)]);
    for (const key of keys) {
      const merged = merge(base[key], mine[key], theirs[key], [...path, key], conflicts);
      // defineProperty: a key named __proto__ (JSON.parse makes one) stays a plain field.
      if (merged !== undefined) Object.defineProperty(out, key, { value: merged, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  const keyName = arrayKey(base, mine, theirs);
  if (keyName) return mergeKeyed(base as Keyed[], mine as Keyed[], theirs as Keyed[], keyName, path, conflicts);
  conflicts.push(path);
  return mine;
}

type Keyed = Record<string, unknown>;

/** The key that identifies items in all three arrays, when every item has a unique one. */
function arrayKey(...arrays: unknown[]): string | null {
  if (!arrays.every(Array.isArray)) return null;
  for (const name of ['id', 'indicatorId']) {
    const keyed = arrays.every((array) => {
      const seen = new Set<string>();
      for (const item of array as unknown[]) {
        if (!isRecord(item) || typeof item[name] !== 'string' || seen.has(item[name] as string)) return false;
        seen.add(item[name] as string);
      }
      return true;
    });
    if (keyed) return name;
  }
  return null;
}

function mergeKeyed(base: Keyed[], mine: Keyed[], theirs: Keyed[], name: string, path: MergePath, conflicts: MergePath[]): Keyed[] {
  const byKey = (items: Keyed[]) => new Map(items.map((item) => [item[name] as string, item]));
  const [b, m, t] = [byKey(base), byKey(mine), byKey(theirs)];
  // Mine's order, then what only theirs added, in theirs' order.
  const order = [...m.keys(), ...[...t.keys()].filter((key) => !m.has(key) && !b.has(key))];
  for (const key of t.keys()) if (!order.includes(key) && b.has(key) && !m.has(key) && !equalJson(b.get(key), t.get(key))) order.push(key);
  const out: Keyed[] = [];
  for (const key of order) {
    const merged = merge(b.get(key), m.get(key), t.get(key), [...path, key], conflicts);
    if (merged !== undefined) out.push(merged as Keyed);
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function equalJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, index) => equalJson(item, other[index]));
  }
  const keysA = Object.keys(a).filter((key) => (a as Keyed)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Keyed)[key] !== undefined);
  return keysA.length === keysB.length && keysA.every((key) => equalJson((a as Keyed)[key], (b as Keyed)[key]));
}
