import { OFFICE_KINDS, type Office, type OfficeKind } from '../domain';

/** Kinds as small integers, so per-office kind tests in hot loops are array reads. */
export const KIND_CODE: Readonly<Record<OfficeKind, number>> = { region: 0, department: 1, township: 2, village: 3 };

/** The offices or records broke the contract the adapters promise (unique ids, one root, no cycles). */
export class EngineInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineInputError';
  }
}

/**
 * The office tree in depth-first pre-order with siblings sorted by id, so every subtree is the
 * contiguous range [i, subtreeEnd[i]) and a child always sits after its parent. Sorting the
 * siblings makes the order (and so every tie-break) independent of the order the data came in.
 */
export interface OfficeTree {
  readonly offices: readonly Office[];
  readonly officeIndex: ReadonlyMap<string, number>;
  readonly kindCodes: Uint8Array;
  /** -1 for a root. */
  readonly parentIndex: Int32Array;
  readonly subtreeEnd: Int32Array;
  readonly depth: Uint16Array;
  /** Each office's position among all offices sorted by id: the tie-break, as an integer compare. */
  readonly idOrder: Int32Array;
  /** Per KIND_CODE: the offices of that kind in tree order, so kind-only work skips the villages. */
  readonly byKind: readonly Int32Array[];
  /** Roots sorted by id; the first is the default scope. */
  readonly rootIds: readonly string[];
}

function byId(a: Office, b: Office): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function buildTree(input: readonly Office[]): OfficeTree {
  const byKey = new Map<string, Office>();
  const children = new Map<string, Office[]>();
  const roots: Office[] = [];
  for (const office of input) {
    if (byKey.has(office.id)) throw new EngineInputError(`duplicate office id: ${office.id}`);
    if (!(OFFICE_KINDS as readonly string[]).includes(office.kind)) {
      throw new EngineInputError(`office ${office.id} has an unknown kind: ${String(office.kind)}`);
    }
    byKey.set(office.id, office);
  }
  for (const office of input) {
    if (office.parentId === null) {
      roots.push(office);
      continue;
    }
    if (!byKey.has(office.parentId)) {
      throw new EngineInputError(`office ${office.id} has an unknown parent: ${office.parentId}`);
    }
    const siblings = children.get(office.parentId);
    if (siblings) siblings.push(office);
    else children.set(office.parentId, [office]);
  }
  if (input.length > 0 && roots.length === 0) throw new EngineInputError('no root office (parentId null)');
  roots.sort(byId);
  for (const list of children.values()) list.sort(byId);

  const n = input.length;
  const offices: Office[] = [];
  const officeIndex = new Map<string, number>();
  const kindCodes = new Uint8Array(n);
  const parentIndex = new Int32Array(n);
  const subtreeEnd = new Int32Array(n);
  const depth = new Uint16Array(n);

  // Iterative depth-first walk: deep prefectures must not blow the call stack.
  const stack: { office: Office; parent: number; level: number }[] = [];
  for (let r = roots.length - 1; r >= 0; r--) stack.push({ office: roots[r]!, parent: -1, level: 0 });
  const open: number[] = [];
  while (stack.length > 0) {
    const { office, parent, level } = stack.pop()!;
    // Close every open subtree that this office is not inside.
    while (open.length > 0 && open[open.length - 1] !== parent) subtreeEnd[open.pop()!] = offices.length;
    const index = offices.length;
    offices.push(office);
    officeIndex.set(office.id, index);
    kindCodes[index] = KIND_CODE[office.kind];
    parentIndex[index] = parent;
    depth[index] = level;
    open.push(index);
    const kids = children.get(office.id);
    if (kids) for (let c = kids.length - 1; c >= 0; c--) stack.push({ office: kids[c]!, parent: index, level: level + 1 });
  }
  while (open.length > 0) subtreeEnd[open.pop()!] = offices.length;

  if (offices.length !== n) {
    const stranded = input.find((office) => !officeIndex.has(office.id));
    throw new EngineInputError(`offices in a parent cycle, unreachable from any root: ${stranded?.id ?? '?'}`);
  }
  const byKind = OFFICE_KINDS.map((kind) => {
    const code = KIND_CODE[kind];
    const list: number[] = [];
    for (let o = 0; o < n; o++) if (kindCodes[o] === code) list.push(o);
    return Int32Array.from(list);
  });
  const byIdOrder = Array.from(offices.keys()).sort((a, b) => byId(offices[a]!, offices[b]!));
  const idOrder = new Int32Array(n);
  byIdOrder.forEach((office, position) => (idOrder[office] = position));
  return { offices, officeIndex, kindCodes, parentIndex, subtreeEnd, depth, byKind, idOrder, rootIds: roots.map((root) => root.id) };
}

/** The offices of a kind inside the range [start, end), as a view on data.byKind (tree order). */
export function officesOfKindIn(data: OfficeTree, kindCode: number, start: number, end: number): Int32Array {
  const list = data.byKind[kindCode]!;
  return list.subarray(lowerBound(list, start), lowerBound(list, end));
}

function lowerBound(list: Int32Array, value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
