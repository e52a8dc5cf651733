import { describe, expect, test } from 'vitest';
import {
  brokenConsistencyRule,
  brokenConsistencyRules,
  CONSISTENCY_RULES,
  isMonthKey,
  isOfficeKind,
  REVIEW_LEVEL_RULES,
  reviewLevelDisagreements,
  type Counts,
} from '../../src/domain';
import { generateHostileDataset, type InjectedBadRow } from '../../mocks/hostile';

const hostile = generateHostileDataset({ endMonth: '2025-10' });
const { base } = hostile;
const officeIds = new Set(hostile.offices.filter((o): o is { id: string } => typeof o === 'object' && o !== null && 'id' in o).map((o) => String(o.id)));

type Row = Record<string, unknown>;
const asRow = (value: unknown) => value as Row;

/** An independent check that the injected row really is bad in the way it claims. */
function isBadAsClaimed(bad: InjectedBadRow, served: readonly unknown[]): boolean {
  const row = bad.row;
  const value = bad.field !== undefined && typeof row === 'object' && row !== null ? asRow(row)[bad.field] : undefined;
  switch (bad.reason) {
    case 'not-an-object':
      return typeof row !== 'object' || row === null || Array.isArray(row);
    case 'wrong-type':
      return value !== undefined && typeof value !== 'number';
    case 'negative':
      return typeof value === 'number' && value < 0;
    case 'not-integer':
      return typeof value === 'number' && !Number.isInteger(value);
    case 'unsafe-integer':
      return typeof value === 'number' && value > Number.MAX_SAFE_INTEGER;
    case 'inconsistent': {
      // The rule named is the one a validator names: the first reject rule, or the only note.
      const counts = row as Counts;
      if (bad.severity !== 'note') return brokenConsistencyRule(counts)?.rule.id === bad.rule;
      const notes = [...brokenConsistencyRules(counts, 'note').map((broken) => broken.rule.id), ...reviewLevelDisagreements(counts).map((d) => d.id)];
      return brokenConsistencyRule(counts) === null && notes.length === 1 && notes[0] === bad.rule;
    }
    case 'unknown-office':
      return !officeIds.has(String(asRow(row).officeId));
    case 'bad-month':
      return !isMonthKey(asRow(row).month);
    case 'missing-field':
      return bad.field !== undefined && !(bad.field in asRow(row));
    case 'bad-kind':
      return !isOfficeKind(asRow(row).kind);
    case 'unknown-parent':
      return !officeIds.has(String(asRow(row).parentId));
    case 'duplicate': {
      const { officeId, month } = asRow(row);
      return served.filter((r) => typeof r === 'object' && r !== null && asRow(r).officeId === officeId && asRow(r).month === month).length === 2;
    }
    default:
      return false;
  }
}

/** Multiset difference by JSON text: what `served` has beyond `clean`. */
function extras(served: readonly unknown[], clean: readonly unknown[]): string[] {
  const counts = new Map<string, number>();
  for (const row of clean) counts.set(JSON.stringify(row), (counts.get(JSON.stringify(row)) ?? 0) + 1);
  const out: string[] = [];
  for (const row of served) {
    const key = JSON.stringify(row);
    const left = counts.get(key) ?? 0;
    if (left > 0) counts.set(key, left - 1);
    else out.push(key);
  }
  return out.sort();
}

