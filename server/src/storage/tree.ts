import type { Office } from '../../../src/domain';
import type { ImportPlan } from './types';

/** The admin code only when there is one (a stored NULL is no code), so an office reads back as it was given. */
export function withAdminCode<T extends object>(office: T, code: unknown): T & { adminCode?: string } {
  return typeof code === 'string' ? { ...office, adminCode: code } : office;
}

export interface IndexedOffice extends Office {
  idx: number;
  ord: number;
}

/**
 * Every (office, ancestor) pair, the office itself included, from a list whose tree has been
 * validated. Iterative, with a memo of each office's chain, so a deep tree costs its size.
 */
export function pathsOf(offices: readonly IndexedOffice[]): { office: Int32Array; ancestor: Int32Array } {
  const byId = new Map(offices.map((office) => [office.id, office]));
  const chains = new Map<string, number[]>();
  const chainOf = (start: IndexedOffice): number[] => {
    const pending: IndexedOffice[] = [];
    let current: IndexedOffice | undefined = start;
    let known: number[] | undefined;
    while (current && !(known = chains.get(current.id))) {
      pending.push(current);
      current = current.parentId === null ? undefined : byId.get(current.parentId);
      if (pending.length > offices.length) throw new Error('the office tree has a cycle');
    }
    let chain = known ?? [];
    for (let i = pending.length - 1; i >= 0; i--) {
      chain = [pending[i]!.idx, ...chain];
      chains.set(pending[i]!.id, chain);
    }
    return chain;
  };
  const office: number[] = [];
  const ancestor: number[] = [];
  for (const item of offices) {
    for (const above of chainOf(item)) {
      office.push(item.idx);
      ancestor.push(above);
    }
  }
  return { office: Int32Array.from(office), ancestor: Int32Array.from(ancestor) };
}

/**
 * The offices after an import, for every store: ids kept keep their idx, so their records stay
 * theirs; 'replace' lists the idx of the offices dropped (their records go with them), 'merge' adds
 * new offices after the others and updates known ones in place.
 */
export function mergeOffices(stored: readonly IndexedOffice[], change: NonNullable<ImportPlan['offices']>): { list: IndexedOffice[]; removed: number[] } {
  const byId = new Map(stored.map((office) => [office.id, office]));
  let nextIdx = stored.reduce((max, office) => Math.max(max, office.idx), -1) + 1;
  if (change.mode === 'replace') {
    const kept = new Set(change.list.map((office) => office.id));
    const list = change.list.map((office, ord) => ({ ...office, idx: byId.get(office.id)?.idx ?? nextIdx++, ord }));
    return { list, removed: stored.filter((office) => !kept.has(office.id)).map((office) => office.idx) };
  }
  const list = stored.map((office) => ({ ...office }));
  const position = new Map(list.map((office, i) => [office.id, i]));
  let ord = list.reduce((max, office) => Math.max(max, office.ord), -1) + 1;
  for (const office of change.list) {
    const at = position.get(office.id);
    if (at === undefined) {
      position.set(office.id, list.length);
      list.push({ ...office, idx: nextIdx++, ord: ord++ });
    } else list[at] = { ...office, idx: list[at]!.idx, ord: list[at]!.ord };
  }
  return { list, removed: [] };
}
