import { ADMIN_CODE_PATTERN, isOfficeKind, type Office, type QualityIssue } from '../../domain';
import { AdapterError } from '../errors';
import type { OfficesResult } from '../types';
import { describeValue, isPlainObject, topLevelArray, valueParams } from './describe';
import { REASON_EMPTY, REASON_TRUNCATED } from './reasons';

/** Longer names are cut: no real office name comes near it, and tables must stay readable. */
export const MAX_NAME_LENGTH = 200;

interface Candidate {
  office: Office;
  row: number;
}

type RowProblem = Omit<QualityIssue, 'source' | 'row'>;

/**
 * Checks `{ offices: [...] }` and returns a tree with exactly one root region and no holes.
 *
 * - Not that shape at all → AdapterError('invalid-payload'): nothing can be shown.
 * - A bad row is left out and reported; so is every office below it, since a tree with holes
 *   would roll numbers up to the wrong totals.
 * - Duplicate id: the first row is kept (records refer to the id, and dropping both would drop
 *   that office's numbers too); later rows are reported.
 * - The root is the first region whose parentId is null (an absent parentId counts as null, as
 *   serializers that omit nulls send it). Any other office without a parent is reported.
 */
export function validateOffices(payload: unknown, source: string): OfficesResult {
  const rows = topLevelArray(payload, 'offices');
  if (!Array.isArray(rows)) throw new AdapterError('invalid-payload', source, rows.detail, undefined, rows.why);

  const issues: QualityIssue[] = [];
  const report = (row: number, problem: RowProblem) => issues.push({ source, row, ...problem });

  const candidates: Candidate[] = [];
  const byId = new Map<string, Candidate>();
  /** Ids of rows left out for their own fields, so children can say why their parent is missing. */
  const rejectedRowOf = new Map<string, number>();

  for (let index = 0; index < rows.length; index++) {
    const row = index + 1;
    const read = readOffice(rows[index]);
    if ('problem' in read) {
      report(row, read.problem);
      if (read.id !== undefined && !byId.has(read.id) && !rejectedRowOf.has(read.id)) rejectedRowOf.set(read.id, row);
      continue;
    }
    if (read.adminCodeProblem) report(row, { ...read.adminCodeProblem, officeId: read.office.id });
    if (read.truncated) {
      report(row, {
        severity: 'note',
        field: 'name',
        reason: REASON_TRUNCATED,
        detail: `name longer than ${MAX_NAME_LENGTH} characters: kept, cut to the first ${MAX_NAME_LENGTH}`,
        params: { max: MAX_NAME_LENGTH },
        officeId: read.office.id,
      });
    }
    const first = byId.get(read.office.id);
    if (first) {
      report(row, {
        field: 'id',
        reason: 'duplicate',
        detail: `id ${describeValue(read.office.id)} is already used at row ${first.row}; the first one is kept`,
        params: { variant: 'office', id: read.office.id, firstRow: first.row },
        officeId: read.office.id,
      });
      continue;
    }
    const candidate = { office: read.office, row };
    byId.set(read.office.id, candidate);
    candidates.push(candidate);
  }

  const root = candidates.find((c) => c.office.parentId === null && c.office.kind === 'region');
  const verdict = new Map<string, RowProblem | 'ok'>();
  for (const candidate of candidates) {
    const { office } = candidate;
    if (office.parentId !== null) continue;
    if (candidate === root) {
      verdict.set(office.id, 'ok');
    } else if (root) {
      verdict.set(office.id, {
        field: 'parentId',
        reason: 'unknown-parent',
        detail: `parentId is null, but the tree already has its root ${describeValue(root.office.id)} (row ${root.row})`,
        params: { variant: 'second-root', rootId: root.office.id, rootRow: root.row },
        officeId: office.id,
      });
    } else {
      verdict.set(office.id, {
        field: 'kind',
        reason: 'no-root',
        detail: `parentId is null but kind is '${office.kind}': the root of the tree must be a region`,
        params: { kind: office.kind },
        officeId: office.id,
      });
    }
  }

  for (const candidate of candidates) resolve(candidate, byId, rejectedRowOf, verdict);

  const offices: Office[] = [];
  for (const candidate of candidates) {
    const outcome = verdict.get(candidate.office.id);
    if (outcome === 'ok') offices.push(candidate.office);
    else if (outcome) report(candidate.row, outcome);
  }

  issues.sort((a, b) => a.row - b.row);
  return { offices, quality: { accepted: offices.length, rejected: rows.length - offices.length, issues } };
}

/**
 * Walks up from `start` until an office whose verdict is known, then hands the verdict back down:
 * a cycle rejects its members, a missing or rejected parent rejects everything below it.
 * Iterative, so a hostile chain of 100k offices cannot overflow the stack.
 */