describe('the hostile scenario', () => {
  test('injects every kind of bad row the brief names', () => {
    const reasons = new Set(hostile.injected.map((b) => `${b.table}:${b.reason}`));
    for (const expected of [
      'records:wrong-type',
      'records:negative',
      'records:not-integer',
      'records:unsafe-integer',
      'records:inconsistent',
      'records:unknown-office',
      'records:duplicate',
      'records:bad-month',
      'records:not-an-object',
      'offices:bad-kind',
    ]) {
      expect(reasons.has(expected), expected).toBe(true);
    }
    const months = hostile.injected.filter((b) => b.reason === 'bad-month').map((b) => asRow(b.row).month);
    expect(months).toContain('2025-13');
    expect(months).toContain('25-3');
    expect(hostile.injected.some((b) => b.reason === 'unsafe-integer' && (asRow(b.row).disclosures as number) > 2 ** 53)).toBe(true);
  });

  test('each injected row is bad in exactly the way it is listed', () => {
    for (const bad of hostile.injected) {
      const served = bad.table === 'records' ? hostile.records : hostile.offices;
      expect(isBadAsClaimed(bad, served), `${bad.reason}: ${bad.note}`).toBe(true);
    }
  });

  test('every consistency rule, reject and note, is broken by exactly one row, and the five levels are once sent partly', () => {
    const broken = hostile.injected.filter((b) => b.reason === 'inconsistent').map((b) => b.rule);
    expect([...broken].sort()).toEqual([...CONSISTENCY_RULES.map((rule) => rule.id), ...REVIEW_LEVEL_RULES].sort());
    const notes = hostile.injected.filter((b) => b.severity === 'note').map((b) => b.rule);
    expect(notes.sort()).toEqual([...CONSISTENCY_RULES.filter((rule) => rule.severity === 'note').map((rule) => rule.id), ...REVIEW_LEVEL_RULES].sort());
    const partial = hostile.injected.filter((b) => b.reason === 'missing-field' && b.table === 'records' && b.field?.startsWith('reviews'));
    expect(partial).toHaveLength(1);
  });

  test('rows breaking a rule are served in place of a clean row: early months, no office or month losing more than two', () => {
    const replacing = hostile.injected.filter((b) => b.replaces);
    expect(replacing.length).toBeGreaterThanOrEqual(CONSISTENCY_RULES.length + REVIEW_LEVEL_RULES.length);
    const firstYear = new Set(base.months.slice(0, 12));
    const perOffice = new Map<string, number>();
    const perMonth = new Map<string, number>();
    for (const bad of replacing) {
      const { officeId, month } = bad.replaces!;
      expect(asRow(bad.row)).toMatchObject({ officeId, month });
      expect(firstYear.has(month)).toBe(true);
      perOffice.set(officeId, (perOffice.get(officeId) ?? 0) + 1);
      perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
      expect(hostile.records).not.toContain(bad.replaces);
      expect(hostile.records).toContain(bad.row);
    }
    expect(Math.max(...perOffice.values())).toBeLessThanOrEqual(2);
    expect(Math.max(...perMonth.values())).toBeLessThanOrEqual(2);
  });

  test('a bad row with a valid office and month breaks one thing only: it never also duplicates a good row', () => {
    const replaced = new Set(hostile.injected.flatMap((b) => (b.replaces ? [b.replaces] : [])));
    const good = new Set(base.records.filter((r) => !replaced.has(r)).map((r) => `${r.officeId}|${r.month}`));
    for (const bad of hostile.injected) {
      if (bad.table !== 'records' || bad.reason === 'duplicate' || typeof bad.row !== 'object' || bad.row === null) continue;
      const { officeId, month } = asRow(bad.row);
      expect(good.has(`${String(officeId)}|${String(month)}`), bad.note).toBe(false);
    }
  });

  test('serves exactly the clean rows (those replaced aside) plus the injected ones, mixed in rather than appended', () => {
    const replaced = new Set(hostile.injected.flatMap((b) => (b.replaces ? [b.replaces] : [])));
    const clean = base.records.filter((r) => !replaced.has(r));
    const injectedRecords = hostile.injected.filter((b) => b.table === 'records').map((b) => JSON.stringify(b.row));
    expect(extras(hostile.records, clean)).toEqual([...injectedRecords].sort());
    expect(hostile.records).toHaveLength(clean.length + injectedRecords.length);
    const positions = hostile.injected
      .filter((b) => b.table === 'records' && !b.replaces)
      .map((b) => hostile.records.findIndex((r) => JSON.stringify(r) === JSON.stringify(b.row)));
    expect(Math.min(...positions)).toBeLessThan(hostile.records.length / 2);

    const renamed = new Map(hostile.hostileNames.map((h) => [h.officeId, h.name]));
    const cleanOffices = base.offices.map((o) => (renamed.has(o.id) ? { ...o, name: renamed.get(o.id) } : o));
    const injectedOffices = hostile.injected.filter((b) => b.table === 'offices').map((b) => JSON.stringify(b.row));
    expect(extras(hostile.offices, cleanOffices)).toEqual([...injectedOffices].sort());
  });

  test('offices named like attacks are valid offices that keep their records', () => {
    const names = hostile.hostileNames.map((h) => h.name);
    expect(names).toContain('<img src=x onerror=alert(1)>镇');
    for (const lead of ['=', '+', '-', '@'])
      expect(
        names.some((n) => n.startsWith(lead)),
        lead,
      ).toBe(true);
    for (const attack of hostile.hostileNames) {
      const office = hostile.offices.find((o) => typeof o === 'object' && o !== null && asRow(o).id === attack.officeId);
      expect(asRow(office).name).toBe(attack.name);
      expect(isOfficeKind(asRow(office).kind)).toBe(true);
      expect(base.records.some((r) => r.officeId === attack.officeId)).toBe(true);
    }
  });

  test('is deterministic', () => {
    expect(JSON.stringify(generateHostileDataset({ endMonth: '2025-10' }))).toBe(JSON.stringify(hostile));
  });

  test('refuses a period too short to hold its bad rows', () => {
    expect(() => generateHostileDataset({ endMonth: '2025-10', months: 6 })).toThrow(RangeError);
  });
});
