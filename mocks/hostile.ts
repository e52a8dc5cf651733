import { monthYear, type MonthKey, type MonthlyRecord, type Office, type QualityReason } from '../src/domain';
import { DEFAULT_SEED, generateDataset, type Dataset, type GenerateOptions } from './generator';
import { ruleBreakers } from './hostileRules';
import { rngFor } from './random';

/** One bad row the hostile scenario mixes in, and what a validator should call it. */
export interface InjectedBadRow {
  table: 'offices' | 'records';
  reason: QualityReason;
  /** The field at fault, when there is one. */
  field?: string;
  /** For a broken consistency rule: the rule's id, as the validator names it (params.rule). */
  rule?: string;
  /** 'note': the row is used, with a note in the quality report. Otherwise it is left out. */
  severity?: 'note';
  /** The clean row this one is served in place of (not served itself); absent for a row added. */
  replaces?: MonthlyRecord;
  /** The row exactly as served (compare with deep equality). */
  row: unknown;
  /** For people reading a failing test. */
  note: string;
}

/** A valid office whose name is an attack on whoever draws or exports it; it must show as text. */
export interface HostileName {
  officeId: string;
  name: string;
  attack: 'html' | 'formula';
}

export interface HostileDataset {
  offices: unknown[];
  records: unknown[];
  injected: InjectedBadRow[];
  hostileNames: HostileName[];
  /** The clean data underneath (names before the renaming). */
  base: Dataset;
}

/** Fixed targets in the demo county: small offices, none of them a laggard's only role. */
const RENAMES: readonly { officeId: string; name: string; attack: HostileName['attack'] }[] = [
  { officeId: 't12', name: '<img src=x onerror=alert(1)>镇', attack: 'html' },
  { officeId: 't01-v01', name: '<script>alert("村")</script>村便民服务室', attack: 'html' },
  { officeId: 'd-forestry', name: '=HYPERLINK("http://example.com/x","县林业局")', attack: 'formula' },
  { officeId: 'd-waterres', name: '+县水利局', attack: 'formula' },
  { officeId: 'd-culture', name: '-县文化广电旅游局', attack: 'formula' },
  { officeId: 'd-emergency', name: '@县应急管理局', attack: 'formula' },
];

/** Spreads `extra` through `rows` at seeded positions, keeping both orders. */
function mixIn(rows: readonly unknown[], extra: readonly unknown[], seed: number, salt: string): unknown[] {
  const rng = rngFor(seed, 'hostile', salt);
  const positions = extra.map(() => rng.int(0, rows.length)).sort((a, b) => a - b);
  const out: unknown[] = [];
  let next = 0;
  for (let i = 0; i <= rows.length; i++) {
    while (next < extra.length && positions[next] === i) out.push(extra[next++]);
    if (i < rows.length) out.push(rows[i]);
  }
  return out;
}

function badOffices(root: Office): InjectedBadRow[] {
  return [
    {
      table: 'offices',
      reason: 'bad-kind',
      field: 'kind',
      row: { id: 'd-bigdata', name: '县大数据中心', kind: 'bureau', parentId: root.id },
      note: "kind 'bureau' is not one of region/department/township/village",
    },
    {
      table: 'offices',
      reason: 'unknown-parent',
      field: 'parentId',
      row: { id: 't99', name: '幽灵镇', kind: 'township', parentId: 'nowhere' },
      note: 'parentId points to no office',
    },
    { table: 'offices', reason: 'not-an-object', row: 42, note: 'a number where an office object belongs' },
  ];
}

/**
 * Bad record rows. Those with a valid office and month use months before the late-start
 * department began, where it has no good row, so each bad row has exactly one thing wrong
 * and is never also a duplicate.
 */
