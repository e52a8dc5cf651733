import { useDeferredValue, useMemo, useState, type ChangeEvent } from 'react';
import { clearStoredScheme, useDataset, useStoredScheme } from '../../../data';
import { BUILT_IN_INDICATORS, COUNT_FIELDS, type Scheme } from '../../../domain';
import { parseFormulaText } from '../../../domain/formula-text';
import { DEFAULT_SCHEME, type EngineData } from '../../../engine';
import { createTranslate, isMessageKey, LoadingState, useI18n, type MessageKey, type Translate } from '../../../ui';
import { alwaysZeroIds, checkDraft, denominatorProblems } from './check';
import { DefinitionsSection, withFormula } from './DefinitionsSection';
import {
  builtInDefinitionDraft,
  definitionsInOrder,
  draftCatalogue,
  draftFromScheme,
  draftMatches,
  draftNames,
  newDefinitionDraft,
  newIndicatorDraft,
  newRuleDraft,
  renameInFormulas,
  type DefinitionDraft,
  type IndicatorDraft,
  type RuleDraft,
  type SchemeDraft,
} from './draft';
import { FairnessSection } from './FairnessSection';
import { FieldInput } from './fields';
import { IndicatorTable } from './IndicatorTable';
import { RuleTable } from './RuleTable';
import { ProblemList } from './ProblemList';
import type { ShownProblem } from './problemIndex';
import { schemeProblemSentence } from './problemText';
import { downloadScheme, readSchemeFile, type SchemeFileResult } from './schemeFile';
import { SchemeSaveNotices } from './SchemeSaveNotices';
import { useSchemeSave } from './useSchemeSave';
import './scheme.css';

type Origin = 'browser' | 'source' | 'default';

type Notice =
  | { kind: 'saved'; name: string; merged: boolean }
  | { kind: 'reset' }
  | { kind: 'defaultLoaded' }
  | { kind: 'discarded' }
  | { kind: 'imported'; file: string; name: string };

type ImportFailure = { file: string; result: Exclude<SchemeFileResult, { ok: true }> };

const ORIGIN_KEYS: Record<Origin, MessageKey> = {
  browser: 'settings.scheme.origin.browser',
  source: 'settings.scheme.origin.source',
  default: 'settings.scheme.origin.default',
};

/** Built-in counts and sums: what a formula may add besides the fields. */
const BUILT_IN_COUNTS = new Set(BUILT_IN_INDICATORS.filter((definition) => definition.formula.type === 'count').map((definition) => definition.id));

/** The other names staff know a field by (the dictionary's, e.g. 超期件数), understood in formulas too. */
function fieldAliases(t: Translate): [string, string][] {
  const zh = createTranslate('zh-CN');
  const aliases: [string, string][] = [];
  for (const field of COUNT_FIELDS) {
    const key = `quality.field.${field}`;
    if (!isMessageKey(key)) continue;
    aliases.push([zh(key), field], [t(key), field]);
  }
  return aliases;
}

/**
 * 设置 → 考核方案: the scheme in force, edited as a form and checked as it is typed (the engine's
 * validateScheme, each formula's text, and — with data loaded — ratios whose denominator is always
 * 0). A scheme without errors can be saved in this browser, where it wins over the source's and
 * the built-in one on every screen at once (src/data/schemeStore.ts).
 */
export function SchemeSettings() {
  const { dataset, isLoading, error } = useDataset();
  const stored = useStoredScheme();
  if (dataset) {
    return (
      <SchemeEditor
        inForce={dataset.scheme}
        origin={dataset.schemeOrigin}
        sourceHasScheme={dataset.schemeFromSource}
        sourceDown={false}
        data={dataset.engine}
      />
    );
  }
  if (isLoading && !error) return <LoadingState />;
  // The scheme does not depend on the numbers: it can be edited while the source is down.
  return <SchemeEditor inForce={stored ?? DEFAULT_SCHEME} origin={stored ? 'browser' : 'default'} sourceHasScheme={false} sourceDown data={null} />;
}

