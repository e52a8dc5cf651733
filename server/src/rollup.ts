import { COUNT_FIELDS, monthFromIndex, PART_ID_PREFIX, type MonthlyRecord, type Office, type OfficeKind } from '../../src/domain';
import type { RollupGroup } from './storage/types';

/**
 * Contract v2: a scope's roll-up, in the v1 shapes. `offices` is the chain from the root to the
 * scope, its direct children, and under each child its parts: one leaf per kind and presence mask
 * of the office-months below that child (`part` says what it stands for). `records` are the
 * children's own records and the parts' sums per month, MonthlyRecords keyed by office id, so the
 * SPA's engine reads them like any data and treats each child as a leaf-level total.
 */
export interface RollupResponse {
  contract: '2.0';
  scope: string;
  from: string;
  to: string;
  offices: (Office & { part?: { of: string; kind: OfficeKind; mask: number } })[];
  records: MonthlyRecord[];
}

export function partId(target: string, kind: OfficeKind, mask: number): string {
  return `${PART_ID_PREFIX}${target}/${kind}/${mask.toString(16)}`;
}

const PART_NAMES: Record<OfficeKind, string> = { region: '区域', department: '部门', township: '乡镇(街道)', village: '村(社区)' };

/**
 * Builds the response from the storage's groups. `tree` holds the scope's ancestors, the scope and
 * its direct children (in that order is fine); rows of anyone else are a storage bug.
 */
export function rollupResponse(scope: string, tree: readonly Office[], groups: readonly RollupGroup[], from: number, to: number): RollupResponse {
  const names = new Map(tree.map((office) => [office.id, office.name]));
  const offices: RollupResponse['offices'] = [...tree];
  const parts = new Set<string>();
  const records: MonthlyRecord[] = [];
  // Groups in a fixed order, whatever order the database returned them in: the same data, the same bytes.
  const ordered = [...groups].sort(
    (a, b) =>
      (a.target < b.target ? -1 : a.target > b.target ? 1 : 0) ||
      Number(b.own) - Number(a.own) ||
      (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) ||
      a.mask - b.mask ||
      a.month - b.month,
  );
  for (const group of ordered) {
    if (!names.has(group.target)) throw new Error(`roll-up row for an office outside the scope: ${group.target}`);
    let officeId = group.target;
    if (!group.own) {
      officeId = partId(group.target, group.kind, group.mask);
      if (!parts.has(officeId)) {
        parts.add(officeId);
        offices.push({
          id: officeId,
          name: `${names.get(group.target)}·${PART_NAMES[group.kind]}合计`,
          kind: group.kind,
          parentId: group.target,
          part: { of: group.target, kind: group.kind, mask: group.mask },
        });
      }
    }
    const record: MonthlyRecord = { officeId, month: monthFromIndex(group.month) };
    group.values.forEach((value, f) => {
      if (value !== null) record[COUNT_FIELDS[f]!] = value;
    });
    records.push(record);
  }
  records.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : a.officeId < b.officeId ? -1 : a.officeId > b.officeId ? 1 : 0));
  return { contract: '2.0', scope, from: monthFromIndex(from), to: monthFromIndex(to), offices, records };
}
