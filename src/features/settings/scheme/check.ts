import { COUNT_FIELDS, NATIONAL_REVIEW_LEVELS, OFFICE_KINDS, type Scheme } from '../../../domain';
import type { FormulaTextErrorCode } from '../../../domain/formulaTextErrors';
import type { EngineData, SchemeProblem, SchemeProblemCode, SchemeProblemSeverity } from '../../../engine';
import { ratiosAlwaysZero } from '../../../engine/denominatorCheck';
import { validateScheme } from '../../../engine/validateScheme';
import type { SchemeDraft } from './draft';
import { draftCatalogue } from './draftCatalogue';
import { definitionsInOrder, draftToInput, parseDraftFormulas, type ParsedFormulas } from './draftToInput';
import { idOfName, similarNames, type FormulaNames } from './formulaNames';

/** What the editor says on top of validateScheme: a formula's text that does not read, a name already taken. */
export type EditorProblemCode = SchemeProblemCode | `formula-${FormulaTextErrorCode}` | 'name-taken';

export interface EditorProblem {
  path: string;
  code: EditorProblemCode;
  severity: SchemeProblemSeverity;
  params: SchemeProblem['params'];
}

export interface DraftCheck {
  /** The object validateScheme read (the JSON file's shape); problem paths point into it. */
  input: Record<string, unknown>;
  /** The scheme to save and export: null while any problem is an error. */
  scheme: Scheme | null;
  problems: EditorProblem[];
  /** Each definition row's formula as read from its text, by row key. */
  parsed: ParsedFormulas;
  /** The definitions that read, as a scheme the engine can lay over data (see alwaysZeroIds); null when none can. */
  definitions: () => Scheme | null;
  /** Ids of the draft's definitions that do not read (their data check waits until they do). */
  unread: ReadonlySet<string>;
}

/** Problems validateScheme finds across definitions (it names the indicator; the path is its place among all definitions). */
const REFERENCE_CODES: ReadonlySet<string> = new Set<SchemeProblemCode>(['unknown-term', 'first-of-fields-only', 'not-a-sum', 'formula-cycle']);

const ROW = /^definitions\[(\d+)\]/;

function rowOf(path: string): number | null {
  const match = ROW.exec(path);
  return match ? Number(match[1]) : null;
}

/** The n-th character (1-based, as a reader counts: a rare character is one) where an error starts. */
function position(text: string, start: number): number {
  return [...text.slice(0, start)].length + 1;
}

/** A definition that reads, standing in for one that does not, so the rest of the scheme can still be checked. */
function stub(item: unknown): Record<string, unknown> {
  const row = (item ?? {}) as Record<string, unknown>;
  const label = (row.label ?? {}) as Record<string, unknown>;
  const zh = typeof label.zh === 'string' && label.zh.trim() !== '' ? label.zh : String(row.id);
  const rate = row.unit === 'rate';
  return {
    id: row.id,
    label: { zh, en: zh },
    formula: rate ? { type: 'ratio', numerator: ['accepted'], denominator: ['accepted'] } : { type: 'count', terms: ['accepted'] },
    unit: rate ? 'rate' : 'items',
    direction: row.direction === 'lower' ? 'lower' : 'higher',
    category: 'handling',
    appliesTo: Array.isArray(row.appliesTo) && row.appliesTo.length > 0 ? row.appliesTo : [...OFFICE_KINDS],
    minDenominator: 0,
  };
}

const key = (problem: EditorProblem) => JSON.stringify([problem.path, problem.code, problem.params]);

/** The definitions of a scheme that is wrong elsewhere (weights, rules), read on their own for the data check. */
function definitionsScheme(input: Record<string, unknown>, definitions: unknown[]): Scheme | null {
  const read = (reviewLevels: unknown) =>
    validateScheme({
      version: 2,
      id: 'check',
      name: 'check',
      definitions,
      reviewLevels,
      indicators: [{ indicatorId: 'accepted', weight: 100, floor: 0, target: 1, appliesTo: ['department', 'township'] }],
      cardRules: [],
    }).scheme;
  return read(input.reviewLevels) ?? read(NATIONAL_REVIEW_LEVELS);
}

let lastDenominators: { data: EngineData; key: string; ids: string[] } | null = null;

/** ratiosAlwaysZero, once per data and definitions (typing in a weight does not run it again). */
function denominatorsAlwaysZero(data: EngineData, scheme: Scheme): string[] {
  const k = JSON.stringify([scheme.definitions, scheme.reviewLevels]);
  if (lastDenominators && lastDenominators.data === data && lastDenominators.key === k) return lastDenominators.ids;
  let ids: string[] = [];
  try {
    ids = ratiosAlwaysZero(data, scheme);
  } catch {
    // A layout the data cannot hold is validateScheme's to report (too-many-combinations).
    ids = [];
  }
  lastDenominators = { data, key: k, ids };
  return ids;
}

/**
 * Everything wrong with a draft, as it is typed:
 * - each formula's text as staff wrote it (an unknown name, a bracket not closed …), with its place;
 * - validateScheme's problems. A definition that does not read makes validateScheme drop all
 *   definitions, and so name every scored indicator unknown; the editor instead checks the rest of
 *   the scheme with a stand-in for that definition, so only what is wrong is said;
 * - with data loaded, ratios whose denominator is 0 in all of it (a warning: 'denominator-always-zero').
 */