function SchemeEditor({
  inForce,
  origin,
  sourceHasScheme,
  sourceDown,
  data,
}: {
  inForce: Scheme;
  origin: Origin;
  sourceHasScheme: boolean;
  sourceDown: boolean;
  /** The data loaded, for the warning on ratios whose denominator is 0 in all of it; null while the source is down. */
  data: EngineData | null;
}) {
  const { t, locale, formatCount } = useI18n();
  const aliases = useMemo(() => fieldAliases(t), [t]);
  const fresh = useMemo(() => draftFromScheme(inForce, { locale, aliases }), [inForce, locale, aliases]);
  const [edit, setEdit] = useState<SchemeDraft | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [importFailure, setImportFailure] = useState<ImportFailure | null>(null);
  const draft = edit ?? fresh;
  const saving = useSchemeSave(inForce, edit !== null);

  const names = useMemo(() => draftNames({ definitions: draft.definitions }, locale, aliases), [draft.definitions, locale, aliases]);
  const catalogue = draftCatalogue(draft);
  const check = useMemo(() => checkDraft(draft, names), [draft, names]);
  // Laid over the data a moment later, so typing never waits for it.
  const settled = useDeferredValue(check);
  const alwaysZero = useMemo(() => (data ? alwaysZeroIds(settled, data) : []), [settled, data]);
  const { input } = check;
  const problems = useMemo<ShownProblem[]>(
    () =>
      [...check.problems, ...denominatorProblems(draft, check, alwaysZero)].map((problem, i) => ({
        problem,
        text: schemeProblemSentence(problem, input, t, locale),
        listId: `scheme-problem-${i}`,
      })),
    [check, draft, alwaysZero, input, t, locale],
  );
  const errorCount = problems.filter(({ problem }) => problem.severity === 'error').length;
  const dirty = edit !== null && !draftMatches(edit, inForce, names);
  const valid = errorCount === 0 && check.scheme !== null;
  const usedBy = useMemo(() => {
    const map = new Map<string, string[]>();
    const use = (id: string, place: string) => map.set(id, [...(map.get(id) ?? []), place]);
    draft.indicators.forEach((item, i) => use(item.indicatorId, t('settings.where.indicatorUnnamed', { n: i + 1 })));
    draft.cardRules.forEach((rule, i) => use(rule.subject, t('settings.where.ruleUnnamed', { n: i + 1 })));
    return map;
  }, [draft.indicators, draft.cardRules, t]);
  const places = useMemo(() => {
    const map = new Map<string, number>();
    definitionsInOrder(draft).forEach(({ row }, i) => row && map.set(row.key, i));
    return map;
  }, [draft]);
  const summable = useMemo(
    () =>
      definitionsInOrder(draft)
        .filter(({ id, row }) => {
          if (!row) return BUILT_IN_COUNTS.has(id);
          const parsed = check.parsed.get(row.key);
          return parsed?.ok === true && parsed.formula.type === 'count';
        })
        .map(({ id }) => id),
    [draft, check],
  );

  const change = (next: SchemeDraft) => {
    setEdit(next);
    setNotice(null);
    setImportFailure(null);
  };
  const updateIndicator = (index: number, row: IndicatorDraft) =>
    change({ ...draft, indicators: draft.indicators.map((item, i) => (i === index ? row : item)) });
  const updateRule = (index: number, row: RuleDraft) => change({ ...draft, cardRules: draft.cardRules.map((item, i) => (i === index ? row : item)) });
  /** A definition edited; a new name is written into the formulas of the others that use it. */
  const updateDefinition = (index: number, row: DefinitionDraft) => {
    const before = draft.definitions[index]!;
    let definitions = draft.definitions.map((item, i) => (i === index ? row : item));
    if (before.zh !== row.zh || before.en !== row.en) definitions = renameInFormulas(definitions, row, names, draftNames({ definitions }, locale, aliases));
    change({ ...draft, definitions });
  };
  const updateFormula = (index: number, formula: string) => {
    const row = draft.definitions[index]!;
    updateDefinition(index, withFormula(row, formula, parseFormulaText(formula, names.toId)));
  };
  const addDefinition = () => change({ ...draft, definitions: [...draft.definitions, newDefinitionDraft(draft)] });
  const modifyBuiltIn = (id: string) => change({ ...draft, definitions: [...draft.definitions, builtInDefinitionDraft(id, names)] });
  const removeDefinition = (index: number) => change({ ...draft, definitions: draft.definitions.filter((_, i) => i !== index) });

  const save = (force = false) => {
    if (!check.scheme || errorCount > 0) return;
    const outcome = saving.save(check.scheme, { force });
    // A conflict keeps the draft (SchemeSaveNotices asks); a refused write is in force here, and says so until stored.
    if (outcome.status === 'conflict') return;
    setEdit(null);
    setImportFailure(null);
    setNotice(outcome.status === 'unsaved' ? null : { kind: 'saved', name: outcome.scheme.name, merged: outcome.status === 'merged' });
  };
  const reset = () => {
    clearStoredScheme();
    setEdit(null);
    setImportFailure(null);
    setNotice({ kind: 'reset' });
  };
  const discard = () => {
    setEdit(null);
    setImportFailure(null);
    setNotice({ kind: 'discarded' });
  };
  const loadDefault = () => {
    setEdit(draftFromScheme(DEFAULT_SCHEME, { locale, aliases }));
    setImportFailure(null);
    setNotice({ kind: 'defaultLoaded' });
  };
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared at once, so picking the same file again (after fixing it) reads it again.
    event.target.value = '';
    if (!file) return;
    const result = await readSchemeFile(file);
    if (result.ok) {
      setEdit(draftFromScheme(result.scheme, { locale, aliases }));
      setImportFailure(null);
      setNotice({ kind: 'imported', file: file.name, name: result.scheme.name });
    } else {
      setImportFailure({ file: file.name, result });
      setNotice(null);
    }
  };

  const originText = t(ORIGIN_KEYS[origin], { name: inForce.name });

  return (
    <div className="scheme-editor">
      <section className="panel" aria-labelledby="scheme-title">
        <h3 id="scheme-title" className="visually-hidden">
          {t('settings.section.scheme')}
        </h3>
        <p className="hint">{t('settings.scheme.intro')}</p>
        <p className="in-force">
          <strong>{t('settings.scheme.inForce')}</strong>
          {originText}
          {dirty && <span className="badge yellow dirty">{t('settings.scheme.dirty')}</span>}
        </p>
        {sourceDown && <p className="notice-stale">{t('settings.scheme.sourceUnavailable')}</p>}
        <div className="scheme-meta">
          <label>
            {t('settings.scheme.name')}
            <FieldInput path="name" problems={problems} value={draft.name} onChange={(name) => change({ ...draft, name })} />
          </label>
          <label>
            {t('settings.scheme.id')}
            <FieldInput path="id" problems={problems} value={draft.id} onChange={(id) => change({ ...draft, id })} />
          </label>
        </div>
        <div className="toolbar scheme-actions" role="group" aria-label={t('settings.scheme.actions')}>
          <button type="button" className="primary" onClick={() => save()} disabled={!valid || !dirty}>
            {t('settings.scheme.save')}
          </button>
          <button type="button" onClick={discard} disabled={!dirty}>
            {t('settings.scheme.discard')}
          </button>
          <span className="file-pick">
            <input
              id="scheme-import"
              type="file"
              accept=".json,application/json"
              className="visually-hidden"
              onChange={(event) => void importFile(event)}
            />
            <label htmlFor="scheme-import" className="button">
              {t('settings.scheme.import')}
            </label>
          </span>
          <button type="button" onClick={() => check.scheme && downloadScheme(check.scheme)} disabled={!valid}>
            {t('settings.scheme.export')}
          </button>
          <button type="button" onClick={reset} disabled={origin !== 'browser' && !dirty}>
            {t(sourceHasScheme ? 'settings.scheme.resetSource' : 'settings.scheme.resetDefault')}
          </button>
          {sourceHasScheme && (
            <button type="button" onClick={loadDefault}>
              {t('settings.scheme.loadDefault')}
            </button>
          )}
        </div>
        {!valid && <p className="scheme-blocked">{t('settings.scheme.cannotSave', { count: formatCount(errorCount) })}</p>}
        <div role="status" aria-live="polite" className="scheme-notice">
          {notice && <p>{noticeText(notice, t, originText)}</p>}
        </div>
        <SchemeSaveNotices saving={saving} onKeepMine={() => save(true)} onTakeTheirs={discard} />
        {importFailure && <ImportFailureMessage failure={importFailure} />}
      </section>

      <ProblemList problems={problems} />

      <IndicatorTable
        rows={draft.indicators}
        problems={problems}
        catalogue={catalogue}
        onChange={updateIndicator}
        onAdd={() => change({ ...draft, indicators: [...draft.indicators, newIndicatorDraft(draft)] })}
        onRemove={(index) => change({ ...draft, indicators: draft.indicators.filter((_, i) => i !== index) })}
      />
      <RuleTable
        rows={draft.cardRules}
        problems={problems}
        catalogue={catalogue}
        onChange={updateRule}
        onAdd={() => change({ ...draft, cardRules: [...draft.cardRules, newRuleDraft(draft)] })}
        onRemove={(index) => change({ ...draft, cardRules: draft.cardRules.filter((_, i) => i !== index) })}
      />
      <DefinitionsSection
        rows={draft.definitions}
        places={places}
        problems={problems}
        parsed={check.parsed}
        names={names}
        input={input}
        summable={summable}
        usedBy={usedBy}
        onChange={updateDefinition}
        onFormula={updateFormula}
        onAdd={addDefinition}
        onRemove={removeDefinition}
        onModify={modifyBuiltIn}
      />
      <FairnessSection value={draft} problems={problems} onChange={(patch) => change({ ...draft, ...patch })} />
    </div>
  );
}