function resolve(
  start: Candidate,
  byId: ReadonlyMap<string, Candidate>,
  rejectedRowOf: ReadonlyMap<string, number>,
  verdict: Map<string, RowProblem | 'ok'>,
): void {
  const path: Candidate[] = [];
  const onPath = new Set<string>();
  let current: Candidate = start;
  while (!verdict.has(current.office.id)) {
    const { office } = current;
    if (onPath.has(office.id)) {
      const members = path.slice(path.findIndex((c) => c.office.id === office.id));
      const cycle = [...members.map((c) => c.office.id), office.id].join(' → ');
      for (const member of members) {
        verdict.set(member.office.id, {
          field: 'parentId',
          reason: 'parent-cycle',
          detail: `the chain of parents loops: ${cycle}`,
          params: { cycle },
          officeId: member.office.id,
        });
      }
      break;
    }
    path.push(current);
    onPath.add(office.id);
    // parentId is never null here: every office without a parent got its verdict up front.
    const parentId = office.parentId as string;
    const parent = byId.get(parentId);
    if (!parent) {
      const rejectedRow = rejectedRowOf.get(parentId);
      verdict.set(office.id, {
        field: 'parentId',
        reason: 'unknown-parent',
        detail:
          rejectedRow === undefined
            ? `no office has the id ${describeValue(parentId)}`
            : `its parent ${describeValue(parentId)} was left out (row ${rejectedRow})`,
        params: rejectedRow === undefined ? { variant: 'missing', parentId } : { variant: 'left-out', parentId, parentRow: rejectedRow },
        officeId: office.id,
      });
      break;
    }
    current = parent;
  }

  for (let i = path.length - 1; i >= 0; i--) {
    const child = path[i]!.office;
    if (verdict.has(child.id)) continue;
    const parentId = child.parentId as string;
    const parentVerdict = verdict.get(parentId);
    verdict.set(
      child.id,
      parentVerdict === 'ok'
        ? 'ok'
        : {
            field: 'parentId',
            reason: 'unknown-parent',
            detail: `its parent ${describeValue(parentId)} was left out (row ${byId.get(parentId)?.row ?? '?'})`,
            params: { variant: 'left-out', parentId, parentRow: byId.get(parentId)?.row ?? '?' },
            officeId: child.id,
          },
    );
  }
}

type ReadResult = { office: Office; truncated: boolean; adminCodeProblem?: RowProblem } | { problem: RowProblem; id?: string };

/**
 * The optional 行政区划代码 (added to the contract with the map page): kept when it is 6, 9 or 12 digits (a whole number is
 * read as its digits); anything else is noted and dropped. The office itself is always kept: the
 * code only places it on the map, where it is then matched by name.
 */
function readAdminCode(raw: unknown): { code?: string; problem?: RowProblem } {
  if (raw === undefined || raw === null) return {};
  const text = typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0 ? String(raw) : typeof raw === 'string' ? raw.trim() : null;
  if (text !== null && ADMIN_CODE_PATTERN.test(text)) return { code: text };
  return {
    problem: {
      severity: 'note',
      field: 'adminCode',
      reason: 'wrong-type',
      detail: `adminCode must be 6, 9 or 12 digits, got ${describeValue(raw)}; ignored (the office is matched to the map by name)`,
      params: { expected: 'admin-code', ...valueParams(raw) },
    },
  };
}

function readOffice(raw: unknown): ReadResult {
  if (!isPlainObject(raw)) {
    return { problem: { reason: 'not-an-object', detail: `expected an object, got ${describeValue(raw)}`, params: valueParams(raw) } };
  }
  const { id, name, kind } = raw;
  if (id === undefined || id === null) return { problem: { field: 'id', reason: 'missing-field', detail: 'no id' } };
  if (typeof id !== 'string') {
    return {
      problem: {
        field: 'id',
        reason: 'wrong-type',
        detail: `id must be a string, got ${describeValue(id)}`,
        params: { expected: 'string', ...valueParams(id) },
      },
    };
  }
  if (id.trim() === '') return { problem: { field: 'id', reason: REASON_EMPTY, detail: 'id is empty' } };

  const problem = (p: Omit<RowProblem, 'officeId'>): ReadResult => ({ problem: { ...p, officeId: id }, id });
  if (name === undefined || name === null) return problem({ field: 'name', reason: 'missing-field', detail: 'no name' });
  if (typeof name !== 'string') {
    return problem({
      field: 'name',
      reason: 'wrong-type',
      detail: `name must be a string, got ${describeValue(name)}`,
      params: { expected: 'string', ...valueParams(name) },
    });
  }
  const trimmed = name.trim();
  if (trimmed === '') return problem({ field: 'name', reason: REASON_EMPTY, detail: 'name is empty' });

  if (kind === undefined || kind === null) return problem({ field: 'kind', reason: 'missing-field', detail: 'no kind' });
  if (!isOfficeKind(kind)) {
    return problem({
      field: 'kind',
      reason: 'bad-kind',
      detail: `kind must be region, department, township or village, got ${describeValue(kind)}`,
      params: valueParams(kind),
    });
  }

  const rawParent = raw.parentId;
  let parentId: string | null;
  if (rawParent === undefined || rawParent === null) parentId = null;
  else if (typeof rawParent !== 'string') {
    return problem({
      field: 'parentId',
      reason: 'wrong-type',
      detail: `parentId must be a string or null, got ${describeValue(rawParent)}`,
      params: { expected: 'string-or-null', ...valueParams(rawParent) },
    });
  } else if (rawParent.trim() === '') {
    return problem({
      field: 'parentId',
      reason: 'unknown-parent',
      detail: 'parentId is an empty string (the root has null)',
      params: { variant: 'empty' },
    });
  } else parentId = rawParent;

  const truncated = trimmed.length > MAX_NAME_LENGTH;
  const adminCode = readAdminCode(raw.adminCode);
  const office: Office = { id, name: truncated ? cut(trimmed, MAX_NAME_LENGTH) : trimmed, kind, parentId };
  if (adminCode.code !== undefined) office.adminCode = adminCode.code;
  return { office, truncated, ...(adminCode.problem ? { adminCodeProblem: adminCode.problem } : {}) };
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}