export function checkDraft(draft: SchemeDraft, names: FormulaNames, data?: EngineData | null): DraftCheck {
  const parsed = parseDraftFormulas(draft, names);
  const input = draftToInput(draft, names, parsed);
  const order = definitionsInOrder(draft);
  const catalogue = draftCatalogue(draft);
  const full = validateScheme(input);
  const inputDefinitions = input.definitions as unknown[];

  const problems: EditorProblem[] = [];
  const textErrorRows = new Set<number>();
  // "Did you mean": among the names a formula may add (fields, and indicators that are not rates).
  const candidates = () => [
    ...COUNT_FIELDS.map(names.nameOf),
    ...catalogue.entries.filter((entry) => entry.unit !== 'rate').map((entry) => names.nameOf(entry.id)),
  ];
  order.forEach(({ row }, i) => {
    if (!row) return;
    const result = parsed.get(row.key);
    if (result && !result.ok) {
      textErrorRows.add(i);
      for (const error of result.errors) {
        const params: EditorProblem['params'] = {
          start: error.start,
          end: error.end,
          position: position(row.formula, error.start),
          text: error.text ?? '',
          formula: row.formula,
        };
        if (error.code === 'unknown-name' && error.text) {
          const [suggest] = similarNames(names, error.text, candidates());
          if (suggest !== undefined) params.suggest = suggest;
        }
        problems.push({ path: `definitions[${i}].formula`, code: `formula-${error.code}`, severity: 'error', params });
      }
    }
    const zh = row.zh.trim();
    const other = zh === '' ? undefined : idOfName(names, zh);
    if (other !== undefined && other !== row.id) {
      problems.push({ path: `definitions[${i}].label.zh`, code: 'name-taken', severity: 'error', params: { name: zh, taken: other } });
    }
  });

  // The definitions that did not read: validateScheme's own problems with them, and a stand-in each.
  const unread = new Set<number>(textErrorRows);
  for (const problem of full.problems) {
    const i = rowOf(problem.path);
    if (i !== null && problem.severity === 'error' && !REFERENCE_CODES.has(problem.code) && problem.code !== 'duplicate-definition') unread.add(i);
  }
  let checked: SchemeProblem[] = full.problems;
  let definitionsRead: unknown[] = inputDefinitions;
  if (unread.size > 0) {
    definitionsRead = inputDefinitions.map((item, i) => (unread.has(i) ? stub(item) : item));
    const rest = validateScheme({ ...input, definitions: definitionsRead });
    const aboutUnread = (problem: SchemeProblem) => {
      const i = rowOf(problem.path);
      return i !== null && unread.has(i);
    };
    checked = [...full.problems.filter(aboutUnread), ...rest.problems.filter((problem) => !aboutUnread(problem))];
  }
  const seen = new Set(problems.map(key));
  for (const problem of checked) {
    const i = rowOf(problem.path);
    // The formula of a row whose text does not read is said by its text's errors.
    if (i !== null && textErrorRows.has(i) && problem.path.startsWith(`definitions[${i}].formula`)) continue;
    // Knock-on: an indicator the draft defines is not unknown.
    if (problem.code === 'unknown-indicator' && catalogue.byId.has(String(problem.params.indicatorId))) continue;
    const shown: EditorProblem = { ...problem };
    if (!seen.has(key(shown))) {
      seen.add(key(shown));
      problems.push(shown);
    }
  }

  let layable: Scheme | null | undefined;
  const definitions = () => (layable === undefined ? (layable = full.scheme ?? definitionsScheme(input, definitionsRead)) : layable);
  const unreadIds = new Set([...unread].map((i) => order[i]!.id));
  const result: DraftCheck = { input, scheme: null, problems, parsed, definitions, unread: unreadIds };
  if (data) problems.push(...denominatorProblems(draft, result, alwaysZeroIds(result, data)));
  const ok = !problems.some((problem) => problem.severity === 'error');
  return { ...result, scheme: ok ? full.scheme : null };
}

/**
 * The ratios the draft defines itself whose denominator is 0 in all the data loaded. Laying a
 * scheme over a large dataset takes a while (tens of ms for 2,000 offices), so the editor runs this
 * on a deferred check, apart from the checks of every keystroke.
 */
export function alwaysZeroIds(check: DraftCheck, data: EngineData): string[] {
  if (data.recordsUsed === 0) return [];
  const scheme = check.definitions();
  return scheme ? denominatorsAlwaysZero(data, scheme) : [];
}

/**
 * 'denominator-always-zero' warnings at the definitions of the draft with these ids (placed in the
 * draft as it is now, so a warning found on a slightly older draft still lands on its row). Only
 * what the scheme defines itself: the built-in definitions are as the data contract meant them.
 */
export function denominatorProblems(draft: SchemeDraft, check: Pick<DraftCheck, 'unread'>, ids: readonly string[]): EditorProblem[] {
  const at = new Map(definitionsInOrder(draft).map(({ id, row }, i) => [id, row ? i : null]));
  const problems: EditorProblem[] = [];
  for (const id of ids) {
    const i = at.get(id);
    if (i === undefined || i === null || check.unread.has(id)) continue;
    problems.push({ path: `definitions[${i}].formula`, code: 'denominator-always-zero', severity: 'warning', params: { indicatorId: id } });
  }
  return problems;
}