function noticeText(notice: Notice, t: ReturnType<typeof useI18n>['t'], originText: string): string {
  switch (notice.kind) {
    case 'saved':
      return t(notice.merged ? 'settings.scheme.savedMerged' : 'settings.scheme.saved', { name: notice.name });
    case 'reset':
      return t('settings.scheme.resetDone', { scheme: originText });
    case 'defaultLoaded':
      return t('settings.scheme.defaultLoaded');
    case 'discarded':
      return t('settings.scheme.discarded');
    case 'imported':
      return t('settings.scheme.imported', { file: notice.file, name: notice.name });
  }
}

function ImportFailureMessage({ failure }: { failure: ImportFailure }) {
  const { t, locale, formatCount } = useI18n();
  const { file, result } = failure;
  let message: string;
  let details: string[] = [];
  switch (result.reason) {
    case 'too-large':
      message = t('settings.scheme.importTooLarge', { file, size: formatCount(Math.ceil(result.size / 1024)) });
      break;
    case 'unreadable':
      message = t('settings.scheme.importUnreadable', { file });
      break;
    case 'not-json':
      message = t('settings.scheme.importNotJson', { file });
      break;
    case 'invalid':
      message = t('settings.scheme.importInvalid', { file, count: formatCount(result.problems.length) });
      details = result.problems.map((problem) => schemeProblemSentence(problem, result.input, t, locale, 'file'));
      break;
  }
  return (
    <div role="alert" className="state error scheme-import-error">
      <p>{message}</p>
      {details.length > 0 && (
        <ul>
          {details.slice(0, 20).map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