function badRecords(base: Dataset): InjectedBadRow[] {
  const lateStart = base.laggards.lateStart[0];
  const start = lateStart?.months[0];
  if (!lateStart || !start) throw new Error('hostile data needs the late-start department');
  const template = base.records.find((r) => r.officeId === lateStart.officeId && r.month === start);
  if (!template) throw new Error('the late-start department has no first record');
  const free: MonthKey[] = base.months.filter((m) => m < start);
  const needed = 5;
  if (free.length < needed) throw new RangeError(`hostile data needs at least ${needed} months before ${start}; use a longer period`);
  let used = 0;
  const freeRow = (patch: Record<string, unknown>): Record<string, unknown> => ({ ...template, month: free[used++], ...patch });

  const end = base.months[base.months.length - 1] as MonthKey;
  const original = base.records.find((r) => r.month === end && r.officeId === 'd-police');
  if (!original) throw new Error('the demo county has no police record in the last month');

  return [
    { table: 'records', reason: 'wrong-type', field: 'accepted', row: freeRow({ accepted: String(template.accepted) }), note: 'a count sent as a string' },
    { table: 'records', reason: 'wrong-type', field: 'hotlineTickets', row: freeRow({ hotlineTickets: '五十' }), note: 'a count in words' },
    { table: 'records', reason: 'negative', field: 'nearDeadline', row: freeRow({ nearDeadline: -1 }), note: 'a negative count' },
    { table: 'records', reason: 'not-integer', field: 'overdue', row: freeRow({ overdue: 0.5 }), note: 'a fractional count' },
    {
      table: 'records',
      reason: 'unsafe-integer',
      field: 'disclosures',
      row: freeRow({ disclosures: 2 ** 53 + 2 }),
      note: 'beyond 2^53: not exact as a JSON number',
    },
    { table: 'records', reason: 'unknown-office', field: 'officeId', row: { ...template, officeId: 'd-ghost', month: end }, note: 'no such office' },
    {
      table: 'records',
      reason: 'duplicate',
      row: {
        ...original,
        accepted: (original.accepted ?? 0) + 7,
        completed: (original.completed ?? 0) + 7,
        completedOnTime: (original.completedOnTime ?? 0) + 7,
      },
      note: `a second row for ${original.officeId} ${end} with other numbers`,
    },
    { table: 'records', reason: 'bad-month', field: 'month', row: { ...template, month: `${monthYear(end)}-13` }, note: 'month 13' },
    {
      table: 'records',
      reason: 'bad-month',
      field: 'month',
      row: { ...template, month: `${String(monthYear(end)).slice(2)}-3` },
      note: 'two-digit year, one-digit month',
    },
    { table: 'records', reason: 'bad-month', field: 'month', row: { ...template, month: Number(end.replace('-', '')) }, note: 'month as a number' },
    { table: 'records', reason: 'missing-field', field: 'officeId', row: { month: end, accepted: 3 }, note: 'no officeId' },
    { table: 'records', reason: 'not-an-object', row: null, note: 'null where a record belongs' },
    { table: 'records', reason: 'not-an-object', row: 'oops', note: 'a string where a record belongs' },
  ];
}

/** Clean rows served changed in their place, one per consistency rule (hostileRules.ts). */
function brokenRules(base: Dataset): InjectedBadRow[] {
  return ruleBreakers(base).map(({ reason, field, rule, severity, clean, row, note }) => ({
    table: 'records',
    reason,
    field,
    ...(rule === undefined ? {} : { rule }),
    ...(severity === 'note' ? { severity } : {}),
    replaces: clean,
    row,
    note,
  }));
}

/**
 * The demo county with bad rows mixed in and offices whose names are attacks. Every injected
 * row is listed, so tests can check that each is reported and every good row still shows.
 */
export function generateHostileDataset(options: Omit<GenerateOptions, 'scenario'>): HostileDataset {
  const base = generateDataset({ ...options, scenario: 'normal' });
  const seed = (options.seed ?? DEFAULT_SEED) >>> 0;
  const renames = new Map(RENAMES.map((r) => [r.officeId, r]));
  const hostileNames: HostileName[] = [];
  const offices = base.offices.map((office) => {
    const rename = renames.get(office.id);
    if (!rename) return office;
    hostileNames.push({ officeId: office.id, name: rename.name, attack: rename.attack });
    return { ...office, name: rename.name };
  });
  const root = base.offices[0] as Office;
  const officeRows = badOffices(root);
  const recordRows = badRecords(base);
  const ruleRows = brokenRules(base);
  const replaced = new Map<unknown, unknown>(ruleRows.map((r) => [r.replaces, r.row]));
  const records = base.records.map((record) => replaced.get(record) ?? record);
  return {
    offices: mixIn(
      offices,
      officeRows.map((r) => r.row),
      seed,
      'offices',
    ),
    records: mixIn(
      records,
      recordRows.map((r) => r.row),
      seed,
      'records',
    ),
    injected: [...officeRows, ...recordRows, ...ruleRows],
    hostileNames,
    base,
  };
}
